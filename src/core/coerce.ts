import { calcError, CalcError, isCalcError } from "./calcError";
import { parseIndonesianNumber } from "./parseNumber";

/** What a calculation accepts: a cell's value as Excel or a reader hands it over. */
export type CalcInput = number | string | boolean | null | undefined | CalcError;

/**
 * Argument rules as data (the HyperFormula way): one shared step coerces and checks every argument,
 * and the maths beside it only ever sees numbers.
 */
export type ArgumentRule =
  | { kind: "number"; name: string }
  | { kind: "choice"; name: string; choices: readonly string[]; defaultValue: string };

/** An empty cell is "not yet filled" (#N/A), never a silent 0. */
export function isEmptyInput(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.every((row) => isEmptyInput(row)))
  );
}

export function coerceNumber(value: unknown, name: string): number | CalcError {
  if (isCalcError(value)) return value;
  // Excel hands a single cell passed to an `any[][]` parameter as [[value]].
  if (
    Array.isArray(value) &&
    value.length === 1 &&
    Array.isArray(value[0]) &&
    value[0].length === 1
  ) {
    return coerceNumber(value[0][0], name);
  }
  // With data types on, Excel may hand a cell over as a CellValue object ({ type, basicValue }).
  if (typeof value === "object" && value !== null && "basicValue" in value) {
    return coerceNumber((value as { basicValue: unknown }).basicValue, name);
  }
  if (isEmptyInput(value)) return calcError("NA", "functions.error.empty", { name });
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : calcError("NUM", "functions.error.notFinite", { name });
  }
  if (typeof value === "string") {
    const parsed = parseIndonesianNumber(value);
    return parsed === null
      ? calcError("VALUE", "functions.error.notNumber", { name, text: value.trim() })
      : parsed.value;
  }
  // Booleans and ranges are a mistake in a number argument: say so rather than count TRUE as 1.
  return calcError("VALUE", "functions.error.notNumber", { name, text: String(value) });
}

/** A keyword argument ("naik", "TURUN", " selisih "): case and spacing do not matter; empty -> default. */
export function coerceChoice<T extends string>(
  value: unknown,
  rule: { name: string; choices: readonly T[]; defaultValue: T }
): T | CalcError {
  if (isCalcError(value)) return value;
  if (isEmptyInput(value)) return rule.defaultValue;
  if (typeof value === "string") {
    const key = value
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    const found = rule.choices.find((choice) => choice === key);
    if (found !== undefined) return found;
  }
  return calcError("VALUE", "functions.error.unknownChoice", {
    name: rule.name,
    text: String(value).trim(),
    choices: rule.choices.join(", "),
  });
}

/** Coerces arguments by their rules, in order; the first error wins. */
export function coerceArguments(
  rules: readonly ArgumentRule[],
  values: readonly unknown[]
): Array<number | string> | CalcError {
  const result: Array<number | string> = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const coerced =
      rule.kind === "number" ? coerceNumber(values[i], rule.name) : coerceChoice(values[i], rule);
    if (isCalcError(coerced)) return coerced;
    result.push(coerced);
  }
  return result;
}
