import type { SheetSpec, SpecCell } from "../workbook/sheetSpec";

/** Height of each line of wrapped 11 pt text, in points (a one-line row keeps the default 15). */
const WRAPPED_LINE_POINTS = 14;
/** Excel's tallest row ("Excel specifications and limits": row height 409 points). */
export const MAX_ROW_POINTS = 409;
/** Excel's widest column, in characters (same source). */
export const MAX_COLUMN_CHARACTERS = 255;
const MAX_LINES = Math.floor((MAX_ROW_POINTS - 2) / WRAPPED_LINE_POINTS);

/**
 * A column of width w holds a little less than w units of text once words wrap whole: the share
 * of a line that on average stays usable.
 */
const WRAP_USE = 0.92;
/** The widest character's width in column-width units (a capital). */
const CAPITAL_UNITS = 1.15;

/**
 * Width of text[start, end) in column-width units (the width of "0"): capitals wider, spaces
 * narrower, as in the sans-serif faces Excel and LibreOffice print with.
 */
export function textUnits(text: string, start = 0, end = text.length): number {
  let units = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90 /* A-Z */) {
      units += CAPITAL_UNITS;
      continue;
    }
    if (code === 32) {
      units += 0.6;
      continue;
    }
    units += 0.95;
    // A surrogate pair is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return units;
}

/** Lines a text needs in a column of `perLine` units: each paragraph at least one. */
export function textLines(text: string, perLine: number, scale: number): number {
  let lines = 0;
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    lines += Math.max(1, Math.ceil((textUnits(text, start, end) * scale) / (perLine * WRAP_USE)));
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/**
 * Wrapped text needs taller rows, and not every spreadsheet grows them on opening (LibreOffice
 * does not for files it did not write): estimate the lines each cell needs from its column width,
 * or from the width of the columns it is merged over in its row (titles, notes). Cells merged
 * down over several rows (No, Sasaran) are left out of the estimate. A text that would need more
 * than Excel's 409-point row widens its column first (up to 255 characters; `widths` is updated).
 */
export function rowHeights(
  rows: SpecCell[][],
  merges: SheetSpec["merges"],
  widths: number[]
): (number | undefined)[] {
  const mergedTopLeft = new Set(merges.map((area) => area.top * 16_385 + area.left));
  const scaleOf = (cell: SpecCell) => (cell.style?.bold ? 1.1 : 1);
  // A text taller than Excel's 409-point row widens its column first (up to 255 characters).
  for (let r = 0; r < rows.length; r++) {
    rows[r].forEach((cell, c) => {
      if (cell?.content.kind !== "text" || mergedTopLeft.has((r + 1) * 16_385 + c + 1)) return;
      const text = cell.content.text;
      let width = widths[c] ?? 10;
      // No character is wider than a capital: most texts are short enough to need no measuring.
      const atMost = (text.length * CAPITAL_UNITS * scaleOf(cell)) / (width * WRAP_USE) + 1;
      if (atMost <= MAX_LINES && text.indexOf("\n") < 0) return;
      while (textLines(text, width, scaleOf(cell)) > MAX_LINES && width < MAX_COLUMN_CHARACTERS) {
        width = Math.min(MAX_COLUMN_CHARACTERS, Math.ceil(width * 1.25));
      }
      if (width > (widths[c] ?? 10)) widths[c] = width;
    });
  }
  // Width of merged areas by their top-left cell, as row × 16 385 + column (a sheet has 16 384
  // columns); 0 for areas spanning rows.
  const merged = new Map<number, number>();
  for (const area of merges) {
    let width = 0;
    if (area.bottom === area.top) {
      for (let c = area.left; c <= area.right; c++) width += widths[c - 1] ?? 10;
    }
    merged.set(area.top * 16_385 + area.left, width);
  }
  const heights = new Array<number | undefined>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined) continue;
      const content = cell.content;
      if (content.kind !== "text") continue;
      const mergedWidth = merged.get((r + 1) * 16_385 + c + 1);
      if (mergedWidth === 0) continue;
      // An indent level takes about one character's width of the line.
      const perLine = Math.max(1, (mergedWidth ?? widths[c] ?? 10) - (cell.style?.indent ?? 0));
      const text = content.text;
      const scale = scaleOf(cell);
      // A text that fits on one line even if every character were a capital needs no measuring.
      if (text.length * CAPITAL_UNITS * scale <= perLine * WRAP_USE && text.indexOf("\n") < 0) {
        continue;
      }
      lines = Math.max(lines, textLines(text, perLine, scale));
    }
    // Past 255 characters the text is cut on screen; the row still stays within Excel's limit.
    heights[r] = lines > 1 ? Math.min(MAX_ROW_POINTS, lines * WRAPPED_LINE_POINTS + 2) : undefined;
  }
  return heights;
}
