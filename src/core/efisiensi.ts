import { calcError, CalcError, isCalcError } from "./calcError";
import { CalcInput, coerceArguments, coerceChoice } from "./coerce";

export type EfisiensiMethod =
  "serapan_per_capaian" | "satu_minus" | "selisih" | "capaian_per_serapan";

export interface EfisiensiMethodRule {
  /** null when the denominator is zero. */
  compute(capaian: number, serapan: number): number | null;
  denominator: "capaian" | "serapan" | null;
  /** A native Excel formula giving the same value, for the generated report. */
  excelFormula(capaianRef: string, serapanRef: string): string;
}

/**
 * serapan_per_capaian is the seed's Tabel 3.1.6 (82,63% / 165,95% = 49,79%: the budget used per unit
 * of performance, lower is more efficient). The others are in use in other LKjIPs.
 */
export const EFISIENSI_METHODS: Record<EfisiensiMethod, EfisiensiMethodRule> = {
  serapan_per_capaian: {
    compute: (c, s) => (c === 0 ? null : s / c),
    denominator: "capaian",
    excelFormula: (c, s) => `${s}/${c}`,
  },
  satu_minus: {
    compute: (c, s) => (c === 0 ? null : 1 - s / c),
    denominator: "capaian",
    excelFormula: (c, s) => `1-${s}/${c}`,
  },
  // Points: 165,95% − 82,63% = 0,8332, shown 83,32 (percentage points).
  selisih: {
    compute: (c, s) => c - s,
    denominator: null,
    excelFormula: (c, s) => `${c}-${s}`,
  },
  capaian_per_serapan: {
    compute: (c, s) => (s === 0 ? null : c / s),
    denominator: "serapan",
    excelFormula: (c, s) => `${c}/${s}`,
  },
};

export const EFISIENSI_METHOD_NAMES = Object.keys(EFISIENSI_METHODS) as EfisiensiMethod[];

export function parseEfisiensiMethod(value: unknown): EfisiensiMethod | CalcError {
  return coerceChoice(value, {
    name: "metode",
    choices: EFISIENSI_METHOD_NAMES,
    defaultValue: "serapan_per_capaian",
  });
}

export function efisiensi(
  capaian: CalcInput,
  serapan: CalcInput,
  method: EfisiensiMethod | CalcInput = "serapan_per_capaian"
): number | CalcError {
  const args = coerceArguments(
    [
      { kind: "number", name: "capaian" },
      { kind: "number", name: "serapan" },
    ],
    [capaian, serapan]
  );
  if (isCalcError(args)) return args;
  const parsed = parseEfisiensiMethod(method);
  if (isCalcError(parsed)) return parsed;
  const [c, s] = args as number[];
  const rule = EFISIENSI_METHODS[parsed];
  const result = rule.compute(c, s);
  if (result === null) {
    return calcError("DIV0", "functions.error.zeroDivisor", { name: rule.denominator ?? "" });
  }
  return result;
}
