import { EFISIENSI_METHOD_NAMES, type EfisiensiMethod } from "../core/efisiensi";
import { SCALE_NAMES, type ScaleName } from "../core/predikat";
import type { Triwulan } from "../model/quarters";

/**
 * Every choice a user makes about the report, each listed once with its default: the command line,
 * the task pane and the pipeline all take their lists and defaults from here.
 */

/** How computed figures are written: native formulas, plain values, or the add-in's functions. */
export const FORMULA_MODES = ["formulas", "values", "functions"] as const;
export type FormulaMode = (typeof FORMULA_MODES)[number];

/** How deep Tabel 3.2 and the Lampiran list the budget. */
export const RINCIAN_LEVELS = ["program", "kegiatan", "sub_kegiatan"] as const;
export type Rincian = (typeof RINCIAN_LEVELS)[number];

/**
 * The period measured: the year (the annual tables) or a quarter, which adds the sheet
 * "Pengukuran Kinerja TW N". The pane offers these; the command line takes --triwulan 1-4.
 */
export const PERIODE_CHOICES = ["tahunan", "tw1", "tw2", "tw3", "tw4"] as const;
export type Periode = (typeof PERIODE_CHOICES)[number];

/** The quarter of a period; undefined for the year. */
export function triwulanOfPeriode(periode: Periode): Triwulan | undefined {
  return periode === "tahunan" ? undefined : (Number(periode.slice(2)) as Triwulan);
}

/** A quarter as typed on the command line: 1-4 or I-IV (TW II, Triwulan 2 …); null otherwise. */
export function parseTriwulan(text: string): Triwulan | null {
  const bare = text
    .trim()
    .toLowerCase()
    .replace(/^(?:tw|triwulan|trw)\.?\s*/, "");
  const index = ["1", "2", "3", "4"].indexOf(bare);
  const roman = ["i", "ii", "iii", "iv"].indexOf(bare);
  const found = index >= 0 ? index : roman;
  return found >= 0 ? ((found + 1) as Triwulan) : null;
}

/**
 * Which name a budget program is printed under: the Renstra's (cascading, Perjanjian Kinerja) once
 * the budget line was matched to it, or the budget sheet's own text.
 */
export const PROGRAM_NAMINGS = ["renstra", "anggaran"] as const;
export type ProgramNaming = (typeof PROGRAM_NAMINGS)[number];

export { EFISIENSI_METHOD_NAMES, SCALE_NAMES, type EfisiensiMethod, type ScaleName };

export interface ReportOptions {
  skala: ScaleName;
  efisiensi: EfisiensiMethod;
  mode: FormulaMode;
  /** Undefined: the deepest level the budget has. */
  rincian?: Rincian;
  namaProgram: ProgramNaming;
}

export const DEFAULT_OPTIONS: Readonly<Required<Omit<ReportOptions, "rincian">>> = {
  skala: "LKJIP",
  efisiensi: "serapan_per_capaian",
  mode: "formulas",
  namaProgram: "renstra",
};

/** `value` when it is one of `allowed` (compared as written), else undefined. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}
