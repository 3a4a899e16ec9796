import { SCALES, type EfisiensiMethod, type ScaleName } from "./core";
import type { Language } from "./i18n/language";
import type { CellRef } from "./model/cellRef";
import type { Finding } from "./model/finding";
import type { LkjipModel } from "./model/lkjipModel";
import { readWorkbook } from "./readers/readWorkbook";
import { buildTables, TABLES, type SkippedTable } from "./report/buildTables";
import type { ReportContext } from "./report/context";
import { renderTable, type FormulaMode } from "./report/renderTable";
import { buildRingkasan, RINGKASAN_SHEET } from "./report/ringkasan";
import { planSheetNames, type SheetAssignment } from "./report/sheetNames";
import type { SheetGrid } from "./workbook/grid";
import type { SheetInfo, WorkbookPort } from "./workbook/workbookPort";

export interface AnalyzeOptions {
  tahun?: number;
  budgetSheet?: string;
  indicatorSheet?: string;
}

export interface Analysis {
  model: LkjipModel;
  sheets: SheetInfo[];
  grids: SheetGrid[];
  /** Sheets the readers recognised. */
  detected: {
    budgets: { sheet: string; year: number | null }[];
    indicators?: string;
    cascading?: string;
  };
  /** Every year with indicator or budget data, ascending. */
  years: number[];
  /** The latest year with a realisasi (indicators first, then budget); null when there is none. */
  defaultYear: number | null;
}

export interface GenerateOptions extends AnalyzeOptions {
  skala?: ScaleName;
  efisiensi?: EfisiensiMethod;
  mode?: FormulaMode;
  language: Language;
}

export interface GenerateResult {
  tahun: number | null;
  made: { table: string; sheet: string }[];
  skipped: SkippedTable[];
  findings: Finding[];
  renamed: SheetAssignment[];
  model: LkjipModel;
}

/** Reads the user's sheets (never the generated ones) into the model: list + read, two round trips in Excel. */
export async function analyzeWorkbook(
  port: WorkbookPort,
  options: AnalyzeOptions = {}
): Promise<Analysis> {
  const sheets = await port.listSheets();
  const inputs = sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name);
  const grids = await port.readSheets(inputs);
  return analyzeGrids(sheets, grids, options);
}

function analyzeGrids(sheets: SheetInfo[], grids: SheetGrid[], options: AnalyzeOptions): Analysis {
  const model = readWorkbook(grids, options);
  const indicatorYears = model.indicators?.years ?? [];
  const budgetYears = model.budgets
    .map((budget) => budget.year)
    .filter((year): year is number => year !== null);
  const realisedYears = new Set<number>();
  for (const sasaran of model.indicators?.sasaran ?? []) {
    for (const indikator of sasaran.indikator) {
      for (const [year, value] of Object.entries(indikator.realisasi)) {
        if (value.value !== null) realisedYears.add(Number(year));
      }
    }
  }
  const latest = (years: Iterable<number>) => {
    const list = [...years];
    return list.length > 0 ? Math.max(...list) : null;
  };
  return {
    model,
    sheets,
    grids,
    detected: {
      budgets: model.budgets.map((budget) => ({ sheet: budget.sheet, year: budget.year })),
      indicators: model.indicators?.sheet,
      cascading: model.cascading?.sheet,
    },
    years: [...new Set([...indicatorYears, ...budgetYears])].sort((a, b) => a - b),
    defaultYear: latest(realisedYears) ?? latest(budgetYears) ?? latest(indicatorYears),
  };
}

/**
 * The whole pipeline: read, build every table it can, write them with the Ringkasan in one batch.
 * In Excel: listSheets, readSheets and writeSheets are one context.sync each.
 */
