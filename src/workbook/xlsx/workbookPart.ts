import {
  MARK_NAME,
  markHolds,
  parseMark,
  type SheetMark,
  type SheetVisibility,
} from "../generatedMarker";
import { attributes, elements, escapeXml, section, startTag, unescapeXml } from "./xmlText";

/** A defined name; `inner` is its formula as stored (XML-escaped). */
export interface DefinedName {
  attrs: Map<string, string>;
  inner: string;
}

/** One <sheet> of workbook.xml with the defined names scoped to it (localSheetId is its position). */
export interface WorkbookSheet {
  attrs: Map<string, string>;
  local: DefinedName[];
}

/**
 * xl/workbook.xml as the package writer edits it: the sheet list and the defined names, the rest
 * of the part kept as it is. Sheet-scoped names travel with their sheet, so removing a sheet
 * renumbers every other sheet's names (localSheetId is a position, not an id).
 */
export class WorkbookPart {
  readonly sheets: WorkbookSheet[];
  readonly globalNames: DefinedName[] = [];
  /** The relationships namespace prefix workbook.xml uses for r:id. */
  readonly relPrefix: string;
  private readonly activeSheet: WorkbookSheet | undefined;

  private readonly xml: string;

  constructor(xml: string) {
    // A workbook without sheets (ExcelJS writes one) gets an empty list to add to, where the
    // schema wants it: before whatever follows <sheets>.
    this.xml = section(xml, "sheets") ? xml : xml.replace(AFTER_SHEETS, "<sheets/>$1");
    const sheetsPlace = section(this.xml, "sheets");
    if (!sheetsPlace) throw new Error("workbook.xml has no sheets");
    this.sheets = elements(this.xml.slice(sheetsPlace.start, sheetsPlace.end), "sheet").map(
      (element) => ({ attrs: attributes(element.tag), local: [] })
    );
    const namesPlace = section(this.xml, "definedNames");
    if (namesPlace) {
      for (const element of elements(
        this.xml.slice(namesPlace.start, namesPlace.end),
        "definedName"
      )) {
        const name: DefinedName = { attrs: attributes(element.tag), inner: element.inner };
        const local = name.attrs.get("localSheetId");
        const sheet = local === undefined ? undefined : this.sheets[Number(local)];
        if (sheet) sheet.local.push(name);
        else this.globalNames.push(name);
      }
    }
    const idKey = [...(this.sheets[0]?.attrs.keys() ?? [])].find((key) => key.endsWith(":id"));
    this.relPrefix = idKey ? idKey.slice(0, -3) : "r";
    const view = elements(this.xml, "workbookView")[0];
    const activeTab = view ? Number(attributes(view.tag).get("activeTab") ?? 0) : 0;
    this.activeSheet = this.sheets[activeTab];
  }

  nameOf(sheet: WorkbookSheet): string {
    return sheet.attrs.get("name") ?? "";
  }

  relId(sheet: WorkbookSheet): string {
    return sheet.attrs.get(`${this.relPrefix}:id`) ?? "";
  }

  visibility(sheet: WorkbookSheet): SheetVisibility {
    const state = sheet.attrs.get("state");
    return state === "hidden" || state === "veryHidden" ? state : "visible";
  }

  /** The add-in's mark on this sheet, when it has one that holds for the sheet's name. */
  mark(sheet: WorkbookSheet): SheetMark | null {
    const name = sheet.local.find((entry) => entry.attrs.get("name")?.toLowerCase() === MARK_NAME);
    const mark = name ? parseMark(unescapeXml(name.inner)) : null;
    return markHolds(mark, this.nameOf(sheet)) ? mark : null;
  }

