import type { Language } from "../i18n/language";
import type { CellRef } from "../model/cellRef";
import type { Finding } from "../model/finding";
import type { AttributionReason } from "../model/indicators";
import type { PaneChoices } from "./choices";

/** Which sheets the user wants read; null lets the readers detect them. */
export interface SheetSelection {
  budgetSheet: string | null;
  indicatorSheet: string | null;
  year: number | null;
}

export interface AttributionView {
  programName: string;
  programRef: CellRef;
  /** Name of the sasaran the program goes to; null when it goes to none. */
  sasaranName: string | null;
  reason: AttributionReason;
  matchedName?: string;
}

/** What the readers understood of the workbook, as the pane shows it. */
export interface Analysis {
  /** Every worksheet the user may pick, in workbook order (generated sheets left out). */
  sheets: string[];
  budgetSheet: string | null;
  indicatorSheet: string | null;
  cascadingSheet: string | null;
  /** Years with data, ascending. */
  years: number[];
  /** The latest year with a realisasi; null when there is none. */
  defaultYear: number | null;
  agency?: string;
  attributions: AttributionView[];
  findings: Finding[];
}

export interface SkippedTable {
  /** Table name as the report calls it ("Tabel 3.1.6"). */
  table: string;
  reasonKey: string;
  params: Record<string, string | number>;
}

export interface GenerateOutcome {
  /** Tables written and their worksheets, the Ringkasan (summary) first. */
  made: { table: string; sheet: string }[];
  skipped: SkippedTable[];
  /** Wanted names taken by a user's sheet, and where the table went instead. */
  renamed: { wanted: string; sheet: string }[];
  findings: Finding[];
}

export type ProgressStep = "reading" | "building" | "writing" | "saving";

export interface GenerateRequest {
  selection: SheetSelection;
  choices: PaneChoices;
}

/** Where the outcome can be taken away from; only the web tool has one (a file to download). */
export interface DownloadableFile {
  fileName: string;
  save(): void;
}

/**
 * Everything the pane can ask of its host. Components call these and never touch Office or
 * ExcelJS; excelActions implements them with Excel.run, webActions with ExcelJS in the browser.
 * Optional members are what only one host can do (select a cell exists only inside Excel).
 */
export interface PaneActions {
  host: "excel" | "web";
  language: Language;
  analyze(selection: SheetSelection): Promise<Analysis>;
  generate(
    request: GenerateRequest,
    onProgress: (step: ProgressStep) => void
  ): Promise<GenerateOutcome>;
  /** Creates the empty input sheets (inside Excel) or a template workbook to download (web). */
  createTemplate(year: number | null): Promise<{ sheets: string[]; download?: DownloadableFile }>;
  loadChoices(): PaneChoices;
  saveChoices(choices: PaneChoices): Promise<void>;
  selectCell?(ref: CellRef): Promise<void>;
  activateSheet?(sheet: string): Promise<void>;
  /** Writes a formula (English names, "," separators) into the selected cell. */
  insertFormula?(formula: string, numberFormat?: string): Promise<void>;
  /** Web tool: reads the chosen .xlsx into memory; nothing leaves the browser. */
  openFile?(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void>;
  /** Web tool: the workbook with the tables, after generate. */
  download?(): DownloadableFile | null;
}
