import type { CellRef, SourcedNumber, SourcedText } from "./cellRef";
import type { IndicatorQuarters, Sifat } from "./quarters";

/** Direction of an indicator: higher is better, or lower is better (two formulas in use). */
export type Arah = "naik" | "turun" | "turun_rasio";

/**
 * Where an indicator's Arah comes from: typed in its cell, inferred from its name (a word of the
 * lower-is-better vocabulary or of the user's "Kamus Arah"), the default naik, or the user's
 * choice in the pane (saved in the workbook).
 */
export type ArahSource = "typed" | "name" | "default" | "user";

export interface Indikator {
  name: SourcedText;
  satuan?: SourcedText;
  arah: Arah;
  /** Absent in models built by hand: typed. */
  arahSource?: ArahSource;
  /** The word of the name the Arah was inferred from (arahSource "name"). */
  arahWord?: string;
  /** Targets and realizations per year, keyed by year. Values as Excel sees them (80% -> 0.8). */
  targets: Record<number, SourcedNumber>;
  realisasi: Record<number, SourcedNumber>;
  targetAkhirRenstra?: SourcedNumber & { year?: number };
  /** The national or provincial standard (Target Nasional, SPM, …), when the sheet has one. */
  standar?: SourcedNumber;
  /** Causes and solutions from columns without a year: taken as the report year's. */
  analisaPenyebab?: SourcedText;
  solusi?: SourcedText;
  /** Causes and solutions from columns of one year ("Penyebab 2018"), keyed by year. */
  analisaPerTahun?: Record<number, SourcedText>;
  solusiPerTahun?: Record<number, SourcedText>;
  /** How the quarters add up; absent when the sheet has no quarterly columns. */
  sifat?: Sifat;
  /** Quarterly targets and realisasi, keyed by year ("Realisasi TW I 2024"). */
  triwulan?: Record<number, IndicatorQuarters>;
  /** Program/Kegiatan names typed in the indicator sheet's "Program Pendukung" column, if any. */
  programPendukung?: SourcedText;
  row: number;
}

export interface Sasaran {
  name: SourcedText;
  /** Tujuan above the sasaran, when the sheet has one (Lampiran Pengukuran Kinerja). */
  tujuan?: SourcedText;
  indikator: Indikator[];
}

export interface IndicatorSheet {
  sheet: string;
  agency?: string;
  sasaran: Sasaran[];
  /** Every year that has a target or a realization column. */
  years: number[];
  /**
   * Target columns for a year after the report year with no realisasi beside them: candidates
   * for the end-of-Renstra target when the sheet has no "Target Akhir Renstra" column.
   */
  renstraCandidates?: RenstraCandidate[];
  /** The candidate year taken as the end-of-Renstra target, if any. */
  renstraYear?: number;
  /** The standard column's header as typed ("Target Nasional", "SPM"), when the sheet has one. */
  standarLabel?: string;
}

export interface RenstraCandidate {
  year: number;
  /** The column's header cell. */
  ref: CellRef;
  label: string;
}

/** Which candidate column is the end-of-Renstra target: the latest (auto), none, or a year. */
export type RenstraChoice = "auto" | "none" | number;

/**
 * One line of a cascading (Matriks Renstra) sheet: this program serves this sasaran, and this
 * indicator of it when the sheet links programs to indicators.
 */
export interface CascadingLink {
  sasaran: string;
  program: string;
  ref: CellRef;
  /** The indicator the program serves, when the sheet has an indicator column beside the sasaran. */
  indikator?: string;
  /** The Tujuan above the sasaran (its text and cell), when the sheet has a Tujuan column. */
  tujuan?: SourcedText;
}

export type AttributionReason =
  "cascading" | "routine" | "singleSasaran" | "unmatched" | "ambiguous" | "user";

/**
 * Attributions the user set by hand in the pane: program name -> the sasaran's name, or null for a
 * supporting program (program pendukung, no sasaran).
 */
export type AttributionChoices = Readonly<Record<string, string | null>>;

/** Which sasaran a budget program is attributed to, and why: shown to the user to check. */
export interface Attribution {
  programName: string;
  programRef: CellRef;
  /** Index into the model's sasaran list; null when the program goes to no sasaran. */
  sasaranIndex: number | null;
  /**
   * Indexes into that sasaran's indicators the program serves, when the cascading sheet links it
   * to indicators; absent: it serves the whole sasaran (every indicator of it).
   */
  indikatorIndexes?: number[];
  reason: AttributionReason;
  /** The name it was matched against (cascading program or sasaran), and how close (1 = exact). */
  matchedName?: string;
  score?: number;
}
