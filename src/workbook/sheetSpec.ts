/**
 * A generated sheet as plain data, ready for any adapter to write (Office.js or ExcelJS).
 * Report builders produce TableSpecs; the renderer turns them into SheetSpecs.
 */
export type CellContent =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** A native formula (with leading "=", English function names, "," separators) and its cached result. */
  | { kind: "formula"; formula: string; cached: number | string | null };

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
}

export interface SpecCell {
  content: CellContent;
  style?: CellStyle;
}

export interface SheetSpec {
  name: string;
  /** rows[r][c] is worksheet row r+1, column c+1. */
  rows: SpecCell[][];
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Column widths in characters. */
  columnWidths: number[];
  /** Rows 1..freezeRows stay visible when scrolling. */
  freezeRows?: number;
  /** Rows repeated on every printed page, e.g. [4, 6]. */
  printTitleRows?: [number, number];
  page?: { orientation: "landscape" | "portrait"; paper: "A4"; fitToWidth: boolean };
}
