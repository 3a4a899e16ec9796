/**
 * A report table as plain data: what the table says, not how a workbook stores it. Builders in
 * ./tables produce these from the model; renderTable lays one out as a SheetSpec.
 */

/** How a figure is shown. The renderer maps each to an Excel number format code. */
export type ValueFormat = "rupiah" | "percent" | "decimal" | "general" | "integer" | "text";

/** A cell error as Excel displays it ("#DIV/0!"), kept as a value, never thrown. */
export interface ErrorValue {
  error: string;
}

export type FigureValue = number | string | ErrorValue;

/**
 * A computed figure. `formula` is native Excel (English names, "," separators) and may name cells
 * of its own row by their column's key in braces ({capaian}), which the renderer resolves to A1
 * addresses; input cells are named in full ('Realisasi Anggaran 2017'!C5). `value` is the
 * TypeScript core's result, written as the cached value (or alone, in values-only mode).
 */
export interface FigureCell {
  kind: "figure";
  formula: string;
  /** The same figure through the add-in's custom functions (=LKJIP.CAPAIAN(...)), when one exists. */
  functionFormula?: string;
  value: FigureValue;
  format: ValueFormat;
  /** A copy of one input cell (=Sheet!C5), not a computation: tableSkips.ts tells them apart. */
  input?: true;
}

export type TableCell =
  | { kind: "empty" }
  /** Always written as text, whatever it starts with (=, +, -, @ included). */
  | {
      kind: "text";
      text: string;
      bold?: boolean;
      align?: "left" | "center" | "right";
      /** Indent level of left text (kegiatan 1, sub kegiatan 2 under their program). */
      indent?: number;
    }
  | { kind: "number"; value: number; format: ValueFormat }
  /** A value the core could not compute (missing input): shown as the error. */
  | { kind: "error"; error: string }
  | FigureCell;

export interface TableColumn {
  /** The column's name in rows, spans and formulas ({capaian}): letters, digits and "_". */
  key: string;
  header: string;
  /** Columns with the same group next to each other share a merged header row above theirs. */
  group?: string;
  /** Width in characters (of the whole span). */
  width: number;
  /**
   * Sheet columns the column covers, merged (default 1): a block whose columns are fewer than
   * another block's lines up with it, as Tabel 2.2's Program over Sasaran and Indikator.
   */
  span?: number;
}

/** A row's cells by column key; a column the row does not name is empty. */
export type RowCells = Partial<Record<string, TableCell>>;

export interface TableRow {
  cells: RowCells;
  /** Subtotal or total rows (program rows in Tabel 3.2) are bold. */
  emphasis?: boolean;
  /** Column key -> number of rows the cell spans downwards (No, Sasaran over indicators). */
  rowSpans?: Partial<Record<string, number>>;
}

/** One table body with its own header; Tabel 2.2 has two (indicators, then programs). */
export interface TableBlock {
  /** A bold line above the block (sections of the Ringkasan). */
  caption?: string;
  /** The row of column numbers 1 2 3 … under the header, as in the seed; default true. */
  numbered?: boolean;
  columns: TableColumn[];
  rows: TableRow[];
  /** Lines written under the block (e.g. why the program part is missing). */
  notes?: string[];
}

export type TableId =
  | "2.2"
  | "3.1.1"
  | "3.1.2"
  | "3.1.3"
  | "3.1.4"
  | "3.1.5"
  | "3.1.6"
  | "3.1.7"
  | "3.1.8"
  | "3.1.9"
  | "3.2"
  | "lampiran"
  | "triwulan"
  | "pk"
  | "ringkasan";

export interface TableSpec {
  id: TableId;
  /** Preferred worksheet name, table number first ("Tabel 3.1.6"). */
  sheetName: string;
  /** Title block, in order: table number, title, agency, year. */
  titleLines: string[];
  blocks: TableBlock[];
  /** Signature blocks under the table, left and right (the Perjanjian Kinerja has both). */
  signatures?: SignatureBlock[];
}

/** Lines of one signature block, top to bottom; blank lines leave room for the signature. */
export interface SignatureBlock {
  side: "left" | "right";
  lines: { text: string; bold?: boolean }[];
}

/** Why a table was not made: a message key of the report catalogue and its parameters. */
export interface SkipReason {
  reasonKey: string;
  params: Record<string, string | number>;
}

export type BuildResult = { spec: TableSpec } | { skip: SkipReason };
