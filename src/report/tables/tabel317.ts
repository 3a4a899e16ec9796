import {
  indicatorFormat,
  indicatorRows,
  sourceCell,
  tableText,
  text,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, TableRow } from "../tableSpec";
import { noIndicators, withoutYear } from "./indicatorColumns";

/** Tabel 3.1.7: causes of success or failure and the solutions, as the user wrote them. */
export function buildTabel317(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const noYear = withoutYear(context, rows);
  if (noYear) return noYear;
  if (!rows.some(({ indikator }) => indikator.analisaPenyebab?.text || indikator.solusi?.text)) {
    return { skip: { reasonKey: "report.skip.noAnalisa", params: {} } };
  }
  const { tahun } = context;
  const body: TableRow[] = rows.map((row, index) => {
    const target = row.indikator.targets[tahun];
    const realisasi = row.indikator.realisasi[tahun];
    return {
      cells: [
        { kind: "number", value: index + 1, format: "integer" },
        text(row.indikator.name.text),
        sourceCell(context, target, indicatorFormat(target)),
        sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
        text(row.indikator.analisaPenyebab?.text),
        text(row.indikator.solusi?.text),
      ],
    };
  });
  return {
    spec: {
      id: "3.1.7",
      sheetName: "Tabel 3.1.7",
      titleLines: titleLines(context, "3.1.7", "report.title.3.1.7"),
      blocks: [
        {
          columns: [
            { header: tableText("report.col.no"), width: 5 },
            { header: tableText("report.col.indikator"), width: 36 },
            { header: tableText("report.col.targetTahun", { tahun }), width: 13 },
            { header: tableText("report.col.realisasiTahun", { tahun }), width: 13 },
            { header: tableText("report.col.analisa"), width: 50 },
            { header: tableText("report.col.solusi"), width: 40 },
          ],
          rows: body,
        },
      ],
    },
  };
}
