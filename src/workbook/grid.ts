/** A cell value as a workbook holds it. Errors (#REF!, #DIV/0!) keep their display text. */
export type GridValue = number | string | boolean | null | { error: string };

export interface MergedArea {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A worksheet's used range as plain data, the only thing readers see of a workbook.
 * Row r / column c of the arrays is worksheet row `origin.row + r`, column `origin.col + c` (1-based).
 * Dates arrive as Excel serial numbers.
 */
export interface SheetGrid {
  name: string;
  origin: { row: number; col: number };
  values: GridValue[][];
  numberFormats: string[][];
  /** Formula text ("=SUM(C3:C5)") where the cell has one, else null; values[][] holds the cached result. */
  formulas?: (string | null)[][];
  bold: boolean[][];
  merges: MergedArea[];
}
