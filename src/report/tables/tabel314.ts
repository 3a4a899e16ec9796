import { operandFigure, programsPagu, totalPagu } from "../budgetOperands";
import { proporsiFigure } from "../figures";
import {
  budgetSkip,
  indicatorRows,
  programsBySasaran,
  tableText,
  titleLines,
  type ReportContext,
} from "../context";
import { agencyTerm } from "../agencyTerm";
import type { BuildResult, TableRow } from "../tableSpec";
import {
  indicatorColumns,
  indicatorLeadCells,
  noIndicators,
  sasaranSpans,
} from "./indicatorColumns";
import { unattributedSkip } from "../tableSkips";

/**
 * Tabel 3.1.4: the budget of the year behind each sasaran (SUM of its attributed programs' pagu)
 * and its share of the agency's whole budget.
 */
export function buildTabel314(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const budget = context.budget;
  if (!budget) return budgetSkip(context);
  const bySasaran = programsBySasaran(context);
  const unattributed = unattributedSkip(bySasaran);
  if (unattributed) return unattributed;
  const total = totalPagu(context, budget);
  const body: TableRow[] = rows.map((row) => {
    if (!row.first) return { cells: indicatorLeadCells(row) };
    const pagu = programsPagu(context, bySasaran.get(row.sasaranIndex) ?? []);
    return {
      cells: {
        ...indicatorLeadCells(row),
        anggaran: operandFigure(pagu, "rupiah"),
        proporsi: proporsiFigure({ expr: "{anggaran}", value: pagu.value }, total),
      },
      rowSpans: sasaranSpans(row, ["anggaran", "proporsi"]),
    };
  });
  return {
    spec: {
      id: "3.1.4",
      sheetName: "Tabel 3.1.4",
      titleLines: titleLines(context, "3.1.4", "report.title.3.1.4", {}, "report.title.budgetYear"),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            {
              key: "anggaran",
              header: tableText("report.col.anggaranTahun", { tahun: context.tahun }),
              width: 20,
            },
            {
              key: "proporsi",
              header: tableText("report.col.proporsi", {
                perangkatDaerah: agencyTerm(context.tahun),
              }),
              width: 16,
            },
          ],
          rows: body,
          notes: [tableText("report.note.attribution")],
        },
      ],
    },
  };
}
