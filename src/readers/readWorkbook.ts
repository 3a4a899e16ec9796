import type { Budget } from "../model/budget";
import type { Finding } from "../model/finding";
import type {
  AttributionChoices,
  CascadingLink,
  IndicatorSheet,
  RenstraChoice,
} from "../model/indicators";
import type { LkjipModel } from "../model/lkjipModel";
import type { SheetGrid } from "../workbook/grid";
import { hiddenAndCutFindings } from "./hiddenAndCut";
import type { UserArahWord } from "./arahWords";
import { readArahWords } from "./arahWordsSheet";
import { attributePrograms } from "./attribution";
import { readBudget } from "./budgetReader";
import { addTujuanFromCascading, readCascading } from "./cascadingReader";
import { detectSheet, type DetectedSheet, type InputKind } from "./detectSheets";
import type { ArahChoices } from "./indicatorArah";
import { readIndicators } from "./indicatorReader";
import { readPenandatangan } from "./penandatanganSheet";
import { linksFromProgramPendukung } from "./programPendukung";

export { detectInputSheets, type SheetDetection, type InputKind } from "./detectSheets";

export interface ReadOptions {
  /** Report year: whose budget is attributed; also the year of undated target columns. */
  tahun?: number;
  /** Sheet names the user chose, overriding detection. */
  budgetSheet?: string;
  indicatorSheet?: string;
  cascadingSheet?: string;
  /** Arah chosen in the pane for indicators with none typed (name -> Arah). */
  arahChoices?: ArahChoices;
  /** End-of-Renstra target column chosen in the pane, when the sheet has no such column. */
  renstraTarget?: RenstraChoice;
  /** Programs attributed by hand in the pane (program name -> sasaran name, null: pendukung). */
  attributionChoices?: AttributionChoices;
}

/**
 * Worksheet grids -> the model, with findings. Pure, and never throws on a user's workbook:
 * whatever it cannot understand becomes a finding.
 */
export function readWorkbook(grids: SheetGrid[], options: ReadOptions = {}): LkjipModel {
  try {
    return readAll(grids, options);
  } catch (error) {
    // Last line of defence: a reader bug must still reach the user as a message, not a crash.
    return {
      budgets: [],
      attributions: [],
      findings: [
        { severity: "error", code: "finding.readerFailed", params: { message: String(error) } },
      ],
    };
  }
}

function readAll(grids: SheetGrid[], options: ReadOptions): LkjipModel {
  const findings: Finding[] = [];
  const forced = new Map<string, InputKind>();
  if (options.budgetSheet) forced.set(options.budgetSheet.toLowerCase(), "budget");
  if (options.indicatorSheet) forced.set(options.indicatorSheet.toLowerCase(), "indicators");
  if (options.cascadingSheet) forced.set(options.cascadingSheet.toLowerCase(), "cascading");
  const sheets = grids.map((grid) => detectSheet(grid, forced.get(grid.name.toLowerCase())));
  for (const name of forced.keys()) {
    if (!grids.some((grid) => grid.name.toLowerCase() === name)) {
      findings.push({ severity: "error", code: "finding.sheetMissing", params: { sheet: name } });
    }
  }
  for (const sheet of sheets) {
    if (sheet.missing) {
      findings.push({
        severity: "warning",
        code: "finding.headerNotUnderstood",
        ref: { sheet: sheet.view.name, address: "A1" },
        params: { sheet: sheet.view.name, missing: sheet.missing.join(", ") },
      });
    }
  }
  for (const sheet of sheets) {
    if (sheet.detection.kind && sheet.header) findings.push(...hiddenAndCutFindings(sheet.view));
  }
  const ofKind = (kind: InputKind): DetectedSheet[] =>
    sheets.filter((sheet) => sheet.detection.kind === kind && sheet.header);

  const budgets = readBudgets(ofKind("budget"), options, findings);
  const year = chosenYear(budgets, options, findings);
  const chosen =
    budgets.find((budget) => budget.year === year) ??
    (budgets.length === 1 && budgets[0].year === null ? budgets[0] : undefined);
  const paguPlans = readPaguPlans(ofKind("pagu"), findings);
  // A year without realisation yet: its programs come from the Perjanjian Kinerja or DPA.
  const attributed = chosen ?? paguPlans.find((plan) => plan.year !== null && plan.year === year);

  let indicators: IndicatorSheet | undefined;
  const indicatorSheets = ofKind("indicators");
  if (indicatorSheets.length > 0) {
    const first = indicatorSheets[0];
    const read = readIndicators(first.view, first.header!, {
      reportYear: options.tahun ?? year ?? undefined,
      arahWords: userArahWords(sheets, findings),
      ...(options.arahChoices ? { arahChoices: options.arahChoices } : {}),
      ...(options.renstraTarget !== undefined ? { renstraTarget: options.renstraTarget } : {}),
    });
    indicators = read.sheet;
    findings.push(...read.findings);
  }

  let cascading: { sheet: string; links: CascadingLink[] } | undefined;
  const cascadingSheets = ofKind("cascading");
  if (cascadingSheets.length > 0) {
    const first = cascadingSheets[0];
    const read = readCascading(first.view, first.header!);
    cascading = { sheet: first.view.name, links: read.links };
    findings.push(...read.findings);
    if (indicators) addTujuanFromCascading(indicators, read.links);
  }

  if (
    chosen &&
    chosen.year !== null &&
    indicators &&
    indicators.years.length > 0 &&
    !indicators.years.includes(chosen.year)
  ) {
    findings.push({
      severity: "warning",
      code: "finding.yearMismatch",
      ref: { sheet: indicators.sheet, address: "A1" },
      params: {
        budgetSheet: chosen.sheet,
        budgetYear: chosen.year,
        indicatorSheet: indicators.sheet,
        indicatorYears: indicators.years.join(", "),
      },
    });
  }
  if (!indicators && budgets.length > 0) {
    findings.push({ severity: "warning", code: "finding.noIndicatorSheet" });
  }

  let links = cascading?.links;
  if (!cascading && indicators && indicators.sasaran.length > 1) {
    const typed = linksFromProgramPendukung(indicators);
    if (typed.length > 0) {
      links = typed;
      findings.push({
        severity: "info",
        code: "finding.programPendukungAsCascading",
        ref: typed[0].ref,
        params: { sheet: indicators.sheet },
      });
    }
  }
  const attributions = attributePrograms(
    attributed,
    indicators,
    links,
    findings,
    options.attributionChoices
  );
  const agency = chosen?.agency ?? budgets.find((b) => b.agency)?.agency ?? indicators?.agency;
  const penandatangan = sheets
    .filter((sheet) => sheet.detection.kind === null)
    .map((sheet) => readPenandatangan(sheet.view))
    .find((found) => found !== null);
  return {
    ...(agency ? { agency } : {}),
    ...(penandatangan ? { penandatangan } : {}),
    budgets,
    ...(paguPlans.length > 0 ? { paguPlans } : {}),
    ...(indicators ? { indicators } : {}),
    ...(cascading ? { cascading } : {}),
    attributions,
    findings,
  };
}

