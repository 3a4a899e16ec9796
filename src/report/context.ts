import { translate, type MessageParams } from "../i18n/catalogue";
import type { Budget, BudgetLine } from "../model/budget";
import type { CellRef, SourcedNumber } from "../model/cellRef";
import type { Indikator, Sasaran } from "../model/indicators";
import type { LkjipModel } from "../model/lkjipModel";
import type { Signatures } from "../model/signature";
import type { EfisiensiMethod } from "../core/efisiensi";
import type { ScaleName } from "../core/predikat";
import type { Triwulan } from "../model/quarters";
import type { ProgramNaming, Rincian } from "./options";
import { sheetCellAddress } from "../workbook/cellAddress";
import { attributionLookup } from "./programNames";
import { sumExpression } from "./sumExpression";
import type { TableCell, ValueFormat } from "./tableSpec";

/** What every table builder gets: the model, the chosen year and the options. */
export interface ReportContext {
  model: LkjipModel;
  tahun: number;
  agency: string;
  /** The budget of exactly `tahun`; another year's budget is never used in its place. */
  budget?: Budget;
  skala: ScaleName;
  efisiensi: EfisiensiMethod;
  /** Depth of the budget tables; undefined: the deepest level the budget has. */
  rincian?: Rincian;
  /** The quarter measured ("Pengukuran Kinerja TW N"); undefined: the year (Periode Tahunan). */
  triwulan?: Triwulan;
  /** Which name a matched program is printed under; undefined: the Renstra's (the default). */
  namaProgram?: ProgramNaming;
  /** Who signs under each table (the pane's, the flags' or the workbook's Penandatangan block). */
  signatures?: Signatures;
  /** Also write next year's Perjanjian Kinerja (on request only). */
  perjanjianKinerja?: boolean;
  /**
   * True when the input cell holds a number Excel can compute with. A number the reader parsed from
   * text ("Rp 1.283.419.000") is written as a constant instead, so Excel's result stays the core's.
   */
  isNumericCell(ref: CellRef): boolean;
}

/** A value a formula can use: an input cell's address, or a constant when the cell holds text. */
export interface Operand {
  expr: string;
  value: number | null;
}

export interface IndicatorRow {
  number: number;
  sasaranIndex: number;
  sasaran: Sasaran;
  indikator: Indikator;
  /** Index of the indicator within its sasaran. */
  indikatorIndex: number;
  /** First indicator of its sasaran, and how many the sasaran has (for merged cells). */
  first: boolean;
  count: number;
}

/** Table text is Indonesian: the LKjIP is an Indonesian government document. */
export function tableText(key: string, params: MessageParams = {}): string {
  return translate(key, "id", params);
}

export function indicatorRows(context: ReportContext): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  (context.model.indicators?.sasaran ?? []).forEach((sasaran, sasaranIndex) => {
    sasaran.indikator.forEach((indikator, index) => {
      rows.push({
        number: sasaranIndex + 1,
        sasaranIndex,
        sasaran,
        indikator,
        indikatorIndex: index,
        first: index === 0,
        count: sasaran.indikator.length,
      });
    });
  });
  return rows;
}

/** The cell of the same table row in column `key` ({key}), holding `source`'s value. */
export function inRow(key: string, source: SourcedNumber | undefined): Operand {
  return { expr: `{${key}}`, value: source?.value ?? null };
}

export function operand(context: ReportContext, source: SourcedNumber | undefined): Operand {
  if (!source || source.value === null) return { expr: "", value: null };
  if (source.sumOf) return cellsSumOperand(context, source.sumOf);
  if (context.isNumericCell(source.ref))
    return { expr: sheetCellAddress(source.ref), value: source.value };
  return { expr: numberLiteral(source.value), value: source.value };
}

/**
 * The sum of input cells (quarters) as one operand: SUM over every one of them, the empty ones
 * included, so a quarter filled in later is counted when Excel recalculates; the value is what
 * SUM gives now (empty cells count nothing, in the order Excel adds).
 */
export function cellsSumOperand(context: ReportContext, cells: SourcedNumber[]): Operand {
  const parts = cells.map((cell) =>
    cell.value === null ? { expr: sheetCellAddress(cell.ref), value: 0 } : operand(context, cell)
  );
  const value = parts.reduce((sum, part) => sum + part.value!, 0);
  return { expr: sumExpression(parts.map((part) => part.expr)), value };
}

/** A number as a formula literal: plain digits, "." decimal point, whatever the user's locale. */
export function numberLiteral(value: number): string {
  return value < 0 ? `(${String(value)})` : String(value);
}

/** The input value itself, as a reference to its cell (so an auditor can trace it) or a constant. */
export function sourceCell(
  context: ReportContext,
  source: SourcedNumber | undefined,
  format: ValueFormat
): TableCell {
  if (!source || source.value === null) return { kind: "empty" };
  if (source.sumOf) {
    const sum = operand(context, source);
    return { kind: "figure", formula: `=${sum.expr}`, value: sum.value!, format };
  }
  if (context.isNumericCell(source.ref)) {
    return {
      kind: "figure",
      formula: `=${sheetCellAddress(source.ref)}`,
      value: source.value,
      format,
      input: true,
    };
  }
  return { kind: "number", value: source.value, format };
}

export function text(value: string | undefined, bold = false): TableCell {
  return value === undefined || value === ""
    ? { kind: "empty" }
    : { kind: "text", text: value, bold };
}

/** How an indicator value is shown: as a percentage when its cell showed one. */
export function indicatorFormat(source: SourcedNumber | undefined): ValueFormat {
  return source?.percent ? "percent" : "general";
}

export function titleLines(
  context: ReportContext,
  number: string,
  titleKey: string,
  params: MessageParams = {},
  yearKey = "report.title.year"
): string[] {
  return [
    tableText("report.title.number", { number }),
    tableText(titleKey, params),
    context.agency.toUpperCase(),
    tableText(yearKey, { tahun: context.tahun }),
  ].filter((line) => line !== "");
}

/** Budget years the workbook has, for the reason a budget table was skipped. */
export function availableBudgetYears(context: ReportContext): string {
  const years = context.model.budgets.map((budget) => budget.year).filter((year) => year !== null);
  return years.length > 0 ? years.join(", ") : tableText("report.none");
}

export function budgetSkip(context: ReportContext) {
  return {
    skip: {
      reasonKey: "report.skip.noBudgetYear",
      params: { tahun: context.tahun, available: availableBudgetYears(context) },
    },
  };
}

/** Programs of the year's budget attributed to each sasaran (by index), in budget order. */
export function programsBySasaran(context: ReportContext): Map<number | null, BudgetLine[]> {
  const result = new Map<number | null, BudgetLine[]>();
  const budget = context.budget;
  if (!budget) return result;
  const attributionOf = attributionLookup(context.model.attributions);
  for (const program of budget.programs) {
    const attribution = attributionOf(program);
    const key = attribution ? attribution.sasaranIndex : null;
    const list = result.get(key) ?? [];
    list.push(program);
    result.set(key, list);
  }
  return result;
}
