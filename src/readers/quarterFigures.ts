import type { Finding } from "../model/finding";
import { TRIWULAN, TRIWULAN_ROMAN, type QuarterFigures, type Triwulan } from "../model/quarters";

/** The quarter's name as the tables and messages write it: "TW II". */
export function quarterName(quarter: Triwulan): string {
  return `TW ${TRIWULAN_ROMAN[quarter]}`;
}

/**
 * Quarters left empty between filled ones (a realisasi typed for TW I and TW III but not TW II is
 * a forgotten entry, or a figure typed one column off): one warning on each empty cell.
 */
export function quarterGapFindings(
  figures: QuarterFigures,
  name: string,
  year: number | undefined
): Finding[] {
  const filled = TRIWULAN.filter((quarter) => figures[quarter]?.value != null);
  if (filled.length < 2) return [];
  const first = filled[0];
  const last = filled[filled.length - 1];
  const gaps: Finding[] = [];
  for (const quarter of TRIWULAN) {
    const cell = figures[quarter];
    if (quarter <= first || quarter >= last || !cell || cell.value !== null) continue;
    gaps.push({
      severity: "warning",
      code: "finding.quarterGap",
      ref: cell.ref,
      params: {
        name,
        quarter: quarterName(quarter),
        year: year ?? "",
        filled: filled.map(quarterName).join(", "),
      },
    });
  }
  return gaps;
}

/** The sum of the quarters' values that are filled; null when none is. */
export function quarterSum(figures: QuarterFigures): number | null {
  const values = TRIWULAN.map((quarter) => figures[quarter]?.value).filter(
    (value): value is number => value !== null && value !== undefined
  );
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0);
}
