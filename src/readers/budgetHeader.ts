import type { HeaderMatch, HeaderRule } from "./headerFinder";

export type BudgetRole = "no" | "code" | "name" | "pagu" | "realisasi" | "percent" | "sisa";

/**
 * Budget column roles from header words. Order matters: "Realisasi Anggaran" is realisasi, not
 * pagu, and "Realisasi (%)" is the percentage; "fisik" progress is not a budget figure.
 */
export function classifyBudgetLabel(label: string): BudgetRole | null {
  if (/^(?:no|nomor|no\.? urut)\.?$/.test(label)) return "no";
  if (/indikator|target|fisik|satuan|sasaran/.test(label)) return null;
  if (/%|persen|prosentase|presentase|capaian|serapan/.test(label)) return "percent";
  if (/\bsisa\b|selisih/.test(label)) return "sisa";
  if (/realisasi|realsiasi|realisai/.test(label)) return "realisasi";
  if (/pagu|anggaran|alokasi|apbd|\bdpa\b|plafon/.test(label)) return "pagu";
  if (/\bkode\b|\bkd\b|rekening/.test(label)) return "code";
  if (/program|kegiatan|uraian|\bnama\b/.test(label)) return "name";
  return null;
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

/** Budget after the mid-year change (P-APBD) is the one realised against: "Anggaran Perubahan". */
const REVISED = /perubahan|setelah|p-?apbd|\bpak\b|akhir/;

/**
 * The column of a role; with several pagu columns (murni and perubahan) the revised one, which
 * is the budget realisasi is measured against.
 */
export function budgetColumn(header: HeaderMatch, role: string): number | undefined {
  const cols = header.columns.get(role);
  if (!cols) return undefined;
  if (role === "pagu" && cols.length > 1) {
    const revised = cols.find((col) => REVISED.test((header.labels.get(col) ?? "").toLowerCase()));
    if (revised !== undefined) return revised;
  }
  return cols[0];
}