  find(name: string): WorkbookSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => this.nameOf(sheet).toLowerCase() === lower);
  }

  /** Removes the sheet's names called `name` (the mark, the print titles). */
  dropLocal(sheet: WorkbookSheet, name: string): void {
    sheet.local = sheet.local.filter(
      (entry) => entry.attrs.get("name")?.toLowerCase() !== name.toLowerCase()
    );
  }

  setLocal(sheet: WorkbookSheet, name: string, formula: string, hidden: boolean): void {
    this.dropLocal(sheet, name);
    const attrs = new Map([["name", name]]);
    if (hidden) attrs.set("hidden", "1");
    sheet.local.push({ attrs, inner: escapeXml(formula) });
  }

  /** Renames a sheet, and the references to it in every defined name, as Excel does. */
  rename(sheet: WorkbookSheet, to: string): void {
    const from = this.nameOf(sheet);
    sheet.attrs.set("name", to);
    const pattern = new RegExp(
      `(^|[^\\w.'])(${escapeRegExp(escapeXml(quoteSheet(from)))}|${escapeRegExp(escapeXml(from))})!`,
      "g"
    );
    for (const name of this.allNames()) {
      name.inner = name.inner.replace(
        pattern,
        (_all, before: string) => `${before}${escapeXml(quoteSheet(to))}!`
      );
    }
  }

  add(name: string, sheetId: number, relId: string): WorkbookSheet {
    const sheet: WorkbookSheet = {
      attrs: new Map([
        ["name", name],
        ["sheetId", String(sheetId)],
        [`${this.relPrefix}:id`, relId],
      ]),
      local: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  remove(sheet: WorkbookSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }

  nextSheetId(): number {
    return Math.max(0, ...this.sheets.map((sheet) => Number(sheet.attrs.get("sheetId") ?? 0))) + 1;
  }

  /** workbook.xml with the sheets and defined names as they are now. */
  toXml(activate?: WorkbookSheet): string {
    let xml = this.xml;
    const sheetsXml = `<sheets>${this.sheets.map((sheet) => startTag("sheet", sheet.attrs, true)).join("")}</sheets>`;
    const sheetsPlace = section(xml, "sheets")!;
    xml = xml.slice(0, sheetsPlace.start) + sheetsXml + xml.slice(sheetsPlace.end);
    const names: string[] = [];
    const nameXml = (name: DefinedName, local?: number) => {
      const attrs = new Map(name.attrs);
      if (local === undefined) attrs.delete("localSheetId");
      else attrs.set("localSheetId", String(local));
      return `${startTag("definedName", attrs)}${name.inner}</definedName>`;
    };
    for (const name of this.globalNames) names.push(nameXml(name));
    this.sheets.forEach((sheet, index) => {
      for (const name of sheet.local) names.push(nameXml(name, index));
    });
    const namesXml = names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "";
    const namesPlace = section(xml, "definedNames");
    if (namesPlace) {
      xml = xml.slice(0, namesPlace.start) + namesXml + xml.slice(namesPlace.end);
    } else if (namesXml) {
      // Schema order: sheets, functionGroups?, externalReferences?, definedNames.
      const after =
        section(xml, "externalReferences") ??
        section(xml, "functionGroups") ??
        section(xml, "sheets")!;
      xml = xml.slice(0, after.end) + namesXml + xml.slice(after.end);
    }
    return this.withActiveTab(xml, activate);
  }

  /** The sheet that was active stays active where it still exists; else `fallback`. */
  private withActiveTab(xml: string, fallback?: WorkbookSheet): string {
    const view = elements(xml, "workbookView")[0];
    if (!view) return xml;
    const kept =
      this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : fallback;
    const index = kept ? this.sheets.indexOf(kept) : 0;
    const attrs = attributes(view.tag);
    attrs.set("activeTab", String(Math.max(0, index)));
    const firstSheet = Number(attrs.get("firstSheet") ?? 0);
    if (firstSheet > index || firstSheet >= this.sheets.length) attrs.set("firstSheet", "0");
    if (attrs.get("activeTab") === "0") attrs.delete("activeTab");
    const tag = startTag("workbookView", attrs, view.tag.endsWith("/>"));
    return xml.replace(view.tag, tag);
  }

  private allNames(): DefinedName[] {
    return [...this.globalNames, ...this.sheets.flatMap((sheet) => sheet.local)];
  }
}

const AFTER_SHEETS =
  /(<(?:functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>)/;

/** A sheet name as a formula refers to it: quoted unless it is a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
