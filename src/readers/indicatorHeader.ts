import type { Finding } from "../model/finding";
import type { HeaderMatch, HeaderRule } from "./headerFinder";
import type { SheetView } from "./sheetView";
import { INDICATOR_HEADER_WORDS, roleOf } from "./headerVocabulary";
import { isBareQuarterLabel, quarterOfLabel } from "./quarterWords";
import { yearFromText } from "./yearDetect";

/**
 * Indicator column roles from header words (headerVocabulary.ts). Years travel in the role
 * ("target:2018"; "target:" when the header has none), so one header can carry several years of
 * targets and realizations.
 */
export function classifyIndicatorLabel(label: string): string | null {
  const role = roleOf(INDICATOR_HEADER_WORDS, label);
  // "Realisasi TW II 2024", "Target Triwulan II", a bare "TW II" under a merged "Realisasi".
  const quarter =
    role === "target" || role === "realisasi" || (role === null && isBareQuarterLabel(label))
      ? quarterOfLabel(label)
      : null;
  if (quarter) {
    const kind = role === "target" ? "targetTw" : "realisasiTw";
    return `${kind}:${quarter.quarter}:${yearFromText(label) ?? ""}`;
  }
  if (role === "target" || role === "realisasi" || role === "targetAkhir") {
    return `${role}:${yearFromText(label) ?? ""}`;
  }
  // "Penyebab 2018": the causes written for one year (Tabel 3.1.7 picks the report year's).
  if ((role === "analisa" || role === "solusi") && yearFromText(label) !== null) {
    return `${role}:${yearFromText(label)}`;
  }
  return role;
}

export const indicatorHeaderRule: HeaderRule = {
  classify: classifyIndicatorLabel,
  accept: (roles) =>
    roles.has("indikator") &&
    [...roles].some((role) => /^(?:target|realisasi|realisasiTw):/.test(role)),
};

/** Matriks Renstra: which program serves which sasaran of the agency. */
export function classifyCascadingLabel(label: string): string | null {
  if (/indikator/.test(label)) return "indikator";
  if (/target|realisasi|pagu|anggaran/.test(label)) return "figures";
  if (/tujuan/.test(label)) return "tujuan";
  if (/sasaran/.test(label)) {
    return /\bkota\b|kabupaten|\bkab\b|rpjmd|provinsi/.test(label) ? "sasaranDaerah" : "sasaran";
  }
  if (/\bprogram\b/.test(label)) return "program";
  if (/kegiatan/.test(label)) return "kegiatan";
  return null;
}

export const cascadingHeaderRule: HeaderRule = {
  classify: classifyCascadingLabel,
  accept: (roles) => roles.has("sasaran") && roles.has("program") && !roles.has("figures"),
};

/** A target or realisasi column with no year, on a sheet whose year is unknown: it is skipped. */
export function yearUnknownFinding(view: SheetView, header: HeaderMatch, col: number): Finding {
  return {
    severity: "warning",
    code: "finding.yearUnknown",
    ref: view.ref(header.top, col),
    params: { label: header.labels.get(col) ?? "" },
  };
}
