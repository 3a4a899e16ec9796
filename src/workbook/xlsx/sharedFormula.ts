import { columnLetter, columnNumber } from "../cellAddress";

// A string literal, or a cell reference not part of a name or a function (LOG10( is not a cell).
const TOKEN =
  /("(?:[^"]|"")*")|(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * The formula of a cell that shares its master's (`<f t="shared" si="0"/>`): the master's text with
 * its relative references moved by the distance between the cells, as Excel fills a formula down.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    TOKEN,
    (whole, literal: string | undefined, before: string, colAbs, letters, rowAbs, digits) => {
      if (literal !== undefined) return whole;
      const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
      const row = rowAbs ? Number(digits) : Number(digits) + rows;
      if (col < 1 || row < 1) return `${before}#REF!`;
      return `${before}${colAbs}${columnLetter(col)}${rowAbs}${row}`;
    }
  );
}
