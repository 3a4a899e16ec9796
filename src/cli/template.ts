import { buildInputTemplate } from "../template/inputTemplate";
import { writeSheetsToWorkbook } from "../workbook/exceljs/writeSheets";

/**
 * The input template as .xlsx bytes: empty, formatted input sheets for the budget year `tahun`.
 * ExcelJS is loaded here, on demand: `lkjip generate` reads and writes files without it, and
 * loading it took about 0.4 s of every run's start.
 */
export async function inputTemplateBytes(tahun?: number): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  writeSheetsToWorkbook(workbook, buildInputTemplate(tahun), []);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
