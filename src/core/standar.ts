import type { Arah } from "../model/indicators";

/**
 * Whether a realisasi meets a national or provincial standard (Tabel 3.1.9), minding the
 * indicator's direction: at or above it when higher is better, at or below it when lower is.
 */
export const MEMENUHI = "Memenuhi";
export const BELUM_MEMENUHI = "Belum memenuhi";

export function memenuhiStandar(
  realisasi: number,
  standar: number,
  arah: Arah = "naik"
): typeof MEMENUHI | typeof BELUM_MEMENUHI {
  const meets = arah === "naik" ? realisasi >= standar : realisasi <= standar;
  return meets ? MEMENUHI : BELUM_MEMENUHI;
}

/** The same rule in Excel; an error in either cell passes through the comparison. */
export function memenuhiStandarExcelFormula(
  realisasiRef: string,
  standarRef: string,
  arah: Arah = "naik"
): string {
  const meets = arah === "naik" ? ">=" : "<=";
  return `IF(${realisasiRef}${meets}${standarRef},"${MEMENUHI}","${BELUM_MEMENUHI}")`;
}

/** The gap to the standard: realisasi minus standard, as Excel subtracts. */
export function selisihStandar(realisasi: number, standar: number): number {
  return realisasi - standar;
}

export function selisihStandarExcelFormula(realisasiRef: string, standarRef: string): string {
  return `${realisasiRef}-${standarRef}`;
}
