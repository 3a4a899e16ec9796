/* global TextEncoder */
import JSZip from "jszip";
import {
  fingerprintSpec,
  MARK_NAME,
  markConstant,
  type SheetMark,
  type SheetVisibility,
} from "../generatedMarker";
import type { WritePlan } from "../workbookPort";
import { inflateRaw } from "pako";
import {
  deflate,
  deflateInBackground,
  DEFLATE_LEVEL,
  pakoGzip1,
  type DeflatedBytes,
  type Gzip,
  type GzipInBackground,
} from "./zipCodec";
import { sheetXmlBytes } from "./sheetXml";
import { StylesPart } from "./stylesPart";
import { WorkbookPart, type WorkbookSheet } from "./workbookPart";
import { attributes, elements, escapeXml, section, startTag } from "./xmlText";
import { readZipLayout } from "./zipDirectory";
import { writeZip, ZipWriteUnsupported, type ZipPart } from "./zipWriter";

const REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_TYPES}/worksheet`;
const STYLES_TYPE = `${REL_TYPES}/styles`;
const CALC_CHAIN_TYPE = `${REL_TYPES}/calcChain`;
const CONTENT_TYPES = "[Content_Types].xml";
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** A worksheet as the package lists it. */
export interface ListedSheet {
  name: string;
  visibility: SheetVisibility;
  /** The add-in's mark; its fingerprint is dropped (content unknown) when the sheet has parts of its own. */
  mark: SheetMark | null;
}

interface Relationship {
  attrs: Map<string, string>;
}

/**
 * An .xlsx package edited in place: the generated sheets are written as parts of their own and
 * spliced into the user's zip. Every other part is carried over as it was (JSZip copies an
 * untouched entry's compressed bytes); only [Content_Types].xml, xl/workbook.xml, its
 * relationships and styles.xml (which only grows) are rewritten, and xl/calcChain.xml (a cache
 * Excel rebuilds) is dropped when a sheet with formulas is rewritten or removed.
 *
 * JSZip holds the package while it is edited, the generated sheets excepted: each is deflated as
 * it is written (with `gzipInBackground` where given: Node's zlib on its thread pool from the
 * command line; else with `gzip`). The bytes are written by zipWriter.ts, which copies every
 * untouched entry as it is. A zip it cannot copy (zip64) goes through JSZip instead, the sheets'
 * XML inflated back into it.
 */
export class PackageWriter {
  /**
   * Parts written since loading: XML text (written as UTF-8), or a generated sheet, deflated as soon
   * as it is written so that its XML (tens of megabytes for a long table) does not wait in memory,
   * in the background where the codec can (until `toBytes`, a promise).
   */
  private readonly written = new Map<string, string | DeflatedBytes | Promise<DeflatedBytes>>();
  private readonly removed = new Set<string>();

  private constructor(
    private readonly source: Uint8Array,
    private readonly gzip: Gzip,
    private readonly gzipInBackground: GzipInBackground | undefined,
    private readonly zip: JSZip,
    private readonly workbookPath: string,
    private workbook: WorkbookPart,
    private rels: Relationship[],
    private readonly relsXml: string,
    private contentTypes: string
  ) {}

  static async load(
    data: Uint8Array | ArrayBuffer,
    gzip: Gzip = pakoGzip1,
    gzipInBackground?: GzipInBackground
  ): Promise<PackageWriter> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const zip = await JSZip.loadAsync(bytes);
    const rootRels = await text(zip, "_rels/.rels");
    const officeDocument = elements(rootRels ?? "", "Relationship")
      .map((element) => attributes(element.tag))
      .find((attrs) => attrs.get("Type")?.endsWith("/officeDocument"));
    const workbookPath = resolve("", officeDocument?.get("Target") ?? "xl/workbook.xml");
    const workbookXml = await text(zip, workbookPath);
    if (workbookXml === null) throw new Error("The package has no workbook part");
    const relsXml = (await text(zip, relsPathOf(workbookPath))) ?? emptyRels();
    const rels = elements(relsXml, "Relationship").map((element) => ({
      attrs: attributes(element.tag),
    }));
    const contentTypes = await text(zip, CONTENT_TYPES);
    if (contentTypes === null) throw new Error("The package has no [Content_Types].xml");
    return new PackageWriter(
      bytes,
      gzip,
      gzipInBackground,
      zip,
      workbookPath,
      new WorkbookPart(workbookXml),
      rels,
      relsXml,
      contentTypes
    );
  }

  /** Sheets in workbook order, with visibility and mark. */
  sheets(): ListedSheet[] {
    return this.workbook.sheets.map((sheet) => {
      const mark = this.workbook.mark(sheet);
      const part = this.partOf(sheet);
      // A comment, a drawing or anything else the user attached lives in parts of the sheet's own:
      // a rewrite would lose it, so such a sheet counts as edited.
      const attached = part !== null && this.zip.file(relsPathOf(part)) !== null;
      return {
        name: this.workbook.nameOf(sheet),
        visibility: this.workbook.visibility(sheet),
        mark: mark && attached ? { ...mark, fingerprint: null } : mark,
      };
    });
  }

  /** Carries out a write plan (see WorkbookPort.writeSheets). */
  async apply(plan: WritePlan): Promise<void> {
    const workbook = this.workbook;
    const ours = (name: string): WorkbookSheet => {
      const sheet = workbook.find(name);
      if (!sheet || !workbook.mark(sheet)) {
        if (sheet && workbook.nameOf(sheet) === "_lkjip" && plan.remove.includes(name))
          return sheet;
        throw new Error(`Refusing to change sheet "${name}": the add-in did not generate it`);
      }
      return sheet;
    };
    const updated = plan.update.map(ours);
    const kept = plan.keep.map((entry) => ({ sheet: ours(entry.sheet), to: entry.to }));
    const removed = plan.remove.map(ours);
    for (const { sheet, to } of kept) {
      workbook.dropLocal(sheet, MARK_NAME);
      if (to !== workbook.nameOf(sheet)) workbook.rename(sheet, to);
    }
    const stylesPath = this.stylesPath();
    const styles = new StylesPart(stylesPath ? await text(this.zip, stylesPath) : null);
    let activate: WorkbookSheet | undefined;
    for (const spec of plan.sheets) {
      let sheet = updated.find(
        (entry) => workbook.nameOf(entry).toLowerCase() === spec.name.toLowerCase()
      );
      let part: string;
      if (sheet) {
        part = this.partOf(sheet)!;
      } else {
        if (workbook.find(spec.name))
          throw new Error(`Sheet "${spec.name}" exists and is not the add-in's`);
        part = this.newPartPath();
        const relId = this.newRelId();
        this.rels.push({
          attrs: new Map([
            ["Id", relId],
            ["Type", WORKSHEET_TYPE],
            ["Target", relativeTarget(this.workbookPath, part)],
          ]),
        });
        this.setContentType(part, WORKSHEET_CONTENT);
        sheet = workbook.add(spec.name, workbook.nextSheetId(), relId);
      }
      this.putSheet(
        part,
        sheetXmlBytes(spec, (style) => styles.indexOf(style))
      );
      const mark = {
        generation: plan.generation,
        fingerprint: fingerprintSpec(spec),
        name: spec.name,
      };
      workbook.setLocal(sheet, MARK_NAME, markConstant(mark), true);
      workbook.dropLocal(sheet, "_xlnm.Print_Titles");
      if (spec.printTitleRows) {
        const [top, bottom] = spec.printTitleRows;
        const quoted = `'${spec.name.replace(/'/g, "''")}'`;
        workbook.setLocal(sheet, "_xlnm.Print_Titles", `${quoted}!$${top}:$${bottom}`, false);
      }
      if (spec.activate) activate = sheet;
    }
    for (const sheet of removed) this.removeSheet(sheet);
    if (updated.length > 0 || removed.length > 0) this.dropCalcChain();
    this.put(stylesPath ?? this.addStylesPart(), styles.toXml());
    this.put(this.workbookPath, workbook.toXml(activate));
    this.put(relsPathOf(this.workbookPath), this.relsToXml());
    this.put(CONTENT_TYPES, this.contentTypes);
    // The edited workbook part is the new starting point for another apply.
    this.workbook = new WorkbookPart((await text(this.zip, this.workbookPath))!);
  }

  /** The package's bytes: the user's entries as they came, the written parts deflated. */
  async toBytes(): Promise<Uint8Array> {
    const written = new Map<string, string | DeflatedBytes>();
    for (const [name, content] of this.written) written.set(name, await content);
    const layout = readZipLayout(this.source);
    if (layout) {
      const encoder = new TextEncoder();
      const part = (name: string, content: string | DeflatedBytes): ZipPart =>
        typeof content === "string"
          ? { name, data: encoder.encode(content) }
          : { name, deflated: content };
      const listed = new Set(layout.entries.map((entry) => entry.name));
      const parts: ZipPart[] = [];
      for (const entry of layout.entries) {
        if (this.removed.has(entry.name)) continue;
        const content = written.get(entry.name);
        parts.push(content === undefined ? { copy: entry } : part(entry.name, content));
      }
      for (const [name, content] of written) {
        if (!listed.has(name)) parts.push(part(name, content));
      }
      try {
        return writeZip(this.source, layout, parts, this.gzip, new Date());
      } catch (error) {
        if (!(error instanceof ZipWriteUnsupported)) throw error;
      }
    }
    // JSZip also reuses an untouched entry's compressed bytes; it is given the sheets' XML back.
    for (const [name, content] of written) {
      if (typeof content !== "string") this.zip.file(name, inflateRaw(content.compressed));
    }
    return this.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: DEFLATE_LEVEL },
    });
  }

  /** Writes a part (kept in JSZip too, where the writer reads it back). */
  private put(path: string, content: string): void {
    this.zip.file(path, content);
    this.written.set(path, content);
    this.removed.delete(path);
  }

  /**
   * Writes a generated sheet's XML, deflated at once (in the background where the codec can);
   * JSZip's copy (never read back) is dropped.
   */
  private putSheet(path: string, xml: Uint8Array): void {
    this.zip.remove(path);
    if (this.gzipInBackground) {
      const deflating = deflateInBackground(xml, this.gzipInBackground);
      // A failure is thrown by toBytes; until then it must not count as unhandled.
      deflating.catch(() => undefined);
      this.written.set(path, deflating);
    } else {
      this.written.set(path, deflate(xml, this.gzip));
    }
    this.removed.delete(path);
  }

  private drop(path: string): void {
    this.zip.remove(path);
    this.written.delete(path);
    this.removed.add(path);
  }

  private partOf(sheet: WorkbookSheet): string | null {
    const rel = this.rels.find((entry) => entry.attrs.get("Id") === this.workbook.relId(sheet));
    const target = rel?.attrs.get("Target");
    return target ? resolve(dirOf(this.workbookPath), target) : null;
  }

  private removeSheet(sheet: WorkbookSheet): void {
    const part = this.partOf(sheet);
    const relId = this.workbook.relId(sheet);
    this.workbook.remove(sheet);
    this.rels = this.rels.filter((entry) => entry.attrs.get("Id") !== relId);
    if (part) {
      this.drop(part);
      this.drop(relsPathOf(part));
      this.removeContentType(part);
    }
  }

  private dropCalcChain(): void {
    const rel = this.rels.find((entry) => entry.attrs.get("Type") === CALC_CHAIN_TYPE);
    if (!rel) return;
    const part = resolve(dirOf(this.workbookPath), rel.attrs.get("Target") ?? "");
    this.rels = this.rels.filter((entry) => entry !== rel);
    this.drop(part);
    this.removeContentType(part);
  }

  private stylesPath(): string | null {
    const rel = this.rels.find((entry) => entry.attrs.get("Type") === STYLES_TYPE);
    return rel ? resolve(dirOf(this.workbookPath), rel.attrs.get("Target") ?? "") : null;
  }

  private addStylesPart(): string {
    const part = `${dirOf(this.workbookPath)}styles.xml`;
    this.rels.push({
      attrs: new Map([
        ["Id", this.newRelId()],
        ["Type", STYLES_TYPE],
        ["Target", relativeTarget(this.workbookPath, part)],
      ]),
    });
    this.setContentType(part, STYLES_CONTENT);
    return part;
  }

  private newPartPath(): string {
    const dir = `${dirOf(this.workbookPath)}worksheets/`;
    for (let n = 1; ; n++) {
      const path = `${dir}sheet${n}.xml`;
      if (!this.zip.file(path) && !this.written.has(path)) return path;
    }
  }

  private newRelId(): string {
    const ids = new Set(this.rels.map((entry) => entry.attrs.get("Id")));
    for (let n = this.rels.length + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
  }

  private relsToXml(): string {
    const place = section(this.relsXml, "Relationships");
    const body = this.rels.map((entry) => startTag("Relationship", entry.attrs, true)).join("");
    if (!place) return emptyRels().replace("</Relationships>", `${body}</Relationships>`);
    const open = /<Relationships[^>]*>/
      .exec(this.relsXml.slice(place.start))![0]
      .replace(/\/>$/, ">");
    return `${this.relsXml.slice(0, place.start)}${open}${body}</Relationships>${this.relsXml.slice(place.end)}`;
  }

  private setContentType(part: string, type: string): void {
    const override = `<Override PartName="${escapeXml(`/${part}`)}" ContentType="${type}"/>`;
    this.contentTypes = this.contentTypes.replace("</Types>", `${override}</Types>`);
  }

  private removeContentType(part: string): void {
    const found = elements(this.contentTypes, "Override").find(
      (element) =>
        attributes(element.tag).get("PartName")?.toLowerCase() === `/${part}`.toLowerCase()
    );
    if (found) this.contentTypes = this.contentTypes.replace(found.text, "");
  }
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
}

/** A relationship target resolved against the source part's folder, as a zip path. */
function resolve(base: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const path: string[] = [];
  for (const segment of segments) {
    if (segment === "..") path.pop();
    else if (segment !== "." && segment !== "") path.push(segment);
  }
  return path.join("/");
}

function relativeTarget(source: string, part: string): string {
  const dir = dirOf(source);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}
