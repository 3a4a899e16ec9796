import { tableText, text, type IndicatorRow, type ReportContext } from "../context";
import type { BuildResult, RowCells, TableColumn } from "../tableSpec";

/** No, Sasaran Strategis, Indikator Kinerja: the first three columns of most BAB III tables. */
export function indicatorColumns(): TableColumn[] {
  return [
    { key: "no", header: tableText("report.col.no"), width: 5 },
    { key: "sasaran", header: tableText("report.col.sasaran"), width: 32 },
    { key: "indikator", header: tableText("report.col.indikator"), width: 38 },
  ];
}

/** No, Indikator Kinerja, [Satuan], Target and Realisasi of the year: Tabel 3.1.7 and 3.1.8 open with these. */
export function indicatorYearColumns(tahun: number, satuan: TableColumn[]): TableColumn[] {
  return [
    { key: "no", header: tableText("report.col.no"), width: 5 },
    { key: "indikator", header: tableText("report.col.indikator"), width: 36 },
    ...satuan,
    { key: "target", header: tableText("report.col.targetTahun", { tahun }), width: 13 },
    { key: "realisasi", header: tableText("report.col.realisasiTahun", { tahun }), width: 13 },
  ];
}

/** No and Sasaran only on a sasaran's first indicator row: the renderer merges them downwards. */
export function indicatorLeadCells(row: IndicatorRow): RowCells {
  const cells: RowCells = { indikator: text(row.indikator.name.text) };
  if (row.first) {
    cells.no = { kind: "number", value: row.number, format: "integer" };
    cells.sasaran = text(row.sasaran.name.text);
  }
  return cells;
}

export function noIndicators(): BuildResult {
  return { skip: { reasonKey: "report.skip.noIndicators", params: {} } };
}

/** Merges No and Sasaran over all indicator rows of a sasaran. */
export function leadSpans(row: IndicatorRow): Record<string, number> | undefined {
  return row.first && row.count > 1 ? { no: row.count, sasaran: row.count } : undefined;
}

/** Merges No, Sasaran and the given per-sasaran columns over all indicator rows of a sasaran. */
export function sasaranSpans(
  row: IndicatorRow,
  columns: string[]
): Record<string, number> | undefined {
  if (!row.first || row.count < 2) return undefined;
  const spans: Record<string, number> = { no: row.count, sasaran: row.count };
  for (const column of columns) spans[column] = row.count;
  return spans;
}

/** Skip reason when no indicator has a target or realisasi for the report year; null when some has. */
export function withoutYear(context: ReportContext, rows: IndicatorRow[]): BuildResult | null {
  const { tahun } = context;
  if (rows.some(({ indikator }) => indikator.targets[tahun] || indikator.realisasi[tahun]))
    return null;
  return { skip: { reasonKey: "report.skip.noIndicatorYear", params: { tahun } } };
}
