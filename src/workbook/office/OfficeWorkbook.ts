/* global Excel */
import type { SheetGrid } from "../grid";
import type { SheetInfo, WorkbookPort, WritePlan } from "../workbookPort";
import { MARK_NAME, markHolds, parseMark, type SheetVisibility } from "../generatedMarker";
import { loadedRangeToGrid } from "./officeGrid";
import { writeSheetsWithExcel } from "./writeSheets";

/**
 * The open workbook inside Excel, through Office.js. This module is the only one that calls
 * Excel.run for reading; every read is one batch of loads and one context.sync.
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

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return Excel.run(async (context) => {
      const pending = names.map((name) => {
        // valuesOnly: a sheet formatted down to row 1,048,576 must not be read to its end.
        const range = context.workbook.worksheets.getItem(name).getUsedRange(true);
        range.load("rowIndex,columnIndex,values,valueTypes,numberFormat,formulas");
        // One call returns bold for every cell; range.format.font.bold is null when mixed.
        const bold = range.getCellProperties({ format: { font: { bold: true } } });
        const merged = range.getMergedAreasOrNullObject();
        merged.load("address");
        return { name, range, bold, merged };
      });
      await context.sync();
      return pending.map(({ name, range, bold, merged }) =>
        loadedRangeToGrid(name, {
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          values: range.values,
          valueTypes: range.valueTypes as unknown as string[][],
          numberFormat: range.numberFormat,
          formulas: range.formulas,
          cellProperties: bold.value,
          mergedAddress: merged.isNullObject ? null : merged.address,
        })
      );
    });
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
