import ExcelJS from "exceljs";
import type { SheetGrid } from "../grid";
import type { SheetSpec } from "../sheetSpec";
import type { SheetInfo, WorkbookPort } from "../workbookPort";
import { WorkbookReadError } from "../workbookReadError";
import { XlsxPackage } from "../xlsx/xlsxPackage";
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

/**
 * An .xlsx workbook (command line and web page): the WorkbookPort over a file. Sheets are read
 * from the package itself (src/workbook/xlsx, bounded and independent of ExcelJS); ExcelJS loads
 * the file only when something is written, and from then on holds the workbook in memory.
 */
export class ExcelJsWorkbook implements WorkbookPort {
  private excel: ExcelJS.Workbook | null;

  constructor(
    workbook: ExcelJS.Workbook | null,
    private source: { bytes: Uint8Array; package: XlsxPackage } | null = null
  ) {
    this.excel = workbook;
  }

  /** Opens .xlsx bytes; anything that is not a readable workbook throws a WorkbookReadError. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    return new ExcelJsWorkbook(null, { bytes, package: await XlsxPackage.open(bytes) });
  }

  /** The ExcelJS workbook, once loaded (after a write, or when made in memory). */
  get workbook(): ExcelJS.Workbook {
    if (!this.excel) throw new Error("The workbook has not been loaded into ExcelJS");
    return this.excel;
  }

  private async loadExcel(): Promise<ExcelJS.Workbook> {
    if (this.excel) return this.excel;
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS's typings want a Node Buffer; at run time it accepts any ArrayBuffer view (JSZip).
      await workbook.xlsx.load(this.source!.bytes as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw new WorkbookReadError("read.error.cannotRewrite", {}, { cause: error });
    }
    this.excel = workbook;
    this.source = null;
    return workbook;
  }

  async toBuffer(): Promise<Uint8Array> {
    if (!this.excel && this.source) return this.source.bytes;
    const buffer = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  /**
   * A document setting the add-in saved in the file inside Excel (the pane's choices), read from
   * the package as opened; undefined when there is none or the workbook was made in memory.
   */
  async savedSetting(key: string): Promise<unknown> {
    return this.source ? this.source.package.savedSetting(key) : undefined;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const generated = await this.generatedNames();
    const sheets = this.source
      ? this.source.package.sheets.map((sheet) => ({ name: sheet.name, state: sheet.state }))
      : this.workbook.worksheets.map((sheet) => ({ name: sheet.name, state: sheet.state }));
    return sheets
      .filter((sheet) => !isMarkerSheet(sheet.name))
      .map((sheet) => ({
        name: sheet.name,
        generated: isGeneratedName(sheet.name, generated),
        ...(sheet.state !== "visible" ? { hidden: true } : {}),
      }));
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    const grids: SheetGrid[] = [];
    for (const name of names) grids.push(await this.readSheet(name));
    return grids;
  }

  private async readSheet(name: string): Promise<SheetGrid> {
    if (this.source) return this.source.package.readSheet(name);
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`Sheet "${name}" does not exist`);
    return worksheetToGrid(sheet);
  }

  async writeSheets(sheets: SheetSpec[], replace: string[]): Promise<void> {
    const generated = await this.generatedNames();
    const foreign = replace.filter((name) => !isGeneratedName(name, generated));
    if (foreign.length > 0) {
      throw new Error(
        `Refusing to replace sheets the add-in did not generate: ${foreign.join(", ")}`
      );
    }
    writeSheetsToWorkbook(await this.loadExcel(), sheets, replace);
    this.writeMarker(
      nextGeneratedNames(
        generated,
        replace,
        sheets.map((sheet) => sheet.name)
      )
    );
  }

  private async generatedNames(): Promise<string[]> {
    const exists = this.source
      ? this.source.package.sheets.some((sheet) => isMarkerSheet(sheet.name))
      : this.findSheet(GENERATED_MARKER_SHEET) !== undefined;
    if (!exists) return [];
    const grid = await this.readSheet(GENERATED_MARKER_SHEET);
    const columnA = grid.cells
      .filter((cell) => cell.col === 1)
      .sort((a, b) => a.row - b.row)
      .map((cell) => [cell.value]);
    return parseGeneratedMarker(columnA);
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
