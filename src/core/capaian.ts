import type { Arah } from "../model/indicators";
import { calcError, CalcError, isCalcError } from "./calcError";
import { CalcInput, coerceArguments, coerceChoice } from "./coerce";

export const ARAH_VALUES: readonly Arah[] = ["naik", "turun", "turun_rasio"];

interface ArahRule {
  /** Fraction achieved; null when the denominator is zero. */
  compute(realisasi: number, target: number): number | null;
  /** Which argument is the denominator, to name it in the #DIV/0! message. */
  denominator: "realisasi" | "target";
  excelFormula(realisasiRef: string, targetRef: string): string;
}

/**
 * naik: higher is better, R/T. turun: lower is better, the PermenPAN-RB "kondisi khusus" rule
 * (2T−R)/T, which goes negative when R > 2T (kept: it is what the rule says). turun_rasio: T/R.
 */
export const ARAH_RULES: Record<Arah, ArahRule> = {
  naik: {
    compute: (r, t) => (t === 0 ? null : r / t),
    denominator: "target",
    excelFormula: (r, t) => `${r}/${t}`,
  },
  turun: {
    compute: (r, t) => (t === 0 ? null : (2 * t - r) / t),
    denominator: "target",
    excelFormula: (r, t) => `(2*${t}-${r})/${t}`,
  },
  turun_rasio: {
    compute: (r, t) => (r === 0 ? null : t / r),
    denominator: "realisasi",
    excelFormula: (r, t) => `${t}/${r}`,
  },
};

export function parseArah(value: unknown): Arah | CalcError {
  return coerceChoice(value, { name: "arah", choices: ARAH_VALUES, defaultValue: "naik" });
}

/**
 * Capaian kinerja as a fraction (89,63 against 80 -> 1.120375, shown 112,04%). `arah` may also be
 * the text a user typed ("Turun"); an unknown one is #VALUE! after the errors of the two numbers.
 */
export function capaian(
  realisasi: CalcInput,
  target: CalcInput,
  arah: Arah | CalcInput = "naik"
): number | CalcError {
  return directedRatio(realisasi, target, arah, "target");
}

/**
 * Realisasi against a target by the indicator's direction: capaian (the year's target) and
 * tingkat kemajuan (the end-of-Renstra target) follow the same rule. `targetName` names the
 * target argument in error messages.
 */
export function directedRatio(
  realisasi: CalcInput,
  target: CalcInput,
  arah: Arah | CalcInput,
  targetName: string
): number | CalcError {
  const args = coerceArguments(
    [
      { kind: "number", name: "realisasi" },
      { kind: "number", name: targetName },
    ],
    [realisasi, target]
  );
  if (isCalcError(args)) return args;
  const direction = parseArah(arah);
  if (isCalcError(direction)) return direction;
  const [r, t] = args as number[];
  const rule = ARAH_RULES[direction];
  const result = rule.compute(r, t);
  if (result === null) {
    const key =
      rule.denominator === "target"
        ? "functions.error.targetZero"
        : "functions.error.realisasiZero";
    return calcError("DIV0", key, {
      name: rule.denominator === "target" ? targetName : rule.denominator,
    });
  }
  return result;
}

export function capaianExcelFormula(
  realisasiRef: string,
  targetRef: string,
  arah: Arah = "naik"
): string {
  return ARAH_RULES[arah].excelFormula(realisasiRef, targetRef);
}
