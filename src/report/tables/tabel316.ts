import { programsPagu, programsRealisasi } from "../budgetOperands";
import {
  capaianFigure,
  efisiensiFigure,
  efisiensiMethodKey,
  keteranganFigure,
  predikatFigure,
  serapanFigure,
  figureOperand,
} from "../figures";
import {
  budgetSkip,
  indicatorRows,
  operand,
  programsBySasaran,
  tableText,
  titleLines,
  type ReportContext,
} from "../context";
import type { BudgetLine } from "../../model/budget";
import type { BuildResult, TableCell, TableRow } from "../tableSpec";
import { programsByIndicator, programsOfIndicator } from "../indicatorPrograms";
import {
  indicatorColumns,
  indicatorLeadCells,
  noIndicators,
  sasaranSpans,
} from "./indicatorColumns";
import { unattributedSkip } from "../tableSkips";

/**
 * Tabel 3.1.6: efisiensi from the capaian of each indicator and the serapan of its sasaran's
 * budget, by the chosen method (the seed's: serapan / capaian). Capaian and serapan refer to the
 * input cells directly, since this table does not repeat target, realisasi or pagu. The serapan
 * of a sasaran is repeated on each of its indicator rows, beside the efisiensi computed from it;
 * where the cascading sheet links programs to indicators, each indicator has its own programs'.
 */
export function buildTabel316(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const budget = context.budget;
  if (!budget) return budgetSkip(context);
  const { tahun } = context;
  if (!rows.some(({ indikator }) => indikator.realisasi[tahun])) {
    return { skip: { reasonKey: "report.skip.noIndicatorYear", params: { tahun } } };
  }
  const bySasaran = programsBySasaran(context);
  const unattributed = unattributedSkip(bySasaran);
  if (unattributed) return unattributed;
  const programs = programsByIndicator(context);
  const serapanBySasaran = new Map(
    [...bySasaran.entries()].map(
      ([sasaranIndex, served]) => [sasaranIndex, programsSerapan(context, served)] as const
    )
  );
  let withoutPrograms = 0;
  const body: TableRow[] = rows.map((row) => {
    const capaian = capaianFigure(
      operand(context, row.indikator.realisasi[tahun]),
      operand(context, row.indikator.targets[tahun]),
      row.indikator.arah
    );
    // Linked to indicators: the serapan of the indicator's own programs; none, no serapan.
    const own = programs.byIndikator.has(row.sasaranIndex)
      ? programsOfIndicator(programs, row.sasaranIndex, row.indikatorIndex)
      : undefined;
    if (own?.length === 0) withoutPrograms++;
    const serapan = own
      ? own.length > 0
        ? programsSerapan(context, own)
        : EMPTY
      : (serapanBySasaran.get(row.sasaranIndex) ??
        serapanFigure({ expr: "0", value: 0 }, { expr: "0", value: 0 }));
    return {
      cells: {
        ...indicatorLeadCells(row),
        capaian,
        serapan,
        efisiensi:
          serapan.kind === "empty"
            ? EMPTY
            : efisiensiFigure(
                context,
                figureOperand("{capaian}", capaian),
                figureOperand("{serapan}", serapan)
              ),
        predikat: predikatFigure(context, "{capaian}", capaian),
        keterangan: keteranganFigure("{capaian}", capaian),
      },
      rowSpans: sasaranSpans(row, []),
    };
  });
  return {
    spec: {
      id: "3.1.6",
      sheetName: "Tabel 3.1.6",
      titleLines: titleLines(context, "3.1.6", "report.title.3.1.6"),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            { key: "capaian", header: tableText("report.col.capaianKinerja"), width: 14 },
            { key: "serapan", header: tableText("report.col.serapan"), width: 14 },
            { key: "efisiensi", header: tableText("report.col.efisiensi"), width: 13 },
            { key: "predikat", header: tableText("report.col.predikat"), width: 13 },
            { key: "keterangan", header: tableText("report.col.ketercapaian"), width: 13 },
          ],
          rows: body,
          notes: [
            tableText("report.note.efisiensi", {
              method: tableText(efisiensiMethodKey(context.efisiensi)),
            }),
            tableText("report.note.attribution"),
            ...(withoutPrograms > 0 ? [tableText("report.note.indicatorWithoutProgram")] : []),
          ],
        },
      ],
    },
  };
}

const EMPTY: TableCell = { kind: "empty" };

/** The serapan of a set of programs: their realisasi over their pagu, from the input cells. */
function programsSerapan(context: ReportContext, served: BudgetLine[]): TableCell {
  return serapanFigure(programsRealisasi(context, served), programsPagu(context, served));
}
