import type ExcelJS from "exceljs";
import type { SheetGrid } from "../grid";
import type { SheetInfo, WorkbookPort, WritePlan } from "../workbookPort";
import type { ZipCodec } from "../xlsx/zipCodec";
import { PackageWriter } from "../xlsx/packageWriter";
import { XlsxPackage } from "../xlsx/xlsxPackage";
import { worksheetToGrid } from "./worksheetGrid";

/**
 * An .xlsx workbook (command line and web page): the WorkbookPort over a file. Sheets are read
 * from the package itself (src/workbook/xlsx/xlsxPackage.ts, bounded and independent of ExcelJS);
 * generated sheets are written by splicing parts into the same package
 * (src/workbook/xlsx/packageWriter.ts), so every part of the user's (charts, images, comments,
 * pivots …) comes out byte for byte as it went in. ExcelJS is used only for a workbook made in
 * memory (the input template, tests).
 */
export class ExcelJsWorkbook implements WorkbookPort {
  private excel: ExcelJS.Workbook | null;
  private writer: PackageWriter | null = null;
  /** The writer holds changes the reading package has not seen yet. */
  private written = false;

  constructor(
    workbook: ExcelJS.Workbook | null,
    private source: { bytes: Uint8Array; package: XlsxPackage } | null = null,
    /** How parts are inflated and deflated (the command line passes Node's zlib). */
    private readonly codec: ZipCodec = {}
  ) {
    this.excel = workbook;
  }

  /** Opens .xlsx bytes; anything that is not a readable workbook throws a WorkbookReadError. */
  static async fromBuffer(
    data: ArrayBuffer | Uint8Array,
    codec: ZipCodec = {}
  ): Promise<ExcelJsWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    return new ExcelJsWorkbook(
      null,
      { bytes, package: await XlsxPackage.open(bytes, undefined, codec) },
      codec
    );
  }

  /** The ExcelJS workbook made in memory (the input template); a file's package has none. */
  get workbook(): ExcelJS.Workbook {
    if (!this.excel) throw new Error("The workbook is a file's package, not an ExcelJS workbook");
    return this.excel;
  }

  async toBuffer(): Promise<Uint8Array> {
    if (this.writer) return this.writer.toBytes();
    if (this.source) return this.source.bytes;
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
    const writer = await this.packageWriter();
    return writer.sheets().map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      mark: sheet.mark,
      generated: sheet.mark !== null,
    }));
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    if (this.written) {
      // Read what was written, as a file: the package the writer produced.
      const bytes = await this.writer!.toBytes();
      this.source = { bytes, package: await XlsxPackage.open(bytes, undefined, this.codec) };
      this.excel = null;
      this.written = false;
    }
    const grids: SheetGrid[] = [];
    for (const name of names) grids.push(await this.readSheet(name));
    return grids;
  }

  private async readSheet(name: string): Promise<SheetGrid> {
    if (this.source) return this.source.package.readSheet(name);
    const lower = name.toLowerCase();
    const sheet = this.workbook.worksheets.find((entry) => entry.name.toLowerCase() === lower);
    if (!sheet) throw new Error(`Sheet "${name}" does not exist`);
    return worksheetToGrid(sheet);
  }

  async writeSheets(plan: WritePlan): Promise<void> {
    const writer = await this.packageWriter();
    await writer.apply(plan);
    this.written = true;
  }

  private async packageWriter(): Promise<PackageWriter> {
    if (!this.writer)
      this.writer = await PackageWriter.load(
        await this.toBuffer(),
        this.codec.gzip,
        this.codec.gzipInBackground
      );
    return this.writer;
  }
}
