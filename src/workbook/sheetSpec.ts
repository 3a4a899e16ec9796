/**
 * A generated sheet as plain data, ready for any adapter to write (Office.js or ExcelJS).
 * Report builders produce TableSpecs; the renderer turns them into SheetSpecs.
 */
export type CellContent =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** A native formula (with leading "=", English function names, "," separators) and its cached result. */
  | { kind: "formula"; formula: string; cached: number | string | null | { error: string } }
  /** An error value (#N/A, #DIV/0!) written as such, e.g. where an input is missing. */
  | { kind: "error"; error: string };

export type HorizontalAlign = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  align?: HorizontalAlign;
  verticalAlign?: "top" | "middle" | "bottom";
  numberFormat?: string;
  border?: boolean;
  /** Background as "#RRGGBB". */
  fill?: string;
  fontSize?: number;
  /** Indent of left-aligned text, in Excel's levels (about one character's width each). */
  indent?: number;
}

export interface SpecCell {
  content: CellContent;
  style?: CellStyle;
}

/**
 * What `page.fitToWidth` means to every writer: all columns on one page wide, rows flowing onto as
 * many pages as they need (0 = automatic). One definition, so the adapters cannot disagree.
 */
export const FIT_TO_WIDTH = { pagesWide: 1, pagesTall: 0 } as const;

export interface SheetSpec {
  name: string;
  /** rows[r][c] is worksheet row r+1, column c+1. */
  rows: SpecCell[][];
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Column widths in characters. */
  columnWidths: number[];
  /** Row heights in points where the text needs more than one line (index r = row r+1). */
  rowHeights?: (number | undefined)[];
  /** Rows 1..freezeRows stay visible when scrolling. */
  freezeRows?: number;
  /** Rows repeated on every printed page, e.g. [4, 6]. */
  printTitleRows?: [number, number];
  page?: { orientation: "landscape" | "portrait"; paper: "A4"; fitToWidth: boolean };
  /** Manual page breaks: a printed page ends after each of these rows (1-based, ascending). */
  rowBreaks?: number[];
  /** Make this the active sheet after writing (the Ringkasan, so the user sees the outcome first). */
  activate?: boolean;
  /** Excel tables (ListObjects) over ranges of this sheet, header row first; input template only. */
  tables?: SheetTable[];
  /** In-cell drop-down lists (data validation), e.g. Arah: naik/turun; input template only. */
  validations?: ListValidation[];
}

/** 1-based, inclusive cell rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetTable {
  /** Table name, unique in the workbook, no spaces (e.g. "RealisasiAnggaran"). */
  name: string;
  /** The header row is `range.top`; data rows follow. */
  range: CellRange;
  /** Built-in table style, e.g. "TableStyleMedium2". */
  style?: string;
}

export interface ListValidation {
  range: CellRange;
  /** Allowed values, shown as a drop-down. */
  values: string[];
}
