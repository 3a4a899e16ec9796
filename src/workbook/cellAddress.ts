import type { CellRef } from "../model/cellRef";

/**
 * Cell addresses as Excel writes them: column letters, A1 addresses, quoted sheet names. One
 * module for the readers (which name the cells they read), the report (whose formulas point at
 * input cells) and the pipeline (which looks cells up by address).
 */

/** Letters of the columns sheets usually have, made once. */
const LETTERS: string[] = [];

/** Column letters of a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(column: number): string {
  if (column > 0 && column <= 1024 && Number.isInteger(column)) {
    return (LETTERS[column] ??= lettersOf(column));
  }
  return lettersOf(column);
}

function lettersOf(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "C5" for row 5, column 3. */
export function a1Address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

const A1 = /^\$?([A-Z]+)\$?(\d+)$/;

/** Row and column of an A1 address ("C5", "$C$5", "c5"), or null. */
export function parseA1(address: string): { row: number; column: number } | null {
  // ASCII letters and digits, as our readers write addresses, without upper-casing a copy.
  let i = address.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let column = 0;
  const lettersStart = i;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32; // a-z as A-Z
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  const lettersEnd = i;
  if (address.charCodeAt(i) === 36) i++;
  const digitsStart = i;
  while (i < address.length && address.charCodeAt(i) >= 48 && address.charCodeAt(i) <= 57) i++;
  if (lettersEnd > lettersStart && i > digitsStart && i === address.length) {
    return { row: Number(address.slice(digitsStart)), column };
  }
  // Anything else (other characters Unicode upper-cases into letters) the general way.
  const match = A1.exec(address.toUpperCase());
  if (!match) return null;
  column = 0;
  for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** The row number of an A1 address ("C12" -> 12), NaN when it has none. */
export function rowOfAddress(address: string): number {
  const match = /(\d+)$/.exec(address);
  return match ? Number(match[1]) : NaN;
}

/** 'Realisasi Anggaran 2017': always quoted, quotes in the name doubled, as Excel writes it. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.includes("'") ? sheet.replace(/'/g, "''") : sheet}'`;
}

/** "'Realisasi Anggaran 2017'!C5". */
export function sheetCellAddress(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${ref.address}`;
}

/** Excel's grid: 1 048 576 rows, 16 384 columns (XFD). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** Column number of letters ("A" -> 1, "XFD" -> 16384), or 0 for anything else. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) | 0x20; // a-z
    if (code < 97 || code > 122) return 0;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** Row and column of an A1 address that lies inside Excel's grid (as a file may claim), or null. */
export function parseGridA1(address: string): { row: number; column: number } | null {
  const cell = parseA1(address);
  if (!cell || cell.row < 1 || cell.row > MAX_ROW) return null;
  return cell.column >= 1 && cell.column <= MAX_COL ? cell : null;
}
