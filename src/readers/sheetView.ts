import type { CellRef } from "../model/cellRef";
import { a1Address } from "../workbook/cellAddress";
import type { GridCell, GridValue, MergedArea, SheetGrid } from "../workbook/grid";

/** Text that singleSpaced would change: whitespace other than " ", "  ", or a space at either end. */
const NOT_SINGLE_SPACED = /[^\S ]| {2}|^ | $/;

/**
 * Runs of whitespace as one space, trimmed: text.replace(/\s+/g, " ").trim(), without making a
 * new string for the usual text that is single-spaced already.
 */
export function singleSpaced(text: string): string {
  return NOT_SINGLE_SPACED.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** Whether cells are sorted by row then column already (as a worksheet part lists them). */
function inRowOrder(cells: readonly GridCell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (a.row > b.row || (a.row === b.row && a.col >= b.col)) return false;
  }
  return true;
}

/** Views by grid (SheetView.of); a grid is not changed once read. */
const views = new WeakMap<SheetGrid, SheetView>();

/** Rows of merge index entries beyond which only rows holding cells are indexed. */
const MERGE_INDEX_BUDGET = 1_000_000;

/**
 * Worksheet coordinates (1-based rows and columns, as the user sees them) over a sparse SheetGrid.
 * Cells the sheet lacks read as empty, so readers never index out of bounds on a ragged or tiny
 * sheet, and nothing here costs more than the cells and merges that exist.
 */
export class SheetView {
  readonly name: string;
  /** Extent of the cells that exist (an empty sheet has lastRow < firstRow). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
  /** Cells whose text was cut at Excel's limit while reading (A1 addresses). */
  readonly truncatedCells: readonly string[];
  /** Cells sorted by row then column; rowSpans[row] = [start, end) into it. */
  private readonly cells: GridCell[];
  private readonly rowSpans = new Map<number, [number, number]>();
  /** Merged areas covering each row, for rows within the cells' extent. */
  private readonly mergesByRow = new Map<number, MergedArea[]>();

  /** The view of a grid, made once: the readers and the report both look up cells of the same grids. */
  static of(grid: SheetGrid): SheetView {
    let view = views.get(grid);
    if (!view) {
      view = new SheetView(grid);
      views.set(grid, view);
    }
    return view;
  }

  constructor(grid: SheetGrid) {
    this.name = grid.name;
    this.hiddenRows = grid.hiddenRows ?? [];
    this.hiddenColumns = grid.hiddenColumns ?? [];
    this.truncatedCells = grid.truncatedCells ?? [];
    this.cells = inRowOrder(grid.cells)
      ? grid.cells
      : [...grid.cells].sort((a, b) => a.row - b.row || a.col - b.col);
    let firstCol = Infinity;
    let lastCol = 0;
    for (let i = 0; i < this.cells.length; i++) {
      const cell = this.cells[i];
      const span = this.rowSpans.get(cell.row);
      if (span) span[1] = i + 1;
      else this.rowSpans.set(cell.row, [i, i + 1]);
      if (cell.col < firstCol) firstCol = cell.col;
      if (cell.col > lastCol) lastCol = cell.col;
    }
    this.firstRow = this.cells.length > 0 ? this.cells[0].row : 1;
    this.lastRow = this.cells.length > 0 ? this.cells[this.cells.length - 1].row : 0;
    this.firstCol = this.cells.length > 0 ? firstCol : 1;
    this.lastCol = lastCol;
    this.indexMerges(grid.merges ?? []);
  }

  /**
   * Only rows that can hold something are indexed: those within the cells' extent, and when
   * merges cover more rows than the budget (a merge down to row 1 048 576), only rows with cells.
   */
  private indexMerges(merges: MergedArea[]): void {
    let entries = 0;
    for (const merge of merges) {
      entries += Math.max(
        0,
        Math.min(merge.bottom, this.lastRow) - Math.max(merge.top, this.firstRow) + 1
      );
    }
    const everyRow = entries <= MERGE_INDEX_BUDGET;
    const add = (row: number, merge: MergedArea) => {
      const list = this.mergesByRow.get(row);
      if (list) list.push(merge);
      else this.mergesByRow.set(row, [merge]);
    };
    for (const merge of merges) {
      const top = Math.max(merge.top, this.firstRow);
      const bottom = Math.min(merge.bottom, this.lastRow);
      if (everyRow) {
        for (let r = top; r <= bottom; r++) add(r, merge);
      } else {
        for (const row of this.rowSpans.keys()) if (row >= top && row <= bottom) add(row, merge);
      }
    }
  }

  private cell(row: number, col: number): GridCell | undefined {
    const span = this.rowSpans.get(row);
    if (!span) return undefined;
    let low = span[0];
    let high = span[1] - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.cells[middle];
      if (found.col === col) return found;
      if (found.col < col) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** The cells of a row that exist, left to right. */
  rowCells(row: number): readonly GridCell[] {
    const span = this.rowSpans.get(row);
    return span ? this.cells.slice(span[0], span[1]) : [];
  }

  /** Rows holding at least one cell, top to bottom. */
  rowsWithCells(): number[] {
    return [...this.rowSpans.keys()];
  }

  raw(row: number, col: number): GridValue {
    return this.cell(row, col)?.value ?? null;
  }

  /** The value shown in a cell: a merged area shows its top-left value in every cell it covers. */
  shown(row: number, col: number): GridValue {
    const merge = this.merge(row, col);
    return merge ? this.raw(merge.top, merge.left) : this.raw(row, col);
  }

  merge(row: number, col: number): MergedArea | undefined {
    const merges = this.mergesByRow.get(row);
    if (!merges) return undefined;
    for (const merge of merges) if (col >= merge.left && col <= merge.right) return merge;
    return undefined;
  }

  format(row: number, col: number): string {
    return this.cell(row, col)?.format ?? "General";
  }

  formula(row: number, col: number): string | null {
    return this.cell(row, col)?.formula ?? null;
  }

  bold(row: number, col: number): boolean {
    return this.cell(row, col)?.bold === true;
  }

  /** Text of a cell as shown (merge-aware), trimmed; numbers as their plain digits; errors as "". */
  text(row: number, col: number, mergeAware = true): string {
    const value = mergeAware ? this.shown(row, col) : this.raw(row, col);
    if (value === null || typeof value === "object") return "";
    return singleSpaced(String(value));
  }

  isRowEmpty(row: number): boolean {
    const span = this.rowSpans.get(row);
    if (!span) return true;
    for (let i = span[0]; i < span[1]; i++) {
      const value = this.cells[i].value;
      if (value !== null && !(typeof value === "string" && value.trim() === "")) return false;
    }
    return true;
  }

  ref(row: number, col: number): CellRef {
    return { sheet: this.name, address: a1Address(row, col) };
  }
}
