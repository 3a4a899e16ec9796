/**
 * Errors as values: a calculation never throws on a cell's value, it returns a CalcError that the
 * custom functions turn into an Excel error and the report into an error cell.
 */
export type ErrorType = "DIV0" | "VALUE" | "NA" | "NUM";

export interface CalcError {
  kind: "calcError";
  type: ErrorType;
  /** Key into the i18n catalogue (src/i18n/messages/functions.ts). */
  messageKey: string;
  params?: Record<string, string | number>;
}

export function isCalcError(x: unknown): x is CalcError {
  return (
    typeof x === "object" &&
    x !== null &&
    (x as { kind?: unknown }).kind === "calcError" &&
    typeof (x as { type?: unknown }).type === "string"
  );
}

export function calcError(
  type: ErrorType,
  messageKey: string,
  params?: Record<string, string | number>
): CalcError {
  return params === undefined
    ? { kind: "calcError", type, messageKey }
    : { kind: "calcError", type, messageKey, params };
}

const DISPLAY: Record<ErrorType, string> = {
  DIV0: "#DIV/0!",
  VALUE: "#VALUE!",
  NA: "#N/A",
  NUM: "#NUM!",
};

/** What Excel shows for the error: display strings live only at the edges (functions, report). */
export function errorDisplay(type: ErrorType): string {
  return DISPLAY[type];
}

/** The house rule for several inputs: the first error, in argument order, wins. */
export function firstError(...values: unknown[]): CalcError | undefined {
  for (const value of values) {
    if (isCalcError(value)) return value;
  }
  return undefined;
}
