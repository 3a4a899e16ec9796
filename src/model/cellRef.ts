/** Where a value came from, so every finding and every generated formula can point at it. */
export interface CellRef {
  sheet: string;
  /** A1-style address without sheet, e.g. "C12". */
  address: string;
}

/** A number read from a user's cell, with its origin. `value` is null when the cell is empty or unreadable. */
export interface SourcedNumber {
  value: number | null;
  ref: CellRef;
  /** True when the cell showed a percentage (format or "%" in text): value is then the fraction (80% -> 0.8). */
  percent?: boolean;
  /**
   * A figure with no cell of its own, the sum of these cells (the annual realisasi of a budget
   * sheet that has only quarterly columns): formulas refer to them with SUM; `ref` is the first.
   */
  sumOf?: SourcedNumber[];
}

export interface SourcedText {
  text: string;
  ref: CellRef;
}
