import {
  indicatorFormat,
  indicatorRows,
  sourceCell,
  tableText,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, TableRow } from "../tableSpec";
import { indicatorColumns, indicatorLeadCells, leadSpans, noIndicators } from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";

/**
 * Tabel 3.1.2: the previous year's target and realisasi beside this year's realisasi. The last
 * column is the realisasi (89,63%), never the capaian the seed put there (112,04%).
 */
export function buildTabel312(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const { tahun } = context;
  const prev = tahun - 1;
  if (!rows.some(({ indikator }) => indikator.realisasi[prev])) {
    return { skip: { reasonKey: "report.skip.noPreviousYear", params: { prev, tahun } } };
  }
  const satuan = satuanColumn(rows);
  const body: TableRow[] = rows.map((row) => {
    const { targets, realisasi } = row.indikator;
    return {
      cells: {
        ...indicatorLeadCells(row),
        ...satuan.cells(row),
        targetPrev: sourceCell(context, targets[prev], indicatorFormat(targets[prev])),
        realisasiPrev: sourceCell(
          context,
          realisasi[prev],
          indicatorFormat(realisasi[prev] ?? targets[prev])
        ),
        realisasi: sourceCell(
          context,
          realisasi[tahun],
          indicatorFormat(realisasi[tahun] ?? targets[tahun])
        ),
      },
      rowSpans: leadSpans(row),
    };
  });
  return {
    spec: {
      id: "3.1.2",
      sheetName: "Tabel 3.1.2",
      titleLines: titleLines(context, "3.1.2", "report.title.3.1.2", { prev, tahun }),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            ...satuan.columns,
            {
              key: "targetPrev",
              header: tableText("report.col.targetTahun", { tahun: prev }),
              width: 14,
            },
            {
              key: "realisasiPrev",
              header: tableText("report.col.realisasiTahun", { tahun: prev }),
              width: 14,
            },
            {
              key: "realisasi",
              header: tableText("report.col.realisasiTahun", { tahun }),
              width: 14,
            },
          ],
          rows: body,
        },
      ],
    },
  };
}
