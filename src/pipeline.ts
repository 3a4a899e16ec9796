import { SCALES, type EfisiensiMethod, type ScaleName } from "./core";
import type { Language } from "./i18n/language";
import type { CellRef } from "./model/cellRef";
import type { Finding } from "./model/finding";
import type { LkjipModel } from "./model/lkjipModel";
import type { Triwulan } from "./model/quarters";
import { mergeSignatures, type Signatures } from "./model/signature";
import { readWorkbook, type ReadOptions } from "./readers/readWorkbook";
import { SheetView } from "./readers/sheetView";
import { buildTables, TABLES, type SkippedTable } from "./report/buildTables";
import type { ReportContext } from "./report/context";
import type { TableSpec } from "./report/tableSpec";
import {
  DEFAULT_OPTIONS,
  type FormulaMode,
  type ProgramNaming,
  type Rincian,
} from "./report/options";
import { renderTable } from "./report/renderTable";
import { buildRingkasan, RINGKASAN_SHEET } from "./report/ringkasan";
import { parseA1 } from "./workbook/cellAddress";
import { planSheets, type KeptSheet, type SheetAssignment } from "./report/sheetNames";
import {
  fingerprintGrid,
  LEGACY_GENERATION,
  LEGACY_MARKER_SHEET,
  legacyGeneratedSheets,
  newGenerationId,
} from "./workbook/generatedMarker";
import type { SheetGrid } from "./workbook/grid";
import type { SheetSpec } from "./workbook/sheetSpec";
import type { SheetInfo, WorkbookPort } from "./workbook/workbookPort";

export interface AnalyzeOptions {
  tahun?: number;
  budgetSheet?: string;
  indicatorSheet?: string;
  /** Arah chosen in the pane for indicators with none typed (indicator name -> Arah). */
  arahChoices?: ReadOptions["arahChoices"];
  /** End-of-Renstra target column chosen in the pane (latest, none, a year). */
  renstraTarget?: ReadOptions["renstraTarget"];
  /** Programs attributed by hand in the pane (program name -> sasaran name, null: pendukung). */
  attributionChoices?: ReadOptions["attributionChoices"];
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
  /** Depth of Tabel 3.2 and the Lampiran; by default the deepest level the budget has. */
  rincian?: Rincian;
  /** A quarter: the report adds "Pengukuran Kinerja TW N"; undefined: the year alone. */
  triwulan?: Triwulan;
  /** Which name a matched program is printed under; by default the Renstra's. */
  namaProgram?: ProgramNaming;
  /** Signers given in the pane or by flags; field by field they win over the workbook's block. */
  penandatangan?: Signatures;
  /** Also write next year's Perjanjian Kinerja. */
  perjanjianKinerja?: boolean;
  language: Language;
}

export interface GenerateResult {
  tahun: number | null;
  made: { table: string; sheet: string }[];
  skipped: SkippedTable[];
  findings: Finding[];
  renamed: SheetAssignment[];
  /** Generated sheets the user had edited: kept as theirs, under `to` where a new table took the name. */
  kept: KeptSheet[];
  model: LkjipModel;
}

/** Reads the user's sheets (never the generated ones) into the model: list + read, two round trips in Excel. */
export async function analyzeWorkbook(
  port: WorkbookPort,
  options: AnalyzeOptions = {}
): Promise<Analysis> {
  const sheets = await withLegacyMarker(port, await port.listSheets());
  const inputs = inputSheets(sheets, options);
  const grids = await port.readSheets(inputs);
  return analyzeGrids(sheets, grids, options);
}

/**
 * Earlier versions listed their sheets in a very hidden sheet "_lkjip". When that sheet provably is
 * the add-in's, the sheets it lists count as generated (content unknown, so kept if ever displaced)
 * and the marker sheet goes with the next write; otherwise it is a user's sheet like any other.
 */
async function withLegacyMarker(port: WorkbookPort, sheets: SheetInfo[]): Promise<SheetInfo[]> {
  const marker = sheets.find(
    (sheet) =>
      sheet.name === LEGACY_MARKER_SHEET && sheet.visibility === "veryHidden" && !sheet.mark
  );
  if (!marker) return sheets;
  const [grid] = await port.readSheets([marker.name]);
  const listed = legacyGeneratedSheets(marker, grid, sheets, isReportSheetName);
  if (!listed) return sheets;
  return sheets.map((sheet) => {
    if (sheet === marker) return { ...sheet, legacyMarker: true };
    if (sheet.mark || !listed.includes(sheet.name)) return sheet;
    return {
      ...sheet,
      generated: true,
      mark: { generation: LEGACY_GENERATION, fingerprint: null, name: sheet.name },
    };
  });
}

/** A name the add-in gives a sheet: the Ringkasan's or a table's, maybe with " (2)" etc. */
function isReportSheetName(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, "").toLowerCase();
  return [RINGKASAN_SHEET, ...TABLES.map((table) => table.label)].some(
    (label) => label.toLowerCase() === base
  );
}

