import type { SheetGrid } from "./grid";
import type { SheetSpec } from "./sheetSpec";

/**
 * How the add-in knows a sheet it generated: by identity, never by name. A generated sheet carries
 * a sheet-scoped defined name, hidden from the Name Manager, whose value is a text constant:
 *
 *   _lkjip.gen = "lkjip/1;g=<generation id>;f=<fingerprint>;n=<sheet name as written>"
 *
 * The fingerprint is a hash of what was written (each cell's formula or constant), computed by
 * `fingerprintSpec` when writing and by `fingerprintGrid` on the sheet as it is now: equal means the
 * user has not changed the sheet's content since. The name as written makes a renamed or copied
 * sheet (Excel copies sheet-scoped names with the sheet) the user's. Both adapters and the pipeline
 * share this module, so the mark has exactly one shape.
 */
export const MARK_NAME = "_lkjip.gen";

export interface SheetMark {
  generation: string;
  /** Null for a sheet listed by the legacy marker sheet: what was written is unknown. */
  fingerprint: string | null;
  /** The sheet's name when the add-in wrote it. */
  name: string;
}

const MARK_PREFIX = "lkjip/1;";
/** Excel refuses text constants over 255 characters in a formula. */
const MAX_CONSTANT = 255;

/** The mark's value as a text constant (without the leading "="), quotes doubled as Excel wants. */
export function markConstant(mark: SheetMark): string {
  const text = `${MARK_PREFIX}g=${mark.generation};f=${mark.fingerprint ?? ""};n=${mark.name}`;
  const quoted = `"${text.replace(/"/g, '""')}"`;
  if (quoted.length > MAX_CONSTANT) throw new Error(`Mark too long for sheet "${mark.name}"`);
  return quoted;
}

/** The mark from a defined name's formula (`="lkjip/1;…"`, `"lkjip/1;…"`), or null when it is not ours. */
export function parseMark(formula: string | null | undefined): SheetMark | null {
  if (typeof formula !== "string") return null;
  const match = /^=?\s*"((?:[^"]|"")*)"\s*$/.exec(formula);
  if (!match) return null;
  const text = match[1].replace(/""/g, '"');
  if (!text.startsWith(MARK_PREFIX)) return null;
  const fields = /^g=([^;]*);f=([^;]*);n=(.*)$/s.exec(text.slice(MARK_PREFIX.length));
  if (!fields || fields[3] === "") return null;
  return {
    generation: fields[1],
    fingerprint: fields[2] === "" ? null : fields[2],
    name: fields[3],
  };
}

/** A mark counts only on the sheet it was written as (Excel compares names ignoring case). */
export function markHolds(mark: SheetMark | null | undefined, sheetName: string): boolean {
  return !!mark && mark.name.toLowerCase() === sheetName.toLowerCase();
}

