import ExcelJS from "exceljs";
import type { SheetGrid } from "../grid";
import type { SheetSpec } from "../sheetSpec";
import type { SheetInfo, WorkbookPort } from "../workbookPort";
import {
  GENERATED_MARKER_SHEET,
  isGeneratedName,
  isMarkerSheet,
  markerRows,
  nextGeneratedNames,
  parseGeneratedMarker,
} from "../generatedMarker";
import { worksheetToGrid } from "./worksheetGrid";
import { writeSheetsToWorkbook } from "./writeSheets";

/** An .xlsx workbook in memory (command line and web page): the WorkbookPort over ExcelJS. */
export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const workbook = new ExcelJS.Workbook();
    // ExcelJS's typings want a Node Buffer; at run time it accepts any ArrayBuffer view (JSZip).
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
    return new ExcelJsWorkbook(workbook);
  }

  async toBuffer(): Promise<Uint8Array> {
    const buffer = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const generated = this.generatedNames();
    return this.workbook.worksheets
      .filter((sheet) => !isMarkerSheet(sheet.name))
      .map((sheet) => ({ name: sheet.name, generated: isGeneratedName(sheet.name, generated) }));
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return names.map((name) => {
      const sheet = this.findSheet(name);
      if (!sheet) throw new Error(`Sheet "${name}" does not exist`);
      return worksheetToGrid(sheet);
    });
  }

  async writeSheets(sheets: SheetSpec[], replace: string[]): Promise<void> {
    const generated = this.generatedNames();
    const foreign = replace.filter((name) => !isGeneratedName(name, generated));
    if (foreign.length > 0) {
      throw new Error(
        `Refusing to replace sheets the add-in did not generate: ${foreign.join(", ")}`
      );
    }
    writeSheetsToWorkbook(this.workbook, sheets, replace);
    this.writeMarker(
      nextGeneratedNames(
        generated,
        replace,
        sheets.map((sheet) => sheet.name)
      )
    );
  }

  private generatedNames(): string[] {
    const marker = this.findSheet(GENERATED_MARKER_SHEET);
    return marker ? parseGeneratedMarker(worksheetToGrid(marker).values) : [];
  }

  private writeMarker(names: string[]): void {
    const existing = this.findSheet(GENERATED_MARKER_SHEET);
    if (existing) this.workbook.removeWorksheet(existing.id);
    const marker = this.workbook.addWorksheet(GENERATED_MARKER_SHEET, { state: "veryHidden" });
    markerRows(names).forEach((row, index) => {
      marker.getCell(index + 1, 1).value = row[0];
    });
  }

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }
}
