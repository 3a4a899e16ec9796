import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { writeSheetsToWorkbook } from "../workbook/exceljs/writeSheets";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { WebWorkbookAdapter } from "./webActions";

function asExcelJs(port: WorkbookPort): ExcelJsWorkbook {
  if (!(port instanceof ExcelJsWorkbook))
    throw new Error("The web tool works on ExcelJS workbooks only");
  return port;
}

/**
 * The web tool's ExcelJS side. Loaded with import() only in a plain browser, so ExcelJS is a
 * chunk of its own and never part of what Excel loads for the add-in.
 */
export const webWorkbookAdapter: WebWorkbookAdapter = {
  open: (bytes) => ExcelJsWorkbook.fromBuffer(bytes),
  empty: async () => new ExcelJsWorkbook(new ExcelJS.Workbook()),
  save: (port) => asExcelJs(port).toBuffer(),
  writeInputSheets: async (port, sheets) =>
    writeSheetsToWorkbook(asExcelJs(port).workbook, sheets, []),
  savedSetting: (port, key) => asExcelJs(port).savedSetting(key),
};