/**
 * The sheets read as inputs: the user's own, visible ones; a hidden sheet only when the user picked
 * it by name (a hidden copy of last year's budget must not be taken for this year's).
 */
export function inputSheets(sheets: SheetInfo[], options: AnalyzeOptions = {}): string[] {
  const picked = [options.budgetSheet, options.indicatorSheet].filter(Boolean);
  return sheets
    .filter(
      (sheet) =>
        !sheet.generated &&
        !sheet.legacyMarker &&
        (sheet.visibility === "visible" || picked.includes(sheet.name))
    )
    .map((sheet) => sheet.name);
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
 * In Excel: listSheets, readSheets (the inputs; then the generated sheets, to tell edited ones)
 * and writeSheets, each one batch.
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
      kept: [],
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
    skala: options.skala && options.skala in SCALES ? options.skala : DEFAULT_OPTIONS.skala,
    efisiensi: options.efisiensi ?? DEFAULT_OPTIONS.efisiensi,
    rincian: options.rincian,
    triwulan: options.triwulan,
    namaProgram: options.namaProgram ?? DEFAULT_OPTIONS.namaProgram,
    signatures: mergeSignatures(model.penandatangan, options.penandatangan),
    perjanjianKinerja: options.perjanjianKinerja === true,
    isNumericCell: numericCellLookup(analysis.grids),
  };
  const mode = options.mode ?? DEFAULT_OPTIONS.mode;
  const { specs, skipped } = buildTables(context);
  const plan = planSheets(
    [RINGKASAN_SHEET, ...specs.map((spec) => spec.sheetName)],
    analysis.sheets,
    await currentFingerprints(port, analysis.sheets)
  );
  const sheetOf = new Map(plan.assignments.map((entry) => [entry.wanted, entry.sheet]));
  const made = specs.map((spec) => ({
    table: TABLES.find((table) => table.id === spec.id)?.label ?? spec.sheetName,
    sheet: sheetOf.get(spec.sheetName)!,
  }));
  const ringkasan = buildRingkasan({
    context,
    mode,
    made,
    skipped,
    renamed: plan.renamed,
    kept: plan.keep,
  });
  // The Ringkasan first (the sheet that opens); the tables are let go as they are handed over.
  const queue: TableSpec[] = [ringkasan, ...specs];
  specs.length = 0;
  await port.writeSheets({
    generation: newGenerationId(),
    sheets: layOutEach(queue, mode, sheetOf),
    update: plan.update,
    keep: plan.keep,
    remove: plan.remove,
  });
  return {
    tahun,
    made,
    skipped,
    findings: model.findings,
    renamed: plan.renamed,
    kept: plan.keep,
    model,
  };
}

/**
 * Each table laid out as a sheet only when the writer asks for it, and dropped from `queue` as it
 * is handed over: a 28 000-row table and its sheet are garbage once written, instead of all the
 * tables and all their sheets living until the last is written. The first sheet is the active one.
 */
function* layOutEach(
  queue: (TableSpec | undefined)[],
  mode: FormulaMode,
  sheetOf: Map<string, string>
): Generator<SheetSpec> {
  for (let i = 0; i < queue.length; i++) {
    const spec = queue[i]!;
    queue[i] = undefined;
    const sheet = renderTable(spec, mode, sheetOf.get(spec.sheetName)!);
    if (i === 0) sheet.activate = true;
    yield sheet;
  }
}

/**
 * The fingerprint of each generated sheet as it is now, to tell the ones the user edited: one more
 * read, of the generated sheets only, and only when there are some.
 */
async function currentFingerprints(
  port: WorkbookPort,
  sheets: SheetInfo[]
): Promise<Map<string, string>> {
  const marked = sheets.filter((sheet) => sheet.mark?.fingerprint).map((sheet) => sheet.name);
  if (marked.length === 0) return new Map();
  const grids = await port.readSheets(marked);
  return new Map(grids.map((grid) => [grid.name, fingerprintGrid(grid)]));
}

function noYearSkips(): SkippedTable[] {
  return TABLES.filter((table) => !table.when).map((table) => ({
    table: table.label,
    reasonKey: "report.skip.noYear",
    params: {},
  }));
}

/** Whether an input cell holds a number (not text that the reader parsed), from the grids already read. */
export function numericCellLookup(grids: SheetGrid[]): (ref: CellRef) => boolean {
  const bySheet = new Map(grids.map((grid) => [grid.name, grid]));
  // The same source cells are asked for by several tables (3.2, the Lampiran, the Ringkasan). A Map,
  // not a WeakMap: the refs live as long as the model, and a WeakMap of tens of thousands of keys
  // costs every full garbage collection (ephemerons) more than it saves.
  const known = new Map<CellRef, boolean>();
  return (ref) => {
    let numeric = known.get(ref);
    if (numeric === undefined) {
      const grid = bySheet.get(ref.sheet);
      const cell = grid && parseA1(ref.address);
      numeric =
        grid !== undefined &&
        !!cell &&
        typeof SheetView.of(grid).raw(cell.row, cell.column) === "number";
      known.set(ref, numeric);
    }
    return numeric;
  };
}
