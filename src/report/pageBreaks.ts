/**
 * Where a table's printed pages end, so that every page shows the header of the block it prints
 * and a signature block is never cut in two, as a planner lays out an LKjIP in Word:
 * - a block that would start too low on a page (its header with fewer than its first rows under
 *   it) starts the next page instead;
 * - a block of a table of several blocks that runs past a page ends it by hand, and the page after
 *   opens with the block's header rows again (renderTable repeats them on the sheet). Print titles
 *   cannot do it: Excel repeats one range of rows per sheet, which would put one block's header
 *   over another block's rows. Rows merged down together (a sasaran over its indicators) stay on
 *   one page unless they are taller than a page;
 * - a signature block that would not fit under the table starts the next page; under print titles
 *   (a table of one block) the table's last row goes with it, so the repeated header stands over
 *   a row of its own.
 * The page is estimated from the row heights textMeasure gives and the page setup every writer
 * uses (A4 landscape, fitted to width, default margins).
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
 * little early costs some blank paper, one put too late a page under the wrong header. As every
 * page that matters ends by hand, the printer, which fits more, never breaks before us.
 */
export const SAFETY = 0.9;
/** Excel keeps at most 1 026 horizontal page breaks per sheet ("Excel specifications and limits"). */
export const MAX_PAGE_BREAKS = 1026;

/** One block of a table as printed, in rows (1-based) of the sheet without repeated headers. */
export interface PrintBlock {
  /** Its first row: the caption, else the first header row. */
  first: number;
  /** Its header rows, the row of column numbers included. */
  header: [number, number];
  /**
   * Its body as runs of rows that print together (a row and the rows merged down with it),
   * top to bottom; the body's first row is the first run's.
   */
  runs: [number, number][];
  /** Whether a page its body runs onto opens with its header rows repeated (tables of several blocks). */
  repeatsHeader: boolean;
}

export interface PrintLayout {
  rowCount: number;
  /** Row heights in points; undefined: Excel's default. */
  heights: (number | undefined)[];
  columnWidths: number[];
  blocks: PrintBlock[];
  /** The rows of the signature blocks, kept on one page. */
  signature?: [number, number];
  /** Print titles, which every page after the first prints above its rows. */
  titleRows?: [number, number];
}

/** A page that starts by hand at `row`, under the header of block `header` repeated when given. */
export interface PageStart {
  row: number;
  header?: number;
}

