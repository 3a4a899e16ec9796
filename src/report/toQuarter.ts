import type { BudgetLine } from "../model/budget";
import type { SourcedNumber } from "../model/cellRef";
import type { Indikator } from "../model/indicators";
import { TRIWULAN, type QuarterFigures, type Triwulan } from "../model/quarters";
import {
  cellsSumOperand,
  indicatorFormat,
  sourceCell,
  type Operand,
  type ReportContext,
} from "./context";
import type { TableCell, ValueFormat } from "./tableSpec";

/**
 * A figure up to the end of quarter N, as the input cells it comes from: one cell (written as a
 * reference to it) or several to add (written as SUM of them). Empty cells count as nothing.
 */
export interface ToQuarter {
  cells: SourcedNumber[];
  format: ValueFormat;
}

/** The quarters 1..n. */
function upTo(n: Triwulan): Triwulan[] {
  return TRIWULAN.filter((quarter) => quarter <= n);
}

/**
 * An indicator's figure up to quarter n by its Sifat: Kumulatif adds the quarters' cells;
 * Akhir periode takes the latest quarter up to n that holds a value (the latest value stands).
 * Null when the indicator has no column for these quarters.
 */
export function indicatorToQuarter(
  indikator: Indikator,
  figures: QuarterFigures | undefined,
  n: Triwulan
): ToQuarter | null {
  if (!figures) return null;
  const cells = upTo(n)
    .map((quarter) => figures[quarter])
    .filter((cell): cell is SourcedNumber => cell !== undefined);
  if (cells.length === 0) return null;
  const format = indicatorFormat(cells.find((cell) => cell.value !== null) ?? cells[0]);
  if (indikator.sifat === "kumulatif") return { cells, format };
  const latest = [...cells].reverse().find((cell) => cell.value !== null);
  return { cells: [latest ?? cells[cells.length - 1]], format };
}

/**
 * A budget line's realisasi up to quarter n: the "s.d. TW n" cell when the sheet has that column,
 * else the sum of the per-quarter cells 1..n when the sheet has every one of them; null otherwise.
 */
export function budgetToQuarter(line: BudgetLine, n: Triwulan): ToQuarter | null {
  const quarters = line.quarters;
  if (!quarters) return null;
  const cumulative = quarters.cumulative[n];
  if (cumulative) return { cells: [cumulative], format: "rupiah" };
  const cells = upTo(n).map((quarter) => quarters.perQuarter[quarter]);
  if (cells.some((cell) => cell === undefined)) return null;
  return { cells: cells as SourcedNumber[], format: "rupiah" };
}

/** The figure as one operand of a formula: the cell, or SUM of the cells. */
export function toQuarterOperand(context: ReportContext, figure: ToQuarter | null): Operand {
  if (!figure) return { expr: "", value: null };
  const filled = figure.cells.filter((cell) => cell.value !== null);
  if (filled.length === 0) return { expr: "", value: null };
  return cellsSumOperand(context, figure.cells);
}

/** The figure as a table cell: a reference to its one cell, or =SUM(...) of its cells. */
export function toQuarterCell(context: ReportContext, figure: ToQuarter | null): TableCell {
  if (!figure) return { kind: "empty" };
  if (figure.cells.length === 1) return sourceCell(context, figure.cells[0], figure.format);
  const sum = toQuarterOperand(context, figure);
  if (sum.value === null) return { kind: "empty" };
  return { kind: "figure", formula: `=${sum.expr}`, value: sum.value, format: figure.format };
}
