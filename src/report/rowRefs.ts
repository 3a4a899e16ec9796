import { columnLetter } from "../workbook/cellAddress";

/**
 * Replaces {key} (a cell of the same row, named by its column's key) with its A1 address. Text in
 * quotes is left alone: a sheet name ('Data {2017}'!C5) or a string ("{x}") is not a reference,
 * and neither is a key the table has no column for.
 */
export function resolveRowRefs(
  formula: string,
  row: number,
  columnOf: ReadonlyMap<string, number>
): string {
  // Most formulas name no cell of their row: leave them as they are without a scan.
  if (formula.indexOf("{") < 0) return formula;
  let resolved = "";
  let done = 0;
  let quote = 0;
  for (let i = 0; i < formula.length; i++) {
    const code = formula.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      continue;
    }
    if (code === 39 /* ' */ || code === 34 /* " */) {
      quote = code;
      continue;
    }
    if (code !== 123 /* { */) continue;
    const close = formula.indexOf("}", i + 1);
    if (close < 0) break;
    const column = columnOf.get(formula.slice(i + 1, close));
    if (column === undefined) continue;
    resolved += `${formula.slice(done, i)}${columnLetter(column)}${row}`;
    done = close + 1;
    i = close;
  }
  return resolved + formula.slice(done);
}
