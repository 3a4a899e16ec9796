import { calcError, CalcError, isCalcError } from "./calcError";
import { ArgumentRule, CalcInput, coerceArguments } from "./coerce";

/**
 * The shared shape of every ratio in an LKjIP table: coerce both inputs (first error wins), refuse a
 * zero denominator with #DIV/0!, divide. Both inputs are in the same unit, as in Excel's own
 * arithmetic: 99,57% against 60% and 99,57 against 60 give the same ratio.
 */
export function ratio(
  numerator: CalcInput,
  denominator: CalcInput,
  names: readonly [string, string],
  zeroMessageKey: string
): number | CalcError {
  // Two finite numbers, the usual case, coerce to themselves.
  if (
    typeof numerator === "number" &&
    typeof denominator === "number" &&
    Number.isFinite(numerator) &&
    Number.isFinite(denominator)
  ) {
    if (denominator === 0) return calcError("DIV0", zeroMessageKey, { name: names[1] });
    return numerator / denominator;
  }
  const rules: ArgumentRule[] = [
    { kind: "number", name: names[0] },
    { kind: "number", name: names[1] },
  ];
  const args = coerceArguments(rules, [numerator, denominator]);
  if (isCalcError(args)) return args;
  const [n, d] = args as number[];
  if (d === 0) return calcError("DIV0", zeroMessageKey, { name: names[1] });
  return n / d;
}
