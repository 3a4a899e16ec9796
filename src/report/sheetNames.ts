import { LEGACY_GENERATION } from "../workbook/generatedMarker";
import type { SheetInfo } from "../workbook/workbookPort";

export const MAX_SHEET_NAME = 31;

export interface SheetAssignment {
  wanted: string;
  sheet: string;
}

/** A generated sheet the user edited since it was written: kept as theirs under `to`. */
export interface KeptSheet {
  sheet: string;
  to: string;
  /** The sheet carries the add-in's mark to take off (false for one the legacy marker sheet listed). */
  marked: boolean;
}

export interface SheetPlan {
  assignments: SheetAssignment[];
  /** Generated sheets, unchanged since written, rewritten in place. */
  update: string[];
  /** Wanted names taken by a user's sheet, and where the table went instead. */
  renamed: SheetAssignment[];
  /** Edited generated sheets: un-marked, renamed where a new table takes their name. */
  keep: KeptSheet[];
  /** Unchanged generated sheets no longer made, and the legacy marker sheet. */
  remove: string[];
}

/**
 * Picks a worksheet for each wanted name, and decides what becomes of every sheet the add-in
 * generated before. `current` gives the fingerprint of each generated sheet as it is now.
 *
 * - A user's sheet (no mark) is never touched: the table goes to "Name (2)", "Name (3)" …
 * - A generated sheet unchanged since written is rewritten in place when its name is wanted again,
 *   and deleted when it is not (another year's table, a table skipped now).
 * - A generated sheet the user edited (or one from the legacy marker, whose content is unknown) is
 *   kept as theirs: un-marked, and renamed "Name (diedit)" when a new table takes its name.
 * - The last visible sheet is never deleted.
 */
export function planSheets(
  wanted: string[],
  existing: SheetInfo[],
  current: ReadonlyMap<string, string>
): SheetPlan {
  const byName = new Map(existing.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const unchanged = (sheet: SheetInfo) =>
    sheet.mark !== null &&
    sheet.mark.fingerprint !== null &&
    current.get(sheet.name) === sheet.mark.fingerprint;
  const taken = new Set<string>();
  const plan: SheetPlan = { assignments: [], update: [], renamed: [], keep: [], remove: [] };
  const displaced: SheetInfo[] = [];
  for (const name of wanted) {
    for (let attempt = 1; ; attempt++) {
      const candidate = withSuffix(name, attempt);
      const key = candidate.toLowerCase();
      if (taken.has(key)) continue;
      const sheet = byName.get(key);
      if (sheet && !sheet.generated) continue;
      taken.add(key);
      if (sheet && unchanged(sheet)) plan.update.push(sheet.name);
      else if (sheet) displaced.push(sheet);
      plan.assignments.push({ wanted: name, sheet: candidate });
      if (attempt > 1) plan.renamed.push({ wanted: name, sheet: candidate });
      break;
    }
  }
  const used = (key: string) => taken.has(key) || byName.has(key);
  for (const sheet of displaced) {
    const to = freeSheetName(sheet.name, used, (attempt) =>
      attempt === 1 ? " (diedit)" : ` (diedit ${attempt})`
    );
    taken.add(to.toLowerCase());
    plan.keep.push({ sheet: sheet.name, to, marked: isMarked(sheet) });
  }
  for (const sheet of existing) {
    if (!sheet.generated || taken.has(sheet.name.toLowerCase())) continue;
    if (unchanged(sheet)) plan.remove.push(sheet.name);
    else plan.keep.push({ sheet: sheet.name, to: sheet.name, marked: isMarked(sheet) });
  }
  for (const sheet of existing) if (sheet.legacyMarker) plan.remove.push(sheet.name);
  plan.remove = sparingLastVisible(plan.remove, existing, wanted.length);
  return plan;
}

/** A mark of its own (a defined name to take off), not one lent by the legacy marker sheet. */
function isMarked(sheet: SheetInfo): boolean {
  return sheet.mark !== null && sheet.mark.generation !== LEGACY_GENERATION;
}

/** Removals less the last one that would leave the workbook without a visible sheet. */
function sparingLastVisible(remove: string[], existing: SheetInfo[], added: number): string[] {
  if (added > 0) return remove;
  const removed = new Set(remove);
  const visibleLeft = existing.some(
    (sheet) => sheet.visibility === "visible" && !removed.has(sheet.name)
  );
  if (visibleLeft) return remove;
  const lastVisible = [...existing].reverse().find((sheet) => sheet.visibility === "visible");
  return remove.filter((name) => name !== lastVisible?.name);
}

/**
 * The first of `name + suffix(1)`, `name + suffix(2)` … that `used` (lower-case keys) does not
 * hold, the name shortened so the whole stays within Excel's 31 characters.
 */
export function freeSheetName(
  name: string,
  used: (key: string) => boolean,
  suffix: (attempt: number) => string
): string {
  for (let attempt = 1; ; attempt++) {
    const end = suffix(attempt);
    const candidate = name.slice(0, MAX_SHEET_NAME - end.length) + end;
    if (!used(candidate.toLowerCase())) return candidate;
  }
}

function withSuffix(name: string, attempt: number): string {
  const base = name.slice(0, MAX_SHEET_NAME);
  if (attempt === 1) return base;
  const suffix = ` (${attempt})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}
