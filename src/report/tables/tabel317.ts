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
import { satuanColumn } from "./satuanColumn";

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
  const satuan = satuanColumn(rows);
  const body: TableRow[] = rows.map((row, index) => {
    const target = row.indikator.targets[tahun];
    const realisasi = row.indikator.realisasi[tahun];
    return {
      cells: {
        no: { kind: "number", value: index + 1, format: "integer" },
        indikator: text(row.indikator.name.text),
        ...satuan.cells(row),
        target: sourceCell(context, target, indicatorFormat(target)),
        realisasi: sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
        analisa: text(row.indikator.analisaPenyebab?.text),
        solusi: text(row.indikator.solusi?.text),
      },
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
            { key: "no", header: tableText("report.col.no"), width: 5 },
            { key: "indikator", header: tableText("report.col.indikator"), width: 36 },
            ...satuan.columns,
            { key: "target", header: tableText("report.col.targetTahun", { tahun }), width: 13 },
            {
              key: "realisasi",
              header: tableText("report.col.realisasiTahun", { tahun }),
              width: 13,
            },
            { key: "analisa", header: tableText("report.col.analisa"), width: 50 },
            { key: "solusi", header: tableText("report.col.solusi"), width: 40 },
          ],
          rows: body,
        },
      ],
    },
  };
}
