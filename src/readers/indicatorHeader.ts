import type { HeaderRule } from "./headerFinder";
import { yearFromText } from "./yearDetect";

/**
 * Indicator column roles. Years travel in the role ("target:2018"; "target:" when the header
 * has none), so one header can carry several years of targets and realizations.
 */
export function classifyIndicatorLabel(label: string): string | null {
  if (/^(?:no|nomor)\.?$/.test(label)) return "no";
  if (/indikator/.test(label)) return "indikator";
  if (/akhir|renstra|kondisi akhir/.test(label) && /target|capaian|kondisi|renstra/.test(label)) {
    return `targetAkhir:${yearFromText(label) ?? ""}`;
  }
  if (/anggaran|alokasi|pagu|\brp\b/.test(label)) return null;
  if (/sasaran/.test(label)) return "sasaran";
  if (/tujuan/.test(label)) return "tujuan";
  if (/satuan/.test(label)) return "satuan";
  if (/\barah\b|polaritas|\bpolarisasi/.test(label)) return "arah";
  if (/analisa|analisis|penyebab/.test(label)) return "analisa";
  if (/solusi|upaya|alternatif|tindak lanjut/.test(label)) return "solusi";
  if (/capaian|persentase|prosentase|tingkat/.test(label)) return null;
  if (/\btar ?get\b/.test(label)) return `target:${yearFromText(label) ?? ""}`;
  if (/realisasi|realsiasi|real ?isasi/.test(label))
    return `realisasi:${yearFromText(label) ?? ""}`;
  if (/program|kegiatan/.test(label)) return "program";
  return null;
}

export const indicatorHeaderRule: HeaderRule = {
  classify: classifyIndicatorLabel,
  accept: (roles) =>
    roles.has("indikator") &&
    [...roles].some((role) => role.startsWith("target:") || role.startsWith("realisasi:")),
};

/** Matriks Renstra: which program serves which sasaran of the agency. */
export function classifyCascadingLabel(label: string): string | null {
  if (/indikator/.test(label)) return "indikator";
  if (/target|realisasi|pagu|anggaran/.test(label)) return "figures";
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
