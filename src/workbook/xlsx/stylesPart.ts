import type { CellStyle } from "../sheetSpec";
import { attributes, elements, escapeXml, section } from "./xmlText";

/** Number formats Excel knows by id; any other gets a custom id (164 and up). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * The workbook's styles.xml grown by the styles of the generated sheets: every existing entry keeps
 * its index (so every cell of the user's keeps its look); a style is appended only when no entry
 * of the same text exists yet, so regenerating does not grow the part again.
 */
export class StylesPart {
  private xml: string;
  private readonly lists: Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs", string[]>;
  private readonly added: Record<"numFmts" | "fonts" | "fills" | "borders" | "cellXfs", string[]>;
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly defaultFont: { size: string; name: string };
  private readonly byStyle = new Map<string, number>();
  /** The report interns its styles: most cells share a style object, found here without a key. */
  private readonly byObject = new WeakMap<CellStyle, number>();

  constructor(xml: string | null) {
    this.xml = xml ?? EMPTY_STYLES;
    this.lists = {
      numFmts: this.children("numFmts", "numFmt"),
      fonts: this.children("fonts", "font"),
      fills: this.children("fills", "fill"),
      borders: this.children("borders", "border"),
      cellXfs: this.children("cellXfs", "xf"),
    };
    this.added = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
    for (const numFmt of this.lists.numFmts) {
      const attrs = attributes(numFmt);
      const id = Number(attrs.get("numFmtId"));
      this.customFormats.set(attrs.get("formatCode") ?? "", id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    const first = this.lists.fonts[0] ?? "";
    this.defaultFont = {
      size: /<sz\s+val="([^"]+)"/.exec(first)?.[1] ?? "11",
      name: /<name\s+val="([^"]+)"/.exec(first)?.[1] ?? "Calibri",
    };
  }

  /** The cellXfs index of a style (s="…" of a cell). */
  indexOf(style: CellStyle): number {
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const key = JSON.stringify(style);
    let index = this.byStyle.get(key);
    if (index === undefined) {
      index = this.entry("cellXfs", this.xf(style));
      this.byStyle.set(key, index);
    }
    this.byObject.set(style, index);
    return index;
  }

  /** styles.xml with the appended entries and updated counts. */
  toXml(): string {
    let xml = this.xml;
    for (const list of ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const) {
      const added = this.added[list];
      if (added.length === 0) continue;
      const count = this.lists[list].length;
      const place = section(xml, list);
      if (!place) {
        // Only numFmts may be missing: it comes first in the styleSheet.
        const sheetStart = /<styleSheet[^>]*>/.exec(xml)!;
        const at = sheetStart.index + sheetStart[0].length;
        xml = `${xml.slice(0, at)}<${list} count="${count}">${added.join("")}</${list}>${xml.slice(at)}`;
        continue;
      }
      const old = xml.slice(place.start, place.end);
      const openEnd = old.indexOf(">") + 1;
      let open = old.slice(0, openEnd);
      open = /\scount="/.test(open)
        ? open.replace(/\scount="\d*"/, ` count="${count}"`)
        : open.replace(/\/?>$/, ` count="${count}">`);
      const body = old.endsWith("/>") ? "" : old.slice(openEnd, old.length - `</${list}>`.length);
      xml = `${xml.slice(0, place.start)}${open.replace(/\/>$/, ">")}${body}${added.join("")}</${list}>${xml.slice(place.end)}`;
    }
    return xml;
  }

  private children(list: string, child: string): string[] {
    const place = section(this.xml, list);
    if (!place) {
      if (list === "numFmts") return [];
      throw new Error(`styles.xml has no ${list}`);
    }
    return elements(this.xml.slice(place.start, place.end), child).map((element) => element.text);
  }

  /** Index of an entry with this exact text, appended when there is none. */
  private entry(list: keyof StylesPart["lists"], text: string): number {
    const existing = this.lists[list].indexOf(text);
    if (existing >= 0) return existing;
    this.lists[list].push(text);
    this.added[list].push(text);
    return this.lists[list].length - 1;
  }

  private formatId(code: string): number {
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.customFormats.set(code, id);
      this.entry("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private xf(style: CellStyle): string {
    const numFmtId = this.formatId(style.numberFormat ?? "General");
    const fontId = this.entry(
      "fonts",
      `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${style.fontSize ?? this.defaultFont.size}"/><name val="${escapeXml(this.defaultFont.name)}"/><family val="2"/></font>`
    );
    const fillId = style.fill
      ? this.entry(
          "fills",
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`
        )
      : 0;
    const thin = (side: string) => `<${side} style="thin"><color rgb="FF000000"/></${side}>`;
    const borderId = style.border
      ? this.entry(
          "borders",
          `<border>${thin("left")}${thin("right")}${thin("top")}${thin("bottom")}<diagonal/></border>`
        )
      : 0;
    const alignment: string[] = [];
    if (style.align) alignment.push(`horizontal="${style.align}"`);
    else if (style.indent) alignment.push('horizontal="left"'); // an indent needs an alignment
    if (style.verticalAlign) {
      alignment.push(
        `vertical="${style.verticalAlign === "middle" ? "center" : style.verticalAlign}"`
      );
    }
    if (style.wrap) alignment.push('wrapText="1"');
    if (style.indent) alignment.push(`indent="${style.indent}"`);
    const apply = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      ' applyFont="1"',
      fillId !== 0 ? ' applyFill="1"' : "",
      style.border ? ' applyBorder="1"' : "",
      alignment.length > 0 ? ' applyAlignment="1"' : "",
    ].join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    return alignment.length > 0 ? `${head}><alignment ${alignment.join(" ")}/></xf>` : `${head}/>`;
  }
}