export async function generateReport(
  port: WorkbookPort,
  options: GenerateOptions
): Promise<GenerateResult> {
  let analysis = await analyzeWorkbook(port, options);
  const tahun = options.tahun ?? analysis.defaultYear;
  if (tahun === null) {
    return {
      tahun: null,
      made: [],
      skipped: noYearSkips(),
      findings: analysis.model.findings,
      renamed: [],
      model: analysis.model,
    };
  }
  // The readers' findings and attributions depend on the report year (whose budget, which warnings):
  // with the year defaulted after the first reading, read again from memory (no round trip).
  if (options.tahun === undefined) {
    analysis = analyzeGrids(analysis.sheets, analysis.grids, { ...options, tahun });
  }
  const { model } = analysis;
  const context: ReportContext = {
    model,
    tahun,
    agency: model.agency ?? model.indicators?.agency ?? model.budgets[0]?.agency ?? "",
    budget: model.budgets.find((budget) => budget.year === tahun),
    skala: options.skala && options.skala in SCALES ? options.skala : "LKJIP",
    efisiensi: options.efisiensi ?? "serapan_per_capaian",
    isNumericCell: numericCellLookup(analysis.grids),
  };
  const mode = options.mode ?? "formulas";
  const { specs, skipped } = buildTables(context);
  const plan = planSheetNames(
    [RINGKASAN_SHEET, ...specs.map((spec) => spec.sheetName)],
    analysis.sheets
  );
  // A table made by an earlier run but skipped now (say, another year's budget) must not linger
  // beside this year's tables: its generated sheet is removed.
  const stale = staleSheets(
    analysis.sheets,
    skipped.map((entry) => entry.table),
    plan.replace
  );
  const sheetOf = new Map(plan.assignments.map((entry) => [entry.wanted, entry.sheet]));
  const made = specs.map((spec) => ({
    table: TABLES.find((table) => table.id === spec.id)?.label ?? spec.sheetName,
    sheet: sheetOf.get(spec.sheetName)!,
  }));
  const ringkasan = buildRingkasan({
    context,
    language: options.language,
    mode,
    made,
    skipped,
    renamed: plan.renamed,
  });
  const rendered = [ringkasan, ...specs].map((spec) =>
    renderTable(spec, mode, sheetOf.get(spec.sheetName)!)
  );
  rendered[0].activate = true;
  await port.writeSheets(rendered, [...plan.replace, ...stale]);
  return { tahun, made, skipped, findings: model.findings, renamed: plan.renamed, model };
}

function staleSheets(sheets: SheetInfo[], skippedLabels: string[], replaced: string[]): string[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const patterns = skippedLabels.map(
    (label) => new RegExp(`^${escape(label)}( \\(\\d+\\))?$`, "i")
  );
  return sheets
    .filter((sheet) => sheet.generated && !replaced.includes(sheet.name))
    .filter((sheet) => patterns.some((pattern) => pattern.test(sheet.name)))
    .map((sheet) => sheet.name);
}

function noYearSkips(): SkippedTable[] {
  return TABLES.map((table) => ({
    table: table.label,
    reasonKey: "report.skip.noYear",
    params: {},
  }));
}

/** Whether an input cell holds a number (not text that the reader parsed), from the grids already read. */
export function numericCellLookup(grids: SheetGrid[]): (ref: CellRef) => boolean {
  const bySheet = new Map(grids.map((grid) => [grid.name, grid]));
  return (ref) => {
    const grid = bySheet.get(ref.sheet);
    const cell = grid && a1Cell(ref.address);
    if (!grid || !cell) return false;
    const value = grid.values[cell.row - grid.origin.row]?.[cell.column - grid.origin.col];
    return typeof value === "number";
  };
}

const A1 = /^\$?([A-Z]+)\$?(\d+)$/;

/** Row and column of an A1 address ("C5", "$C$5", "c5"), or null. */
function a1Cell(address: string): { row: number; column: number } | null {
  // ASCII letters and digits, as our readers write addresses, without upper-casing a copy.
  let i = address.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let column = 0;
  const lettersStart = i;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32; // a-z as A-Z
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  const lettersEnd = i;
  if (address.charCodeAt(i) === 36) i++;
  const digitsStart = i;
  while (i < address.length && address.charCodeAt(i) >= 48 && address.charCodeAt(i) <= 57) i++;
  if (lettersEnd > lettersStart && i > digitsStart && i === address.length) {
    return { row: Number(address.slice(digitsStart)), column };
  }
  // Anything else (other characters Unicode upper-cases into letters) the general way.
  const match = A1.exec(address.toUpperCase());
  if (!match) return null;
  column = 0;
  for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}