/** A new generation id: time and randomness, short enough for the 255-character constant. */
export function newGenerationId(now = Date.now(), random = Math.random()): string {
  return `${now.toString(36)}${Math.floor(random * 36 ** 4)
    .toString(36)
    .padStart(4, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// Fingerprint: one token per non-empty cell, "r,c" then its kind and text, hashed in row order.

// The Office writer writes #N/A as =NA() (Excel has no other way to type it): one token for both.
const NA_FORMULA = /^=?\s*NA\(\)\s*$/i;

/** A formula's token: "f" and its text without the leading "=", or that of #N/A for =NA(). */
function hashFormula(hash: Hash, row: number, col: number, formula: string): void {
  // Only a formula with "()" can be =NA(): most cells are spared the regex.
  if (formula.indexOf("()") >= 0 && NA_FORMULA.test(formula)) hash.cell(row, col, "e", "#N/A");
  else hash.cell(row, col, "f", formula, formula.charCodeAt(0) === 61 /* = */ ? 1 : 0);
}

/** Hash of what a spec writes: equal to `fingerprintGrid` of the sheet read back unchanged. */
export function fingerprintSpec(spec: SheetSpec): string {
  const hash = new Hash();
  const rows = spec.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const content = row[c]?.content;
      if (content === undefined) continue;
      switch (content.kind) {
        case "text":
          if (content.text !== "") hash.cell(r + 1, c + 1, "s", content.text);
          break;
        case "number":
          hash.cell(r + 1, c + 1, "n", String(content.value));
          break;
        case "error":
          hash.cell(r + 1, c + 1, "e", content.error);
          break;
        case "formula":
          hashFormula(hash, r + 1, c + 1, content.formula);
          break;
      }
    }
  }
  return hash.digest();
}

/** Hash of a sheet's cells as read (formulas where there are, else values), in row order. */
export function fingerprintGrid(grid: SheetGrid): string {
  const hash = new Hash();
  const cells = [...grid.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const { row, col, value, formula } of cells) {
    if (formula) hashFormula(hash, row, col, formula);
    else if (value === null || value === "") continue;
    else if (typeof value === "number") hash.cell(row, col, "n", String(value));
    else if (typeof value === "string") hash.cell(row, col, "s", value);
    else if (typeof value === "boolean") hash.cell(row, col, "b", String(value));
    else hash.cell(row, col, "e", value.error);
  }
  return hash.digest();
}

/**
 * cyrb53-style 53-bit string hash, twice with two seeds: no crypto API needed in any host. Each
 * cell adds the characters of "row,col" + kind + text + U+0000 (a separator that cannot occur in a
 * sheet keeps "ab"+"c" apart from "a"+"bc"), mixed in place without building that string: a long
 * table has hundreds of thousands of cells.
 */
class Hash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  private count = 0;

  /** One cell's token; `from` skips the first characters of `text` (a formula's "="). */
  cell(row: number, col: number, kind: string, text: string, from = 0): void {
    this.mixDecimal(row);
    this.mixCode(44 /* , */);
    this.mixDecimal(col);
    this.mix(kind, 0);
    this.mix(text, from);
    this.mixCode(0);
    this.count++;
  }

  private mix(text: string, from: number): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = from; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** The characters of a positive integer written in decimal, without making the string. */
  private mixDecimal(n: number): void {
    let divisor = 1;
    while (divisor * 10 <= n) divisor *= 10;
    for (; divisor >= 1; divisor /= 10) {
      const digit = Math.floor(n / divisor) % 10;
      this.mixCode(48 + digit);
    }
  }

  private mixCode(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
  }

  digest(): string {
    let h1 = this.h1 ^ this.count;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const high = (h2 >>> 0).toString(16).padStart(8, "0");
    const low = (h1 >>> 0).toString(16).padStart(8, "0");
    return `${high}${low}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The legacy marker: earlier versions listed generated sheets in a very hidden sheet "_lkjip".

export const LEGACY_MARKER_SHEET = "_lkjip";
/** The generation given to sheets the legacy marker lists: they carry no mark of their own. */
export const LEGACY_GENERATION = "legacy";

/** A sheet as the legacy check needs it. */
export interface LegacyCandidate {
  name: string;
  visibility: SheetVisibility;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/**
 * The sheets an old-style marker sheet lists, when it provably is the add-in's: named exactly
 * "_lkjip", very hidden (the add-in made it so; a user's sheet cannot be very hidden from Excel's
 * own menus), text in column A only, and every name listed an existing sheet whose name is one the
 * add-in gives (`isOurSheetName`). Anything else is the user's and the result is null.
 */
export function legacyGeneratedSheets(
  marker: LegacyCandidate,
  grid: SheetGrid,
  sheets: readonly LegacyCandidate[],
  isOurSheetName: (name: string) => boolean
): string[] | null {
  if (marker.name !== LEGACY_MARKER_SHEET || marker.visibility !== "veryHidden") return null;
  if (grid.merges.length > 0) return null;
  const names: string[] = [];
  const cells = [...grid.cells].sort((a, b) => a.row - b.row);
  for (const cell of cells) {
    if (cell.value === null || cell.value === "") continue;
    if (cell.col !== 1 || typeof cell.value !== "string" || cell.formula) return null;
    names.push(cell.value.trim());
  }
  const existing = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet.name]));
  const listed: string[] = [];
  for (const name of names) {
    const sheet = existing.get(name.toLowerCase());
    if (!sheet || sheet === LEGACY_MARKER_SHEET || !isOurSheetName(sheet)) return null;
    listed.push(sheet);
  }
  return listed;
}
