import ExcelJS from "exceljs";
import { buildInputTemplate } from "../template/inputTemplate";
import { writeSheetsToWorkbook } from "../workbook/exceljs/writeSheets";

/** The input template as .xlsx bytes: empty, formatted input sheets for the budget year `tahun`. */
export async function inputTemplateBytes(tahun?: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeSheetsToWorkbook(workbook, buildInputTemplate(tahun), []);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
