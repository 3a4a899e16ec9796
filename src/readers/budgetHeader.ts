import type { HeaderMatch, HeaderRule } from "./headerFinder";
import {
  BUDGET_HEADER_WORDS,
  REVISED_BUDGET_WORDS,
  roleOf,
  type BudgetRole,
} from "./headerVocabulary";

export type { BudgetRole } from "./headerVocabulary";

/** Budget column roles from header words (headerVocabulary.ts): first matching entry wins. */
export function classifyBudgetLabel(label: string): BudgetRole | null {
  return roleOf(BUDGET_HEADER_WORDS, label);
}

export const budgetHeaderRule: HeaderRule = {
  classify: classifyBudgetLabel,
  accept: (roles) => roles.has("name") && roles.has("pagu") && roles.has("realisasi"),
};

/** Required roles a budget header lacks, in the words a user would look for. */
export function missingBudgetRoles(roles: Set<string>): string[] {
  const missing: string[] = [];
  if (!roles.has("name")) missing.push("Program/Kegiatan");
  if (!roles.has("pagu")) missing.push("Pagu/Anggaran");
  if (!roles.has("realisasi")) missing.push("Realisasi");
  return missing;
}

/**
 * The column of a role; with several pagu columns (murni and perubahan) the revised one, which
 * is the budget realisasi is measured against.
 */
export function budgetColumn(header: HeaderMatch, role: string): number | undefined {
  const cols = header.columns.get(role);
  if (!cols) return undefined;
  if (role === "pagu" && cols.length > 1) {
    const revised = cols.find((col) =>
      REVISED_BUDGET_WORDS.test((header.labels.get(col) ?? "").toLowerCase())
    );
    if (revised !== undefined) return revised;
  }
  return cols[0];
}
