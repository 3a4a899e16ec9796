import { kemajuanFigure } from "../figures";
import {
  indicatorFormat,
  indicatorRows,
  inRow,
  sourceCell,
  tableText,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, TableRow } from "../tableSpec";
import {
  indicatorColumns,
  indicatorLeadCells,
  leadSpans,
  noIndicators,
  withoutYear,
} from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";

/** Tabel 3.1.3: this year's realisasi against the end-of-Renstra target (tingkat kemajuan). */
export function buildTabel313(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const noYear = withoutYear(context, rows);
  if (noYear) return noYear;
  const { tahun } = context;
  const withTarget = rows.find(({ indikator }) => indikator.targetAkhirRenstra?.value != null);
  if (!withTarget) return { skip: { reasonKey: "report.skip.noRenstraTarget", params: {} } };
  const renstraYear = withTarget.indikator.targetAkhirRenstra?.year;
  const satuan = satuanColumn(rows);
  const body: TableRow[] = rows.map((row) => {
    const target = row.indikator.targetAkhirRenstra;
    const realisasi = row.indikator.realisasi[tahun];
    return {
      cells: {
        ...indicatorLeadCells(row),
        ...satuan.cells(row),
        targetAkhir: sourceCell(context, target, indicatorFormat(target)),
        realisasi: sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
        kemajuan: kemajuanFigure(
          inRow("realisasi", realisasi),
          inRow("targetAkhir", target),
          row.indikator.arah
        ),
      },
      rowSpans: leadSpans(row),
    };
  });
  const targetHeader =
    renstraYear !== undefined
      ? tableText("report.col.targetRenstra", { tahun: renstraYear })
      : tableText("report.col.targetRenstra", { tahun: "" }).trim();
  return {
    spec: {
      id: "3.1.3",
      sheetName: "Tabel 3.1.3",
      titleLines: titleLines(context, "3.1.3", "report.title.3.1.3", { tahun }),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            ...satuan.columns,
            { key: "targetAkhir", header: targetHeader, width: 15 },
            {
              key: "realisasi",
              header: tableText("report.col.realisasiTahun", { tahun }),
              width: 14,
            },
            { key: "kemajuan", header: tableText("report.col.kemajuan"), width: 14 },
          ],
          rows: body,
        },
      ],
    },
  };
}
