import { capaianFigure, keteranganFigure, predikatFigure } from "../figures";
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
import { indicatorColumns, indicatorLeadCells, leadSpans, noIndicators } from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";

/** Tabel 3.1.1: target against realisasi of the year, with capaian and its predikat. */
export function buildTabel311(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const { tahun } = context;
  if (!rows.some(({ indikator }) => indikator.targets[tahun] || indikator.realisasi[tahun])) {
    return { skip: { reasonKey: "report.skip.noIndicatorYear", params: { tahun } } };
  }
  const satuan = satuanColumn(rows);
  const body: TableRow[] = rows.map((row) => {
    const target = row.indikator.targets[tahun];
    const realisasi = row.indikator.realisasi[tahun];
    const capaian = capaianFigure(
      inRow("realisasi", realisasi),
      inRow("target", target),
      row.indikator.arah
    );
    return {
      cells: {
        ...indicatorLeadCells(row),
        ...satuan.cells(row),
        target: sourceCell(context, target, indicatorFormat(target)),
        realisasi: sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
        capaian,
        predikat: predikatFigure(context, "{capaian}", capaian),
        keterangan: keteranganFigure("{capaian}", capaian),
      },
      rowSpans: leadSpans(row),
    };
  });
  return {
    spec: {
      id: "3.1.1",
      sheetName: "Tabel 3.1.1",
      titleLines: titleLines(context, "3.1.1", "report.title.3.1.1"),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            ...satuan.columns,
            { key: "target", header: tableText("report.col.targetTahun", { tahun }), width: 14 },
            {
              key: "realisasi",
              header: tableText("report.col.realisasiTahun", { tahun }),
              width: 14,
            },
            { key: "capaian", header: tableText("report.col.capaian"), width: 13 },
            { key: "predikat", header: tableText("report.col.predikat"), width: 14 },
            { key: "keterangan", header: tableText("report.col.ketercapaian"), width: 14 },
          ],
          rows: body,
        },
      ],
    },
  };
}
