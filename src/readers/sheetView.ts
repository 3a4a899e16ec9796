import type { CellRef } from "../model/cellRef";
import { a1Address } from "../workbook/cellAddress";
import type { GridValue, MergedArea, SheetGrid } from "../workbook/grid";

/** Text that singleSpaced would change: whitespace other than " ", "  ", or a space at either end. */
const NOT_SINGLE_SPACED = /[^\S ]| {2}|^ | $/;

/**
 * Runs of whitespace as one space, trimmed: text.replace(/\s+/g, " ").trim(), without making a
 * new string for the usual text that is single-spaced already.
 */
export function singleSpaced(text: string): string {
  return NOT_SINGLE_SPACED.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/**
 * Worksheet coordinates (1-based rows and columns, as the user sees them) over a SheetGrid, whose
 * arrays start at its origin. Cells outside the grid read as empty, so readers never index out
 * of bounds on a ragged or tiny sheet.
 */
export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  private readonly mergeIndex = new Map<string, MergedArea>();

  constructor(private readonly grid: SheetGrid) {
    this.name = grid.name;
    this.firstRow = grid.origin.row;
    this.firstCol = grid.origin.col;
    this.lastRow = grid.origin.row + grid.values.length - 1;
    const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.lastCol = grid.origin.col + width - 1;
    for (const merge of grid.merges ?? []) {
      // Big merges (a whole title row) are indexed cell by cell; sheets are small enough.
      for (let r = merge.top; r <= merge.bottom; r++) {
        for (let c = merge.left; c <= merge.right; c++) this.mergeIndex.set(`${r}:${c}`, merge);
      }
    }
  }

  raw(row: number, col: number): GridValue {
    const value = this.grid.values[row - this.firstRow]?.[col - this.firstCol];
    return value === undefined ? null : value;
  }

  /** The value shown in a cell: a merged area shows its top-left value in every cell it covers. */
  shown(row: number, col: number): GridValue {
    const merge = this.mergeIndex.get(`${row}:${col}`);
    return merge ? this.raw(merge.top, merge.left) : this.raw(row, col);
  }

  merge(row: number, col: number): MergedArea | undefined {
    return this.mergeIndex.get(`${row}:${col}`);
  }

  format(row: number, col: number): string {
    return this.grid.numberFormats[row - this.firstRow]?.[col - this.firstCol] ?? "General";
  }

  formula(row: number, col: number): string | null {
    return this.grid.formulas?.[row - this.firstRow]?.[col - this.firstCol] ?? null;
  }

  bold(row: number, col: number): boolean {
    return this.grid.bold[row - this.firstRow]?.[col - this.firstCol] === true;
  }

  /** Text of a cell as shown (merge-aware), trimmed; numbers as their plain digits; errors as "". */
  text(row: number, col: number, mergeAware = true): string {
    const value = mergeAware ? this.shown(row, col) : this.raw(row, col);
    if (value === null || typeof value === "object") return "";
    return singleSpaced(String(value));
  }

  isRowEmpty(row: number): boolean {
    for (let c = this.firstCol; c <= this.lastCol; c++) {
      const value = this.raw(row, c);
      if (value !== null && !(typeof value === "string" && value.trim() === "")) return false;
    }
    return true;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, address: a1Address(row, col) };
  }
}
