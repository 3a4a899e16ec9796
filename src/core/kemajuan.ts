import type { Arah } from "../model/indicators";
import { capaianExcelFormula, directedRatio } from "./capaian";
import type { CalcError } from "./calcError";
import type { CalcInput } from "./coerce";

/**
 * Tingkat kemajuan: this year's realisasi against the end-of-Renstra target (seed: 99,57/85), by
 * the indicator's direction like capaian: for a `turun` indicator 15% against a target of 10% is
 * (2×10−15)/10 = 50%, not 150%.
 */
export function kemajuan(
  realisasi: CalcInput,
  targetAkhirRenstra: CalcInput,
  arah: Arah | CalcInput = "naik"
): number | CalcError {
  return directedRatio(realisasi, targetAkhirRenstra, arah, "target_akhir_renstra");
}

export function kemajuanExcelFormula(
  realisasiRef: string,
  targetAkhirRef: string,
  arah: Arah = "naik"
): string {
  return capaianExcelFormula(realisasiRef, targetAkhirRef, arah);
}
