import type { BudgetLine } from "../../model/budget";
import { operandFigure, totalPagu, totalRealisasi } from "../budgetOperands";
import { serapanFigure } from "../figures";
import {
  budgetSkip,
  inRow,
  sourceCell,
  tableText,
  text,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, TableCell, TableRow } from "../tableSpec";

/**
 * Tabel 3.2: the year's budget realization, program by program with its kegiatan, each with its
 * serapan, closed by the agency total, as the seed's table. Sub kegiatan (SIPD exports list tens
 * of thousands) stay in the budget sheet, which the note names; the kegiatan rows are their sums.
 */
export function buildTabel32(context: ReportContext): BuildResult {
  const budget = context.budget;
  if (!budget) return budgetSkip(context);
  const body: TableRow[] = [];
  const visit = (line: BudgetLine) => {
    body.push({
      cells: {
        kode: numberCell(line),
        nama: text(line.name.text),
        pagu: sourceCell(context, line.pagu, "rupiah"),
        realisasi: sourceCell(context, line.realisasi, "rupiah"),
        serapan: serapanFigure(inRow("realisasi", line.realisasi), inRow("pagu", line.pagu)),
      },
      emphasis: line.level === "program",
    });
    if (line.level === "program") line.children.forEach(visit);
    else subKegiatan += line.children.length;
  };
  let subKegiatan = 0;
  budget.programs.forEach(visit);
  const pagu = totalPagu(context, budget);
  const spent = totalRealisasi(context, budget);
  body.push({
    cells: {
      nama: { kind: "text", text: tableText("report.cell.total"), align: "center" },
      pagu: operandFigure(pagu, "rupiah"),
      realisasi: operandFigure(spent, "rupiah"),
      serapan: serapanFigure(
        { expr: "{realisasi}", value: spent.value },
        { expr: "{pagu}", value: pagu.value }
      ),
    },
    emphasis: true,
  });
  return {
    spec: {
      id: "3.2",
      sheetName: "Tabel 3.2",
      titleLines: titleLines(context, "3.2", "report.title.3.2", {}, "report.title.budgetYear"),
      blocks: [
        {
          columns: [
            { key: "kode", header: tableText("report.col.no"), width: 6 },
            { key: "nama", header: tableText("report.col.programKegiatan"), width: 60 },
            { key: "pagu", header: tableText("report.col.pagu"), width: 19 },
            { key: "realisasi", header: tableText("report.col.realisasi"), width: 19 },
            { key: "serapan", header: tableText("report.col.persen"), width: 10 },
          ],
          rows: body,
          notes:
            subKegiatan > 0
              ? [tableText("report.note.subKegiatan", { count: subKegiatan, sheet: budget.sheet })]
              : undefined,
        },
      ],
    },
  };
}

/** The No column: a program's number as a number, a SIPD code as text, kegiatan rows empty. */
export function numberCell(line: BudgetLine): TableCell {
  const value = line.number ?? line.code;
  if (value === undefined || value === "") return { kind: "empty" };
  return /^\d+$/.test(value)
    ? { kind: "number", value: Number(value), format: "integer" }
    : text(value);
}
