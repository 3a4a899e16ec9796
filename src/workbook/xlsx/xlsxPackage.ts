import JSZip from "jszip";
import type { SheetGrid } from "../grid";
import { WorkbookReadError } from "../workbookReadError";
import { looksLikeZip, ole2Kind, zipKind, type FileKind } from "./fileKind";
import { readPartText, streamPart, tooLarge, type PackageParts } from "./packagePart";
import { parseRelations, relationsPathOf } from "./packageRelations";
import { READ_LIMITS, ReadBudget, type ReadLimits } from "./readLimits";
import { readSharedStrings } from "./sharedStrings";
import { parseStyles, type CellStyle } from "./styles";
import { WorksheetPartReader } from "./worksheetPart";
import { readWebExtensionSetting } from "./webExtensionSettings";
import { parseXml } from "./xmlStream";
import type { ZipCodec } from "./zipCodec";
import { readZipDirectory, type ZipEntryInfo } from "./zipDirectory";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface PackageSheet {
  name: string;
  state: SheetState;
  /** Package path of the worksheet part. */
  path: string;
}

export interface DefinedName {
  name: string;
  /** Index into the workbook's sheet list (all sheets, chart sheets included) when sheet-scoped. */
  localSheetId: number | null;
  value: string;
}

/** What each kind of file that is not a readable .xlsx is told (message keys of src/i18n). */
const KIND_MESSAGES: Record<Exclude<FileKind, "xlsx">, string> = {
  xls: "read.error.xls",
  encrypted: "read.error.encrypted",
  ods: "read.error.ods",
  xlsb: "read.error.xlsb",
  zipNotWorkbook: "read.error.notWorkbook",
  notWorkbook: "read.error.notWorkbook",
  truncated: "read.error.truncated",
  empty: "read.error.empty",
};

function refuse(kind: Exclude<FileKind, "xlsx">, cause?: unknown): WorkbookReadError {
  return new WorkbookReadError(KIND_MESSAGES[kind], {}, { cause });
}

/**
 * An .xlsx file read straight from its package parts (JSZip + a streaming XML parser), without
 * ExcelJS: cells, number formats, bold, merges, hidden rows and columns, sheet visibility. Parts the
 * tool does not need (charts, drawings, pivots) are never parsed, so they cannot stop a read. Every
 * read is bounded by READ_LIMITS; whatever is not a readable workbook is a WorkbookReadError.
 */
export class XlsxPackage {
  private styles: ((index: number) => CellStyle) | null = null;
  private sharedStrings: string[] | null = null;

  private constructor(
    private readonly parts: PackageParts,
    private readonly declaredSizes: Map<string, number>,
    private readonly budget: ReadBudget,
    private readonly workbookPath: string,
    private readonly stylesPath: string | null,
    private readonly sharedStringsPath: string | null,
    /** Worksheets in workbook order (chart sheets left out). */
    readonly sheets: PackageSheet[],
    readonly definedNames: DefinedName[],
    readonly date1904: boolean
  ) {}

