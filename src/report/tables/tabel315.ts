import { operandFigure, programsPagu, programsRealisasi } from "../budgetOperands";
import { capaianFigure, predikatFigure, serapanFigure } from "../figures";
import {
  budgetSkip,
  indicatorFormat,
  indicatorRows,
  inRow,
  programsBySasaran,
  sourceCell,
  tableText,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, TableCell, TableRow } from "../tableSpec";
import {
  indicatorColumns,
  indicatorLeadCells,
  noIndicators,
  sasaranSpans,
} from "./indicatorColumns";

/** Tabel 3.1.5: performance (target, realisasi, capaian) beside the budget (alokasi, realisasi, serapan) of one year. */
export function buildTabel315(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const budget = context.budget;
  if (!budget) return budgetSkip(context);
  const { tahun } = context;
  if (!rows.some(({ indikator }) => indikator.targets[tahun] || indikator.realisasi[tahun])) {
    return { skip: { reasonKey: "report.skip.noIndicatorYear", params: { tahun } } };
  }
  const bySasaran = programsBySasaran(context);
  const body: TableRow[] = rows.map((row) => {
    const target = row.indikator.targets[tahun];
    const realisasi = row.indikator.realisasi[tahun];
    const capaian = capaianFigure(inRow(5, realisasi), inRow(4, target), row.indikator.arah);
    const kinerja: TableCell[] = [
      ...indicatorLeadCells(row),
      sourceCell(context, target, indicatorFormat(target)),
      sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
      capaian,
      predikatFigure(context, "{c6}", capaian),
    ];
    if (!row.first)
      return { cells: [...kinerja, { kind: "empty" }, { kind: "empty" }, { kind: "empty" }] };
    const programs = bySasaran.get(row.sasaranIndex) ?? [];
    const pagu = programsPagu(context, programs);
    const spent = programsRealisasi(context, programs);
    return {
      cells: [
        ...kinerja,
        operandFigure(pagu, "rupiah"),
        operandFigure(spent, "rupiah"),
        serapanFigure({ expr: "{c9}", value: spent.value }, { expr: "{c8}", value: pagu.value }),
      ],
      rowSpans: sasaranSpans(row, [7, 8, 9]),
    };
  });
  const kinerja = tableText("report.group.kinerja", { tahun });
  const anggaran = tableText("report.group.anggaran", { tahun });
  return {
    spec: {
      id: "3.1.5",
      sheetName: "Tabel 3.1.5",
      titleLines: titleLines(context, "3.1.5", "report.title.3.1.5"),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            { header: tableText("report.col.target"), group: kinerja, width: 11 },
            { header: tableText("report.col.realisasi"), group: kinerja, width: 11 },
            { header: tableText("report.col.capaian"), group: kinerja, width: 11 },
            { header: tableText("report.col.predikat"), group: kinerja, width: 13 },
            { header: tableText("report.col.alokasi"), group: anggaran, width: 18 },
            { header: tableText("report.col.realisasi"), group: anggaran, width: 18 },
            { header: tableText("report.col.capaian"), group: anggaran, width: 11 },
          ],
          rows: body,
          notes: [tableText("report.note.attribution")],
        },
      ],
    },
  };
}
