import type { Budget, BudgetLine } from "../model/budget";
import type { SourcedNumber } from "../model/cellRef";
import { operand, type Operand, type ReportContext } from "./context";
import { sumExpression } from "./sumExpression";
import type { TableCell, ValueFormat } from "./tableSpec";

/**
 * The sum of input cells as one operand: SUM('Sheet'!C5,'Sheet'!C20,…), its value the plain sum
 * in the same order Excel adds. Empty cells count as nothing, as in SUM.
 */
export function sumOperand(context: ReportContext, sources: SourcedNumber[]): Operand {
  const parts = sources
    .map((source) => operand(context, source))
    .filter((part): part is { expr: string; value: number } => part.value !== null);
  const value = parts.reduce((sum, part) => sum + part.value, 0);
  return { expr: sumExpression(parts.map((part) => part.expr)), value };
}

export function operandFigure(value: Operand, format: ValueFormat): TableCell {
  if (value.value === null) return { kind: "empty" };
  return { kind: "figure", formula: `=${value.expr}`, value: value.value, format };
}

/** The agency's whole budget: its total row when the sheet has one, else the sum of its programs. */
export function totalPagu(context: ReportContext, budget: Budget): Operand {
  if (budget.total && budget.total.pagu.value !== null) return operand(context, budget.total.pagu);
  return sumOperand(
    context,
    budget.programs.map((program) => program.pagu)
  );
}

export function totalRealisasi(context: ReportContext, budget: Budget): Operand {
  if (budget.total && budget.total.realisasi.value !== null)
    return operand(context, budget.total.realisasi);
  return sumOperand(
    context,
    budget.programs.map((program) => program.realisasi)
  );
}

export function programsPagu(context: ReportContext, programs: BudgetLine[]): Operand {
  return sumOperand(
    context,
    programs.map((program) => program.pagu)
  );
}

export function programsRealisasi(context: ReportContext, programs: BudgetLine[]): Operand {
  return sumOperand(
    context,
    programs.map((program) => program.realisasi)
  );
}
