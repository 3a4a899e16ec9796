import type { Arah } from "../model/indicators";

/**
 * Whether performance went up, down or stayed against the year before, minding the indicator's
 * direction: for a `turun` indicator (lower is better) a lower value is performance going up.
 * Values are compared as stored, so Excel's comparison of the same cells gives the same word.
 */
export const NAIK = "Naik";
export const TURUN = "Turun";
export const TETAP = "Tetap";
export type Perkembangan = typeof NAIK | typeof TURUN | typeof TETAP;

export function perkembangan(before: number, now: number, arah: Arah = "naik"): Perkembangan {
  if (now === before) return TETAP;
  const higher = now > before;
  return higher === (arah === "naik") ? NAIK : TURUN;
}

/** The same rule in Excel; an error in either cell passes through the comparison. */
export function perkembanganExcelFormula(
  beforeRef: string,
  nowRef: string,
  arah: Arah = "naik"
): string {
  const better = arah === "naik" ? ">" : "<";
  return `IF(${nowRef}=${beforeRef},"${TETAP}",IF(${nowRef}${better}${beforeRef},"${NAIK}","${TURUN}"))`;
}
