import { columnLetter } from "../workbook/cellAddress";

/** A cell of body row `bodyRow` (0-based) of the same block, in column `key`. */
export function bodyRowRef(key: string, bodyRow: number): string {
  return `{${key}@${bodyRow}}`;
}

/**
 * Replaces {key} (a cell of the same row, named by its column's key) with its A1 address, and
 * {key@n} (the cell of body row n of the same block, 0-based, as a JUMLAH row sums its program
 * rows) with that row's, at the sheet row `bodyRowAt` gives (header rows repeated on the sheet
 * put body rows further down than their index). Text in quotes is left alone: a sheet name ('Data {2017}'!C5) or a
 * string ("{x}") is not a reference, and neither is a key the table has no column for.
 */
export function resolveRowRefs(
  formula: string,
  row: number,
  columnOf: ReadonlyMap<string, number>,
  bodyRowAt: (bodyRow: number) => number = (bodyRow) => row + bodyRow
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
    const name = formula.slice(i + 1, close);
    const at = name.indexOf("@");
    const column = columnOf.get(at < 0 ? name : name.slice(0, at));
    const bodyRow = at < 0 ? -1 : Number(name.slice(at + 1));
    if (column === undefined || (at >= 0 && !Number.isInteger(bodyRow))) continue;
    const target = at < 0 ? row : bodyRowAt(bodyRow);
    resolved += `${formula.slice(done, i)}${columnLetter(column)}${target}`;
    done = close + 1;
    i = close;
  }
  return resolved + formula.slice(done);
}
