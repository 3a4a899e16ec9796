import type { CalcError } from "./calcError";
import type { CalcInput } from "./coerce";
import { ratio } from "./ratio";

/** Budget absorption (serapan anggaran): realisasi / pagu, a fraction (82,63% -> 0.8263). */
export function serapan(realisasiAnggaran: CalcInput, pagu: CalcInput): number | CalcError {
  return ratio(realisasiAnggaran, pagu, ["realisasi_anggaran", "pagu"], "functions.error.paguZero");
}

export function serapanExcelFormula(realisasiRef: string, paguRef: string): string {
  return `${realisasiRef}/${paguRef}`;
}