/** The pages that must start by hand, in order; empty when the printer's own breaks will do. */
export function planPages(layout: PrintLayout): PageStart[] {
  const height = (row: number) => layout.heights[row - 1] ?? DEFAULT_ROW_HEIGHT;
  const span = (top: number, bottom: number) => {
    let sum = 0;
    for (let row = top; row <= bottom; row++) sum += height(row);
    return sum;
  };
  const capacity = (PRINTABLE.height / fitScale(layout.columnWidths)) * SAFETY;
  const titleHeight = layout.titleRows ? span(...layout.titleRows) : 0;
  const events = rowEvents(layout);
  // The first row of the run of rows merged together that each body row belongs to.
  const runStarts = new Map<number, number>();
  for (const block of layout.blocks) {
    for (const [top, bottom] of block.runs) {
      for (let row = top + 1; row <= bottom; row++) runStarts.set(row, top);
    }
  }
  const starts: PageStart[] = [];
  let used = 0;
  // Nothing but what every page repeats (print titles, a repeated header) is on the page yet.
  let fresh = true;
  // Where the printer would start the current page, when it was not started by hand.
  let printerStart: number | undefined;
  // The page a signature that does not fit starts at: with the table's last run when there is
  // room for both and the run is not already at the top of its page.
  const signaturePageStart = (
    event: { last: number; withRow?: number },
    row: number,
    pageStart: number
  ) =>
    event.withRow !== undefined &&
    event.withRow > pageStart &&
    titleHeight + span(event.withRow, event.last) <= capacity
      ? event.withRow
      : row;
  const startPage = (row: number, header?: number) => {
    starts.push(header === undefined ? { row } : { row, header });
    used = header === undefined ? titleHeight : span(...layout.blocks[header].header);
    fresh = true;
    printerStart = undefined;
  };
  const full = (needed: number) => !fresh && used + needed > capacity;
  for (let row = 1; row <= layout.rowCount; row++) {
    const h = height(row);
    const event = events.get(row);
    if (starts.length < MAX_PAGE_BREAKS && event) {
      if (event.kind !== "body" && printerStart !== undefined) {
        // Estimated page ends drift from the printer's over several pages: start this one by
        // hand so that it begins where the room for the block or signature was measured from,
        // or a little higher, where the rows merged with that row begin.
        const runStart = runStarts.get(printerStart) ?? printerStart;
        const from = runStart > (starts[starts.length - 1]?.row ?? 1) ? runStart : printerStart;
        startPage(from);
        for (let r = from; r < row; r++) used += height(r);
        fresh = from === row;
      }
      if (event.kind === "block" && full(span(row, event.keepWith))) startPage(row);
      else if (event.kind === "signature" && full(span(row, event.last))) {
        const from = signaturePageStart(event, row, starts[starts.length - 1]?.row ?? 1);
        startPage(from);
        for (let r = from; r < row; r++) used += height(r);
        fresh = from === row;
      } else if (event.kind === "body") {
        const header = span(...layout.blocks[event.block].header);
        // A run taller than a page breaks row by row.
        const needed = event.last !== undefined ? span(row, event.last) : h;
        const whole = event.last !== undefined && header + needed <= capacity;
        if (full(whole ? needed : h)) startPage(row, event.block);
      }
    }
    if (!fresh && used + h > capacity) {
      // The printer's own break where a page is full.
      used = titleHeight;
      printerStart = row;
    }
    used += h;
    fresh = false;
  }
  return starts;
}

type RowEvent =
  | { kind: "block"; keepWith: number }
  /** `withRow`: the first row of the table's last run, which goes with it under print titles. */
  | { kind: "signature"; last: number; withRow?: number }
  /** A body row of a block that repeats its header; `last` ends the run it starts, if it does. */
  | { kind: "body"; block: number; last?: number };

function rowEvents(layout: PrintLayout): Map<number, RowEvent> {
  const events = new Map<number, RowEvent>();
  layout.blocks.forEach((block, index) => {
    if (block.repeatsHeader) {
      block.runs.forEach(([top, bottom], run) => {
        for (let row = top + 1; row <= bottom; row++)
          events.set(row, { kind: "body", block: index });
        // The first run prints under the block's own header: where it goes is the block's affair.
        if (run > 0) events.set(top, { kind: "body", block: index, last: bottom });
      });
    }
    // A later block's header prints with its first two rows at least, and its first run whole.
    if (index > 0 && block.runs.length > 0) {
      const [bodyTop, firstRunEnd] = block.runs[0];
      const last = block.runs[block.runs.length - 1][1];
      const keepWith = Math.max(Math.min(last, bodyTop + 1), firstRunEnd);
      events.set(block.first, { kind: "block", keepWith });
    } else if (index > 0) {
      events.set(block.first, { kind: "block", keepWith: block.header[1] });
    }
  });
  if (layout.signature) {
    const lastRun = layout.blocks[layout.blocks.length - 1]?.runs.at(-1);
    const withRow = layout.titleRows && lastRun ? lastRun[0] : undefined;
    events.set(layout.signature[0], { kind: "signature", last: layout.signature[1], withRow });
  }
  return events;
}

/** How much fitting the columns to the page width shrinks the print (1: not at all). */
export function fitScale(columnWidths: number[]): number {
  const width = columnWidths.reduce(
    (sum, characters) => sum + characters * POINTS_PER_CHARACTER + COLUMN_PADDING,
    0
  );
  return width > PRINTABLE.width ? PRINTABLE.width / width : 1;
}
