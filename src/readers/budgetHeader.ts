import type { HeaderMatch, HeaderRule } from "./headerFinder";
import {
  BUDGET_HEADER_WORDS,
  REVISED_BUDGET_WORDS,
  roleOf,
  type BudgetRole,
} from "./headerVocabulary";
import { isBareQuarterLabel, quarterOfLabel } from "./quarterWords";

export type { BudgetRole } from "./headerVocabulary";

/**
 * A quarter's realisasi column: `realisasiTw:2` the amount spent in TW II ("Realisasi TW II"),
 * `realisasiSd:2` the amount spent up to its end ("Realisasi s.d. TW II").
 */
export type QuarterRole = `realisasiTw:${number}` | `realisasiSd:${number}`;

/**
 * Budget column roles from header words (headerVocabulary.ts): first matching entry wins. A
 * realisasi label naming a quarter is that quarter's, never the annual realisasi.
 */
export function classifyBudgetLabel(label: string): BudgetRole | QuarterRole | null {
  const role = roleOf(BUDGET_HEADER_WORDS, label);
  if (role !== "realisasi" && !(role === null && isBareQuarterLabel(label))) return role;
  const quarter = quarterOfLabel(label);
  if (!quarter) return role;
  return `${quarter.upTo ? "realisasiSd" : "realisasiTw"}:${quarter.quarter}`;
}

/** Whether the header has a quarterly realisasi column. */
export function hasQuarterRoles(roles: Iterable<string>): boolean {
  return [...roles].some((role) => /^realisasi(?:Tw|Sd):/.test(role));
}

export const budgetHeaderRule: HeaderRule = {
  classify: classifyBudgetLabel,
  accept: (roles) =>
    roles.has("name") && roles.has("pagu") && (roles.has("realisasi") || hasQuarterRoles(roles)),
};

/**
 * A budget without realisation: a Perjanjian Kinerja's program part or a DPA ("No | Program |
 * Anggaran | Keterangan"), read for the year's pagu (Tabel 2.2) when no realisation sheet exists.
 */
export const paguHeaderRule: HeaderRule = {
  classify: classifyBudgetLabel,
  accept: (roles) => roles.has("name") && roles.has("pagu") && !roles.has("realisasi"),
};

/** Required roles a budget header lacks, in the words a user would look for. */
export function missingBudgetRoles(roles: Set<string>): string[] {
  const missing: string[] = [];
  if (!roles.has("name")) missing.push("Program/Kegiatan");
  if (!roles.has("pagu")) missing.push("Pagu/Anggaran");
  if (!roles.has("realisasi") && !hasQuarterRoles(roles)) missing.push("Realisasi");
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
