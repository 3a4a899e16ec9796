import type { SheetMark, SheetVisibility } from "./generatedMarker";
import type { SheetGrid } from "./grid";
import type { SheetSpec } from "./sheetSpec";

/**
 * The few operations the pipeline needs from a workbook. Adapters: office/ (Excel.run inside Excel)
 * and exceljs/ (.xlsx files on disk or in the browser). The pipeline never touches either library.
 */
export interface WorkbookPort {
  /** All worksheets in workbook order, with their visibility and the add-in's mark where one holds. */
  listSheets(): Promise<SheetInfo[]>;
  /** Used ranges of the named sheets, read in one batch (one context.sync in Excel). */
  readSheets(names: string[]): Promise<SheetGrid[]>;
  /**
   * Carries out a write plan in one batch. Touches only the sheets the plan names, each of which
   * listSheets reported as carrying the add-in's mark (or the legacy marker sheet): never a user's.
   */
  writeSheets(plan: WritePlan): Promise<void>;
}

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  /**
   * The add-in's mark when the sheet carries one that holds for this name (see generatedMarker.ts);
   * also set, with a null fingerprint, on sheets a provably-ours legacy marker sheet lists.
   */
  mark: SheetMark | null;
  /** True when `mark` is set: the add-in wrote this sheet. Everything else is the user's. */
  generated: boolean;
  /** The legacy "_lkjip" marker sheet, provably the add-in's: removed by the next write. */
  legacyMarker?: boolean;
}

/**
 * What a write does, decided by the pipeline (src/workbook/writePlan.ts) from listSheets and the
 * fingerprints of the generated sheets as they are now.
 */
export interface WritePlan {
  /** Identifies this generation in every sheet's mark. */
  generation: string;
  /**
   * Sheets to write, in order. A sheet whose name is in `update` is rewritten in place (same sheet,
   * same position: the user's formulas that refer to it keep working); any other is added at the end.
   * Each written sheet gets the mark with `fingerprintSpec` of its spec. Taken once, in order, as
   * the sheets are written: the pipeline lays each one out only when it is asked for, so a long
   * table can be written and let go before the next is laid out.
   */
  sheets: Iterable<SheetSpec>;
  /** Generated sheets, unchanged since written, that `sheets` rewrites in place. */
  update: string[];
  /**
   * Generated sheets the user has edited since: renamed to `to` and stripped of the mark, so they
   * are the user's from now on. Done before anything is added (the new sheet may take the old name).
   */
  keep: { sheet: string; to: string; marked: boolean }[];
  /** Unchanged generated sheets no longer made (and the legacy marker sheet): deleted, after the adds. */
  remove: string[];
}
