/**
 * Where a table of several blocks needs a manual page break so that every printed page shows the
 * header of the block it prints: a block that would start too low on a page (its header with
 * fewer than its first rows under it) starts the next page instead. Print titles cannot do it:
 * Excel repeats one range of rows per sheet, which would put the first block's header over the
 * second block's rows. The page is estimated from the row heights textMeasure gives and the
 * page setup every writer uses (A4 landscape, fitted to width, default margins).
 */

/** A4 landscape (842 × 595 pt) less the margins every writer sets (0.7" sides, 0.75" top/bottom). */
export const PRINTABLE = { width: 841.9 - 2 * 0.7 * 72, height: 595.3 - 2 * 0.75 * 72 };
/** Excel's default row (Calibri 11) in points. */
const DEFAULT_ROW_HEIGHT = 15;
/** A column of width w characters prints about w × 5.25 pt plus 3.75 pt padding (7 px + 5 px). */
const POINTS_PER_CHARACTER = 5.25;
const COLUMN_PADDING = 3.75;
/**
 * The estimate errs by a line or two (fonts differ between Excel and LibreOffice): a break put a
 * little early costs some blank paper, one put too late a page under the wrong header.
 */
const SAFETY = 0.9;

/** A later block: its first row (caption or header) and the last row that must print beside it. */
export interface BlockStart {
  first: number;
  keepWith: number;
}

/** The rows (1-based) after which a manual page break goes; empty when everything fits. */
export function blockPageBreaks(
  blocks: BlockStart[],
  heights: (number | undefined)[],
  rowCount: number,
  columnWidths: number[]
): number[] {
  if (blocks.length === 0) return [];
  const height = (row: number) => heights[row - 1] ?? DEFAULT_ROW_HEIGHT;
  const capacity = (PRINTABLE.height / fitScale(columnWidths)) * SAFETY;
  const starts = new Map(blocks.map((block) => [block.first, block.keepWith]));
  const breaks: number[] = [];
  let used = 0;
  for (let row = 1; row <= rowCount; row++) {
    const h = height(row);
    // The printer's own break where a page is full.
    if (used + h > capacity) used = 0;
    const keepWith = starts.get(row);
    if (keepWith !== undefined && used > 0) {
      let needed = 0;
      for (let r = row; r <= keepWith; r++) needed += height(r);
      if (used + needed > capacity) {
        breaks.push(row - 1);
        used = 0;
      }
    }
    used += h;
  }
  return breaks;
}

/** How much fitting the columns to the page width shrinks the print (1: not at all). */
export function fitScale(columnWidths: number[]): number {
  const width = columnWidths.reduce(
    (sum, characters) => sum + characters * POINTS_PER_CHARACTER + COLUMN_PADDING,
    0
  );
  return width > PRINTABLE.width ? PRINTABLE.width / width : 1;
}
