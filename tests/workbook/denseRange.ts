import type { GridValue, SheetGrid } from "../../src/workbook/grid";

/** A sparse grid as the rectangular used range Excel would return for it (for the fakes of Excel). */
export interface DenseGrid {
  origin: { row: number; col: number };
  values: GridValue[][];
  numberFormats: string[][];
  formulas: (string | null)[][];
  bold: boolean[][];
}

export function denseRange(grid: SheetGrid): DenseGrid {
  const rows = grid.cells.map((cell) => cell.row);
  const cols = grid.cells.map((cell) => cell.col);
  const top = rows.length > 0 ? Math.min(...rows) : 1;
  const left = cols.length > 0 ? Math.min(...cols) : 1;
  const height = rows.length > 0 ? Math.max(...rows) - top + 1 : 0;
  const width = cols.length > 0 ? Math.max(...cols) - left + 1 : 0;
  const make = <T>(fill: T): T[][] =>
    Array.from({ length: height }, () => Array<T>(width).fill(fill));
  const dense: DenseGrid = {
    origin: { row: top, col: left },
    values: make<GridValue>(null),
    numberFormats: make("General"),
    formulas: make<string | null>(null),
    bold: make(false),
  };
  for (const cell of grid.cells) {
    const [r, c] = [cell.row - top, cell.col - left];
    dense.values[r][c] = cell.value;
    dense.numberFormats[r][c] = cell.format;
    dense.formulas[r][c] = cell.formula;
    dense.bold[r][c] = cell.bold;
  }
  return dense;
}

/** The value at an A1-style row and column of a sparse grid, null where no cell exists. */
export function valueAt(grid: SheetGrid, row: number, col: number): GridValue {
  return grid.cells.find((cell) => cell.row === row && cell.col === col)?.value ?? null;
}
