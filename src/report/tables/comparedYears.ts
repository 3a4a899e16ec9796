import type { IndicatorRow, ReportContext } from "../context";

/** How many years before the report year Tabel 3.1.2 and the Ringkasan compare at most. */
export const COMPARED_YEARS = 5;

/**
 * The years before the report year with a realisasi for some indicator, the last five at most,
 * in ascending order: the years Tabel 3.1.2 and the Ringkasan's sentences compare.
 */
export function comparedYears(
  context: ReportContext,
  rows: Pick<IndicatorRow, "indikator">[]
): number[] {
  const years = new Set<number>();
  for (const { indikator } of rows) {
    for (const [year, figure] of Object.entries(indikator.realisasi)) {
      const y = Number(year);
      if (figure.value !== null && y < context.tahun && y >= context.tahun - COMPARED_YEARS) {
        years.add(y);
      }
    }
  }
  return [...years].sort((a, b) => a - b);
}
