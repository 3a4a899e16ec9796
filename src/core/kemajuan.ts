import type { CalcError } from "./calcError";
import type { CalcInput } from "./coerce";
import { ratio } from "./ratio";

/** Tingkat kemajuan: this year's realisasi against the end-of-Renstra target (seed: 99,57/85). */
export function kemajuan(realisasi: CalcInput, targetAkhirRenstra: CalcInput): number | CalcError {
  return ratio(
    realisasi,
    targetAkhirRenstra,
    ["realisasi", "target_akhir_renstra"],
    "functions.error.targetZero"
  );
}

export function kemajuanExcelFormula(realisasiRef: string, targetAkhirRef: string): string {
  return `${realisasiRef}/${targetAkhirRef}`;
}