/** Words of every "Kamus Arah" sheet among the sheets no other reader took. */
function userArahWords(sheets: DetectedSheet[], findings: Finding[]): UserArahWord[] {
  return sheets
    .filter((sheet) => sheet.detection.kind === null)
    .flatMap((sheet) => readArahWords(sheet.view, findings) ?? []);
}

function readBudgets(sheets: DetectedSheet[], options: ReadOptions, findings: Finding[]): Budget[] {
  const budgets: Budget[] = [];
  for (const sheet of sheets) {
    const read = readBudget(sheet.view, sheet.header!);
    findings.push(...read.findings);
    const budget = read.budget;
    if (budget.year === null && options.tahun !== undefined && sheets.length === 1) {
      budget.year = options.tahun;
      budget.yearSource = "user";
    }
    const twin = budgets.find((other) => other.year === budget.year);
    if (twin) {
      findings.push({
        severity: "warning",
        code: "finding.duplicateBudgetYear",
        ref: { sheet: budget.sheet, address: "A1" },
        params: { sheet: budget.sheet, first: twin.sheet, year: budget.year ?? "?" },
      });
      continue;
    }
    budgets.push(budget);
  }
  if (sheets.length === 0) {
    findings.push({ severity: "error", code: "finding.noBudgetSheet" });
  }
  return budgets;
}

/**
 * Sheets with pagu but no realisasi (Perjanjian Kinerja, DPA): one per year, those with a year and
 * programs only; an empty one is some other table with money in it and says nothing.
 */
function readPaguPlans(sheets: DetectedSheet[], findings: Finding[]): Budget[] {
  const plans: Budget[] = [];
  for (const sheet of sheets) {
    const read = readBudget(sheet.view, sheet.header!, "paguPlan");
    const plan = read.budget;
    if (plan.programs.length === 0 || plan.year === null) continue;
    if (plans.some((other) => other.year === plan.year)) continue;
    findings.push(...read.findings);
    plans.push(plan);
  }
  return plans;
}

function chosenYear(budgets: Budget[], options: ReadOptions, findings: Finding[]): number | null {
  const years = budgets
    .map((budget) => budget.year)
    .filter((year): year is number => year !== null);
  if (options.tahun !== undefined) {
    if (budgets.length > 0 && !years.includes(options.tahun)) {
      findings.push({
        severity: "warning",
        code: "finding.budgetYearMissing",
        params: { year: options.tahun, available: years.join(", ") || "-" },
      });
    }
    return options.tahun;
  }
  return years.length > 0 ? Math.max(...years) : null;
}
