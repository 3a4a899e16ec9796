/** A cell value as a workbook holds it. Errors (#REF!, #DIV/0!) keep their display text. */
export type GridValue = number | string | boolean | null | { error: string };

export interface MergedArea {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One cell that exists in a sheet (has a value or a formula). Dates arrive as Excel serial numbers. */
export interface GridCell {
  /** 1-based worksheet row and column, as the user sees them. */
  row: number;
  col: number;
  value: GridValue;
  /** Number format code ("General", "#,##0", "dd/mm/yyyy"). */
  format: string;
  /** Formula text ("=SUM(C3:C5)") where the cell has one, else null; `value` holds the cached result. */
  formula: string | null;
  bold: boolean;
}

/**
 * A worksheet as plain data, the only thing readers see of a workbook: the cells that exist and
 * nothing else, so a sheet with one cell at XFD1048576 costs one cell, not a used-range array.
 */
export interface SheetGrid {
  name: string;
  /** Cells with a value or a formula, in any order; at most one per address. */
  cells: GridCell[];
  merges: MergedArea[];
  /** 1-based rows and columns the user hid (still read). */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Where a cell's text was longer than Excel allows and was cut (A1 addresses). */
  truncatedCells?: string[];
}

/** Rectangular arrays of a used range (as Excel returns it), starting at `origin` (1-based). */
export interface DenseRange {
  origin: { row: number; col: number };
  values: GridValue[][];
  numberFormats?: (string | undefined)[][];
  formulas?: (string | null | undefined)[][];
  bold?: (boolean | undefined)[][];
}

/** The cells of a used range that hold something: empty cells without a formula are left out. */
export function gridFromRange(name: string, range: DenseRange, merges: MergedArea[]): SheetGrid {
  const cells: GridCell[] = [];
  range.values.forEach((rowValues, r) => {
    rowValues.forEach((value, c) => {
      const formula = range.formulas?.[r]?.[c] ?? null;
      if ((value === null || value === undefined || value === "") && !formula) return;
      cells.push({
        row: range.origin.row + r,
        col: range.origin.col + c,
        value: value ?? null,
        format: range.numberFormats?.[r]?.[c] || "General",
        formula,
        bold: range.bold?.[r]?.[c] === true,
      });
    });
  });
  return { name, cells, merges };
}
