import { EFISIENSI_METHOD_NAMES, type EfisiensiMethod } from "../core/efisiensi";
import { SCALE_NAMES, type ScaleName } from "../core/predikat";

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

export { EFISIENSI_METHOD_NAMES, SCALE_NAMES, type EfisiensiMethod, type ScaleName };

export interface ReportOptions {
  skala: ScaleName;
  efisiensi: EfisiensiMethod;
  mode: FormulaMode;
  /** Undefined: the deepest level the budget has. */
  rincian?: Rincian;
}

export const DEFAULT_OPTIONS: Readonly<Required<Omit<ReportOptions, "rincian">>> = {
  skala: "LKJIP",
  efisiensi: "serapan_per_capaian",
  mode: "formulas",
};

/** `value` when it is one of `allowed` (compared as written), else undefined. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}