  static async open(
    bytes: Uint8Array,
    limits: ReadLimits = READ_LIMITS,
    codec: ZipCodec = {}
  ): Promise<XlsxPackage> {
    if (bytes.length === 0) throw refuse("empty");
    if (bytes.length > limits.fileBytes) throw tooLarge(limits.fileBytes);
    const ole2 = ole2Kind(bytes);
    if (ole2) throw refuse(ole2 as Exclude<FileKind, "xlsx">);
    if (!looksLikeZip(bytes)) throw refuse("notWorkbook");
    const entries = readZipDirectory(bytes);
    if (!entries) throw refuse("truncated");
    if (entries.length > limits.entries) throw tooLarge(limits.totalBytes);
    if (entries.some((entry) => entry.encrypted)) throw refuse("encrypted");
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      throw refuse("truncated", error);
    }
    const budget = new ReadBudget(limits);
    const declaredSizes = new Map(
      entries.map((entry: ZipEntryInfo) => [entry.name, entry.uncompressedSize])
    );
    const parts: PackageParts = codec.inflateRaw
      ? {
          zip,
          native: {
            bytes,
            entries: new Map(entries.map((entry) => [entry.name, entry])),
            inflateRaw: codec.inflateRaw,
          },
        }
      : { zip };
    const mimetype =
      declaredSizes.has("mimetype") && (declaredSizes.get("mimetype") ?? 0) < 256
        ? await readPartText(parts, "mimetype", budget)
        : null;
    const kind = zipKind(entries, mimetype);
    if (kind !== "xlsx") throw refuse(kind);
    return XlsxPackage.openWorkbook(parts, declaredSizes, budget);
  }

  private static async openWorkbook(
    parts: PackageParts,
    declaredSizes: Map<string, number>,
    budget: ReadBudget
  ): Promise<XlsxPackage> {
    const small = async (path: string) => {
      checkDeclared(declaredSizes, path, budget);
      return readPartText(parts, path, budget);
    };
    const rootRelations = parseRelations(await small("_rels/.rels"), "");
    const workbookPath =
      rootRelations.find((relation) => relation.type === "officeDocument")?.path ??
      "xl/workbook.xml";
    const workbookXml = await small(workbookPath);
    if (workbookXml === null) throw refuse("notWorkbook");
    const relations = parseRelations(await small(relationsPathOf(workbookPath)), workbookPath);
    const byId = new Map(relations.map((relation) => [relation.id, relation]));
    const sheets: PackageSheet[] = [];
    const definedNames: DefinedName[] = [];
    let date1904 = false;
    let name: { name: string; localSheetId: number | null; text: string[] } | null = null;
    parseXml(workbookXml, {
      open(tag, attributes) {
        if (tag === "sheet") {
          const relation = byId.get(attributes["r:id"] ?? attributes.id ?? "");
          if (relation?.type !== "worksheet") return;
          const state =
            attributes.state === "hidden" || attributes.state === "veryHidden"
              ? attributes.state
              : "visible";
          sheets.push({ name: attributes.name ?? "", state, path: relation.path });
        } else if (tag === "workbookPr") {
          date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
        } else if (tag === "definedName") {
          const local = attributes.localSheetId;
          name = {
            name: attributes.name ?? "",
            localSheetId: local === undefined ? null : Number(local),
            text: [],
          };
        }
      },
      text(text) {
        name?.text.push(text);
      },
      close(tag) {
        if (tag === "definedName" && name) {
          definedNames.push({
            name: name.name,
            localSheetId: name.localSheetId,
            value: name.text.join(""),
          });
          name = null;
        }
      },
    });
    const target = (type: string) =>
      relations.find((relation) => relation.type === type)?.path ?? null;
    return new XlsxPackage(
      parts,
      declaredSizes,
      budget,
      workbookPath,
      target("styles"),
      target("sharedStrings"),
      sheets,
      definedNames,
      date1904
    );
  }

  /** The named worksheet (case-insensitive, as Excel compares names) as a sparse grid. */
  async readSheet(name: string): Promise<SheetGrid> {
    const lower = name.toLowerCase();
    const sheet = this.sheets.find((candidate) => candidate.name.toLowerCase() === lower);
    if (!sheet) throw new Error(`Sheet "${name}" does not exist`);
    const context = {
      sharedStrings: await this.loadSharedStrings(),
      style: await this.loadStyles(),
      budget: this.budget,
    };
    checkDeclared(this.declaredSizes, sheet.path, this.budget);
    const reader = new WorksheetPartReader(sheet.name, context);
    const found = await streamPart(this.parts, sheet.path, this.budget, (text) =>
      reader.write(text)
    );
    if (!found) throw new WorkbookReadError("read.error.damaged", { part: sheet.path });
    return reader.finish();
  }

  /** A document setting an add-in saved in the workbook (Office.context.document.settings), or undefined. */
  savedSetting(key: string): Promise<unknown> {
    return readWebExtensionSetting(this.parts, this.declaredSizes.keys(), key, this.budget);
  }

  private async loadSharedStrings(): Promise<string[]> {
    if (!this.sharedStrings) {
      if (this.sharedStringsPath)
        checkDeclared(this.declaredSizes, this.sharedStringsPath, this.budget);
      this.sharedStrings = await readSharedStrings(this.parts, this.sharedStringsPath, this.budget);
    }
    return this.sharedStrings;
  }

  private async loadStyles(): Promise<(index: number) => CellStyle> {
    if (!this.styles) {
      const xml = this.stylesPath
        ? (checkDeclared(this.declaredSizes, this.stylesPath, this.budget),
          await readPartText(this.parts, this.stylesPath, this.budget))
        : null;
      this.styles = parseStyles(xml);
    }
    return this.styles;
  }
}

/** Refuses before inflating a part whose declared size is over the limit (counting still follows). */
function checkDeclared(sizes: Map<string, number>, path: string, budget: ReadBudget): void {
  const declared = sizes.get(path);
  if (declared !== undefined && declared > budget.limits.partBytes) {
    throw tooLarge(budget.limits.partBytes);
  }
}
