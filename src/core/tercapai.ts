/**
 * Whether a target was met: a capaian of 100% or more. The capaian already follows the
 * indicator's direction (a `turun` indicator below its target has a capaian above 100%), so one
 * rule serves every indicator.
 */
export const TERCAPAI = "Tercapai";
export const BELUM_TERCAPAI = "Belum tercapai";

export function tercapai(capaian: number): typeof TERCAPAI | typeof BELUM_TERCAPAI {
  return capaian >= 1 ? TERCAPAI : BELUM_TERCAPAI;
}

/** The same rule in Excel; an error in the capaian cell passes through the comparison. */
export function tercapaiExcelFormula(capaianRef: string): string {
  return `IF(${capaianRef}>=1,"${TERCAPAI}","${BELUM_TERCAPAI}")`;
}
