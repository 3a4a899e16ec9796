import type { SheetGrid } from "./grid";
import type { SheetSpec } from "./sheetSpec";

/**
 * The few operations the pipeline needs from a workbook. Adapters: office/ (Excel.run inside Excel)
 * and exceljs/ (.xlsx files on disk or in the browser). The pipeline never touches either library.
 */
export interface WorkbookPort {
  /** Names of all worksheets in workbook order, with whether the add-in generated each one. */
  listSheets(): Promise<SheetInfo[]>;
  /** Used ranges of the named sheets, read in one batch (one context.sync in Excel). */
  readSheets(names: string[]): Promise<SheetGrid[]>;
  /**
   * Writes generated sheets in one batch. Replaces only sheets in `replace`, which must be sheets the
   * add-in generated; marks every written sheet as generated. Never touches any other sheet.
   */
  writeSheets(sheets: SheetSpec[], replace: string[]): Promise<void>;
}

export interface SheetInfo {
  name: string;
  generated: boolean;
  /** Hidden by the user: not read as an input unless picked by name. */
  hidden?: boolean;
}
