import {
  indicatorFormat,
  indicatorRows,
  sourceCell,
  tableText,
  text,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, TableBlock } from "../tableSpec";
import { indicatorColumns, indicatorLeadCells, leadSpans, noIndicators } from "./indicatorColumns";
import { codeCell as numberCell } from "../budgetDetail";
import { satuanColumn } from "./satuanColumn";
import { programNamer } from "../programNames";

/**
 * Tabel 2.2 Perjanjian Kinerja: the year's targets, then the programs with their budget (pagu of
 * the same year), from the realisation sheet or, before there is one, from a Perjanjian Kinerja
 * or DPA sheet with pagu alone. Without either the program part is left out and the table says so.
 */
export function buildTabel22(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const { tahun } = context;
  if (!rows.some(({ indikator }) => indikator.targets[tahun])) {
    return { skip: { reasonKey: "report.skip.noIndicatorYear", params: { tahun } } };
  }
  const satuan = satuanColumn(rows);
  const targets: TableBlock = {
    columns: [
      ...indicatorColumns(),
      ...satuan.columns,
      { key: "target", header: tableText("report.col.targetTahun", { tahun }), width: 16 },
    ],
    rows: rows.map((row) => ({
      cells: {
        ...indicatorLeadCells(row),
        ...satuan.cells(row),
        target: sourceCell(
          context,
          row.indikator.targets[tahun],
          indicatorFormat(row.indikator.targets[tahun])
        ),
      },
      rowSpans: leadSpans(row),
    })),
  };
  const budget =
    context.budget ?? context.model.paguPlans?.find((plan) => plan.year === context.tahun);
  const nameOf = programNamer(context);
  // A Perjanjian Kinerja lists pagu, not realisation: the note names the pagu sheet to add.
  if (!budget) targets.notes = [tableText("report.note.paguMissing", { tahun })];
  const programs: TableBlock[] = budget
    ? [
        {
          columns: [
            { key: "no", header: tableText("report.col.no"), width: 5 },
            // Program names are long: the column spans Sasaran and Indikator of the block above.
            { key: "program", header: tableText("report.col.program"), width: 70, span: 2 },
            {
              key: "anggaran",
              header: tableText("report.col.anggaranTahun", { tahun }),
              width: 18,
            },
            { key: "keterangan", header: tableText("report.col.keterangan"), width: 12 },
          ],
          rows: budget.programs.map((program) => ({
            cells: {
              no: numberCell(program),
              program: text(nameOf(program)),
              anggaran: sourceCell(context, program.pagu, "rupiah"),
              keterangan: { kind: "text", text: tableText("report.cell.apbd"), align: "center" },
            },
          })),
          notes:
            budget === context.budget
              ? undefined
              : [tableText("report.note.paguPlan", { sheet: budget.sheet, tahun })],
        },
      ]
    : [];
  return {
    spec: {
      id: "2.2",
      sheetName: "Tabel 2.2",
      titleLines: titleLines(context, "2.2", "report.title.2.2"),
      blocks: [targets, ...programs],
    },
  };
}
