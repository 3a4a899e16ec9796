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
  for (const piece of compiled(formula)) {
    if (typeof piece === "string") {
      resolved += piece;
      continue;
    }
    const column = columnOf.get(piece.key);
    resolved +=
      column === undefined
        ? piece.text
        : `${columnLetter(column)}${piece.bodyRow === null ? row : bodyRowAt(piece.bodyRow)}`;
  }
  return resolved;
}

/** A formula split into literal text and references ({key}: bodyRow null; {key@n}: n). */
type Piece = string | { key: string; bodyRow: number | null; text: string };

/**
 * Formulas parsed once: a long table repeats the same few formulas ("{realisasi}/{pagu}") on
 * every row. Bounded, as the add-in lives as long as the workbook is open.
 */
const cache = new Map<string, Piece[]>();
const CACHE_LIMIT = 10_000;

function compiled(formula: string): Piece[] {
  let pieces = cache.get(formula);
  if (pieces) return pieces;
  pieces = parse(formula);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(formula, pieces);
  return pieces;
}

function parse(formula: string): Piece[] {
  const pieces: Piece[] = [];
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
    const bodyRow = at < 0 ? null : Number(name.slice(at + 1));
    // {key@x} with x not a row number is text, as is a key the table has no column for.
    if (bodyRow !== null && !Number.isInteger(bodyRow)) continue;
    if (i > done) pieces.push(formula.slice(done, i));
    pieces.push({
      key: at < 0 ? name : name.slice(0, at),
      bodyRow,
      text: formula.slice(i, close + 1),
    });
    done = close + 1;
    i = close;
  }
  if (done < formula.length) pieces.push(formula.slice(done));
  return pieces;
}
