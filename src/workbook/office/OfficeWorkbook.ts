/* global Excel */
import type { SheetGrid } from "../grid";
import type { SheetInfo, WorkbookPort, WritePlan } from "../workbookPort";
import { MARK_NAME, markHolds, parseMark, type SheetVisibility } from "../generatedMarker";
import { readSheetsWithExcel, type ReadReport } from "./readSheets";
import { writeSheetsWithExcel } from "./writeSheets";

/**
 * The open workbook inside Excel, through Office.js. This module is the only one that calls
 * Excel.run for reading; reads are split by size (readSheets.ts), writes by request size (writeSheets.ts).
 */
export class OfficeWorkbook implements WorkbookPort {
  /**
   * Sheets with visibility and the add-in's mark (a sheet-scoped name, see generatedMarker.ts):
   * two syncs, as a sheet's names can be asked for only once the sheets are known.
   */
  async listSheets(): Promise<SheetInfo[]> {
    return Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/visibility");
      await context.sync();
      const marks = worksheets.items.map((sheet) => {
        const name = sheet.names.getItemOrNullObject(MARK_NAME);
        name.load("formula");
        return name;
      });
      await context.sync();
      return worksheets.items.map((sheet, index) => {
        const item = marks[index];
        const found = item.isNullObject ? null : parseMark(item.formula);
        const mark = markHolds(found, sheet.name) ? found : null;
        return {
          name: sheet.name,
          visibility: VISIBILITY[sheet.visibility] ?? "visible",
          mark,
          generated: mark !== null,
        };
      });
    });
  }

  /** Syncs and sheets read without merged areas by the last readSheets (bench, tests). */
  lastRead: ReadReport = { syncs: 0, withoutMerges: [] };

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    const report: ReadReport = { syncs: 0, withoutMerges: [] };
    this.lastRead = report;
    return Excel.run((context) => readSheetsWithExcel(context, names, report));
  }

  async writeSheets(plan: WritePlan): Promise<void> {
    await Excel.run((context) => writeSheetsWithExcel(context, plan));
  }
}

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};
