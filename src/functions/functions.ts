// Parameters are `any`: Excel hands over numbers, text as typed, empty cells and ranges alike.
import { capaian } from "../core/capaian";
import { efisiensi } from "../core/efisiensi";
import { kemajuan } from "../core/kemajuan";
import { predikat, resolveScale } from "../core/predikat";
import { serapan } from "../core/serapan";
import { excelResult } from "./excelResult";
import "./runtimeGuard";

// The JSDoc below is the metadata Excel reads (dist/functions.json). Its English text must equal the
// catalogue's `functions.meta.*` (tests/functions check); the Indonesian comes from the catalogue.

/**
 * Performance achievement: realization against target, as a fraction (format the cell as %).
 * @customfunction CAPAIAN
 * @param realisasi Realization: a number, a percentage or text such as "89,63%".
 * @param target Target, in the same unit as the realization.
 * @param [arah] Direction: "naik" (higher is better, default), "turun" ((2T-R)/T) or "turun_rasio" (T/R).
 * @returns Achievement as a fraction: 1.1204 shows as 112.04%.
 */
export function capaianFunction(realisasi: any, target: any, arah?: any): number {
  return excelResult(capaian(realisasi, target, arah));
}

/**
 * Efficiency of the budget against performance, as a fraction.
 * @customfunction EFISIENSI
 * @param capaian Performance achievement, e.g. 165.95%.
 * @param serapan Budget absorption, e.g. 82.63%.
 * @param [metode] Method: "serapan_per_capaian" (default), "satu_minus", "selisih" or "capaian_per_serapan".
 * @returns Efficiency: with the default method 82.63% / 165.95% = 49.79%.
 */
export function efisiensiFunction(capaian: any, serapan: any, metode?: any): number {
  return excelResult(efisiensi(capaian, serapan, metode));
}

/**
 * Predicate (rating label) of a value on a scale.
 * @customfunction PREDIKAT
 * @param nilai Value to rate, e.g. an achievement of 112.04%.
 * @param [skala] Scale: "LKJIP" (default), "PERMENDAGRI86", "AKIP", or a two-column range of lower bound and label.
 * @returns The label, e.g. "Sangat Baik".
 */
export function predikatFunction(nilai: any, skala?: any[][]): string {
  return excelResult(predikat(nilai, resolveScale(skala)));
}

/**
 * Budget absorption: budget realization against the budget ceiling (pagu), as a fraction.
 * @customfunction SERAPAN
 * @param realisasi_anggaran Budget realization, e.g. "Rp 3.307.232.516".
 * @param pagu Budget ceiling (pagu), e.g. "Rp 4.002.524.072".
 * @returns Absorption as a fraction: 0.8263 shows as 82.63%.
 */
export function serapanFunction(realisasi_anggaran: any, pagu: any): number {
  return excelResult(serapan(realisasi_anggaran, pagu));
}

/**
 * Progress toward the end-of-Renstra target, as a fraction.
 * @customfunction KEMAJUAN
 * @param realisasi Realization of the year.
 * @param target_akhir_renstra Target at the end of the Renstra period, in the same unit.
 * @param [arah] Direction, as for CAPAIAN: "naik" (default), "turun" ((2T-R)/T) or "turun_rasio" (T/R).
 * @returns Progress as a fraction: 99.57 against 85 is 117.14%.
 */
export function kemajuanFunction(realisasi: any, target_akhir_renstra: any, arah?: any): number {
  return excelResult(kemajuan(realisasi, target_akhir_renstra, arah));
}
