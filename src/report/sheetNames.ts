import type { SheetInfo } from "../workbook/workbookPort";

export const MAX_SHEET_NAME = 31;

export interface SheetAssignment {
  wanted: string;
  sheet: string;
}

export interface SheetPlan {
  assignments: SheetAssignment[];
  /** Existing sheets the add-in generated earlier and now rewrites. */
  replace: string[];
  /** Wanted names taken by a user's sheet, and where the table went instead. */
  renamed: SheetAssignment[];
}

/**
 * Picks a worksheet for each wanted name. A sheet the add-in generated before is replaced; a
 * user's sheet of that name (Excel compares names case-insensitively) is never touched: the table
 * goes to "Name (2)", "Name (3)" …, kept within Excel's 31 characters.
 */
export function planSheetNames(wanted: string[], existing: SheetInfo[]): SheetPlan {
  const byName = new Map(existing.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const taken = new Set<string>();
  const plan: SheetPlan = { assignments: [], replace: [], renamed: [] };
  for (const name of wanted) {
    for (let attempt = 1; ; attempt++) {
      const candidate = withSuffix(name, attempt);
      const key = candidate.toLowerCase();
      if (taken.has(key)) continue;
      const sheet = byName.get(key);
      if (sheet && !sheet.generated) continue;
      taken.add(key);
      if (sheet) plan.replace.push(sheet.name);
      plan.assignments.push({ wanted: name, sheet: candidate });
      if (attempt > 1) plan.renamed.push({ wanted: name, sheet: candidate });
      break;
    }
  }
  return plan;
}

function withSuffix(name: string, attempt: number): string {
  const base = name.slice(0, MAX_SHEET_NAME);
  if (attempt === 1) return base;
  const suffix = ` (${attempt})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}
