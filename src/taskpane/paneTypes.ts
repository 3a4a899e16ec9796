import type { Language } from "../i18n/language";
import type { CellRef } from "../model/cellRef";
import type { Finding } from "../model/finding";
import type { Arah, ArahSource, AttributionReason, RenstraCandidate } from "../model/indicators";
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

/** An indicator whose Arah was not typed: the pane lists it to confirm or change. */
export interface ArahItem {
  name: string;
  ref: CellRef;
  /** As read, before the user's choice: inferred from the name, or the default naik. */
  arah: Arah;
  source: Exclude<ArahSource, "typed" | "user">;
  /** The word of the name it was inferred from. */
  word?: string;
}

/** Target columns that may be the end-of-Renstra target, when the sheet has no such column. */
export interface RenstraView {
  candidates: RenstraCandidate[];
  /** The year the readers took by default (the latest candidate). */
  latest: number;
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
  /** The indicator sheet's sasaran, in order: what a program can be attributed to by hand. */
  sasaranNames?: string[];
  /** Indicators without a typed Arah, to confirm or change (choices.arah). */
  arahList?: ArahItem[];
  /** End-of-Renstra target candidates by evidence (choices.renstra); absent when none. */
  renstra?: RenstraView;
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
  /** Generated sheets the user had edited, kept as theirs: the message to show, in their language. */
  kept: string[];
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
  /**
   * Web tool: reads the chosen .xlsx into memory; nothing leaves the browser. Resolves to the
   * choices the pane saved in that workbook inside Excel, or null when it saved none.
   */
  openFile?(file: {
    name: string;
    /** Bytes, when the browser knows it (File.size): checked before reading. */
    size?: number;
    arrayBuffer(): Promise<ArrayBuffer>;
  }): Promise<PaneChoices | null>;
  /** Web tool: the workbook with the tables, after generate. */
  download?(): DownloadableFile | null;
}
