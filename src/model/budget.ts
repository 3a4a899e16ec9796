import type { CellRef, SourcedNumber, SourcedText } from "./cellRef";
import type { BudgetQuarters } from "./quarters";

export type BudgetLevel = "program" | "kegiatan" | "subKegiatan";

/** One row of a budget realization sheet: a Program, a Kegiatan or a Sub Kegiatan. */
export interface BudgetLine {
  level: BudgetLevel;
  /** The No column as typed ("1", "5") or the SIPD/SIMDA code ("1.06.01.2.01.0001"), when present. */
  number?: string;
  code?: string;
  name: SourcedText;
  pagu: SourcedNumber;
  realisasi: SourcedNumber;
  /** The sheet's own % column, when it has one (fraction). */
  percent?: SourcedNumber;
  /** The sheet's own Sisa column (pagu not spent), when it has one. */
  sisa?: SourcedNumber;
  /** Realisasi per quarter or up to a quarter, when the sheet has such columns. */
  quarters?: BudgetQuarters;
  /** 1-based worksheet row of this line. */
  row: number;
  children: BudgetLine[];
}

export interface BudgetTotal {
  pagu: SourcedNumber;
  realisasi: SourcedNumber;
  row: number;
}

/** A budget realization sheet as the reader understood it. */
export interface Budget {
  sheet: string;
  /** Budget year, from the sheet name, title rows or the user's choice; null when unknown. */
  year: number | null;
  /** Where the year came from, for the Ringkasan. */
  yearSource?: CellRef | "sheetName" | "user";
  agency?: string;
  /** Columns found, so generated formulas can point at the input cells: letter per role. */
  columns: {
    name: string;
    pagu: string;
    /** Absent from a budget with pagu only (Perjanjian Kinerja, DPA). */
    realisasi?: string;
    percent?: string;
    number?: string;
    code?: string;
  };
  programs: BudgetLine[];
  total?: BudgetTotal;
}
