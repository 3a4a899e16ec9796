import type { BudgetLine } from "../../model/budget";
import { codeCell, codeWidth, detailDepth, linesToDepth, nameCell } from "../budgetDetail";
import { operandFigure, totalPagu, totalRealisasi } from "../budgetOperands";
import { serapanFigure } from "../figures";
import {
  budgetSkip,
  inRow,
  sourceCell,
  tableText,
  titleLines,
  type ReportContext,
} from "../context";
import { programName } from "../programNames";
import type { BuildResult, RowCells, TableCell, TableColumn, TableRow } from "../tableSpec";

/**
 * Tabel 3.2: the year's budget realization, program by program with its kegiatan and (SIPD,
 * Permendagri 90/2019) sub kegiatan down to the chosen detail, each with its serapan, closed by
 * the agency total. Codes sit in a Kode column wide enough for them; a Sisa column appears when
 * the budget sheet has one.
 */
export function buildTabel32(context: ReportContext): BuildResult {
  const budget = context.budget;
  if (!budget) return budgetSkip(context);
  const depth = detailDepth(budget, context.rincian);
  const { lines, omitted } = linesToDepth(budget.programs, depth);
  const hasCodes = lines.some((line) => line.code);
  const hasSisa = lines.some((line) => line.sisa);
  const body: TableRow[] = lines.map((line) => ({
    cells: lineCells(context, line, hasSisa),
    emphasis: line.level === "program",
  }));
  const pagu = totalPagu(context, budget);
  const spent = totalRealisasi(context, budget);
  const total: RowCells = {
    nama: { kind: "text", text: tableText("report.cell.total"), align: "center" },
    pagu: operandFigure(pagu, "rupiah"),
    realisasi: operandFigure(spent, "rupiah"),
    serapan: serapanFigure(
      { expr: "{realisasi}", value: spent.value },
      { expr: "{pagu}", value: pagu.value }
    ),
  };
  if (hasSisa) total.sisa = sisaFigure(pagu.value, spent.value);
  body.push({ cells: total, emphasis: true });
  const columns: TableColumn[] = [
    {
      key: "kode",
      header: tableText(hasCodes ? "report.col.kode" : "report.col.no"),
      width: codeWidth(lines),
    },
    { key: "nama", header: tableText(nameHeader(depth)), width: 60 },
    { key: "pagu", header: tableText("report.col.pagu"), width: 19 },
    { key: "realisasi", header: tableText("report.col.realisasi"), width: 19 },
  ];
  if (hasSisa) columns.push({ key: "sisa", header: tableText("report.col.sisa"), width: 18 });
  columns.push({ key: "serapan", header: tableText("report.col.persen"), width: 10 });
  return {
    spec: {
      id: "3.2",
      sheetName: "Tabel 3.2",
      titleLines: titleLines(context, "3.2", "report.title.3.2", {}, "report.title.budgetYear"),
      blocks: [
        {
          columns,
          rows: body,
          notes:
            omitted > 0
              ? [tableText("report.note.rincian", { count: omitted, sheet: budget.sheet })]
              : undefined,
        },
      ],
    },
  };
}

function lineCells(context: ReportContext, line: BudgetLine, hasSisa: boolean): RowCells {
  const cells: RowCells = {
    kode: codeCell(line),
    // The name as typed (never padded; a matched program under the Renstra's name): the level
    // shows in the indent, the code and the bold programs.
    nama: nameCell(line, programName(context, line)),
    pagu: sourceCell(context, line.pagu, "rupiah"),
    realisasi: sourceCell(context, line.realisasi, "rupiah"),
    serapan: serapanFigure(inRow("realisasi", line.realisasi), inRow("pagu", line.pagu)),
  };
  if (hasSisa) {
    cells.sisa = line.sisa
      ? sourceCell(context, line.sisa, "rupiah")
      : sisaFigure(line.pagu.value, line.realisasi.value);
  }
  return cells;
}

/** Pagu not spent, where the sheet has no Sisa of its own for the line. */
function sisaFigure(pagu: number | null, realisasi: number | null): TableCell {
  if (pagu === null || realisasi === null) return { kind: "empty" };
  return {
    kind: "figure",
    formula: "={pagu}-{realisasi}",
    value: pagu - realisasi,
    format: "rupiah",
  };
}

function nameHeader(depth: number): string {
  return ["report.col.program", "report.col.programKegiatan", "report.col.programKegiatanSub"][
    depth
  ];
}
