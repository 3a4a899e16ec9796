import {
  fitScale,
  MAX_PAGE_BREAKS,
  planPages,
  PRINTABLE,
  SAFETY,
  type PrintBlock,
  type PrintLayout,
} from "../../src/report/pageBreaks";

/**
 * Hand-derived figures: with columns narrower than the page (no shrinking) a page holds
 * 487.3 pt × 0.9 = 438.57 pt, i.e. 29 rows of Excel's default 15 pt (435 pt), not 30 (450 pt).
 */
const ROWS_PER_PAGE = 29;

/** Rows [first, last] of a body, one run per row unless `runs` says otherwise. */
function singleRuns(first: number, last: number): [number, number][] {
  return Array.from({ length: last - first + 1 }, (_, i) => [first + i, first + i]);
}

function layout(
  rowCount: number,
  blocks: PrintBlock[],
  extra: Partial<PrintLayout> = {}
): PrintLayout {
  return { rowCount, heights: [], columnWidths: [10], blocks, ...extra };
}

describe("the page the planner assumes", () => {
  test("29 default rows fill an unshrunk A4 landscape page", () => {
    const capacity = PRINTABLE.height * SAFETY;
    expect(capacity).toBeCloseTo(438.57, 2);
    expect(ROWS_PER_PAGE * 15).toBeLessThanOrEqual(capacity);
    expect((ROWS_PER_PAGE + 1) * 15).toBeGreaterThan(capacity);
  });

  test("columns wider than the page shrink the print, so more rows fit", () => {
    expect(fitScale([10, 10])).toBe(1);
    expect(fitScale([200, 100])).toBeCloseTo(PRINTABLE.width / (300 * 5.25 + 2 * 3.75));
  });
});

describe("a block that runs past a page repeats its header on the next", () => {
  // Titles on rows 1-4, a blank row 5, the header on rows 6-7 (names, column numbers), 50 rows.
  const indicators: PrintBlock = {
    first: 6,
    header: [6, 7],
    runs: singleRuns(8, 57),
    repeatsHeader: true,
  };

  test("each page ends by hand before the row that no longer fits, under the block's header", () => {
    // Page 1: rows 1-29 (435 pt). Page 2: the header (30 pt) and rows 30-56 (27 × 15 = 405 pt).
    expect(planPages(layout(57, [indicators]))).toEqual([
      { row: 30, header: 0 },
      { row: 57, header: 0 },
    ]);
  });

  test("a block that does not repeat its header leaves the pages to the printer", () => {
    expect(planPages(layout(57, [{ ...indicators, repeatsHeader: false }]))).toEqual([]);
  });

  test("rows merged down together (a sasaran over its indicators) start the page together", () => {
    // Rows 28-30 are one run: 27 rows (405 pt) + 45 pt > 438.57 pt, so the page ends after 27.
    const runs = [...singleRuns(8, 27), [28, 30] as [number, number], ...singleRuns(31, 40)];
    expect(planPages(layout(40, [{ ...indicators, runs }]))).toEqual([{ row: 28, header: 0 }]);
  });

  test("a run taller than a page breaks row by row rather than never", () => {
    expect(planPages(layout(57, [{ ...indicators, runs: [[8, 57]] }]))).toEqual([
      { row: 30, header: 0 },
      { row: 57, header: 0 },
    ]);
  });

  test("taller rows fill the page sooner", () => {
    // Rows 8-10 are 100 pt: 7 × 15 + 300 = 405 pt; row 11 (15 pt) still fits, row 12 (40 pt) not.
    const heights: (number | undefined)[] = [];
    heights[7] = heights[8] = heights[9] = 100;
    heights[11] = 40;
    expect(
      planPages(layout(20, [{ ...indicators, runs: singleRuns(8, 20) }], { heights }))
    ).toEqual([{ row: 12, header: 0 }]);
  });

  test("never more breaks than Excel keeps on a sheet", () => {
    const rows = 40 * (MAX_PAGE_BREAKS + 50);
    const starts = planPages(layout(rows, [{ ...indicators, runs: singleRuns(8, rows) }]));
    expect(starts).toHaveLength(MAX_PAGE_BREAKS);
  });
});

describe("a later block starts on a page where its header has rows under it", () => {
  // Block 1: header 6-7, rows 8-27. Blank 28. Block 2: header 29-30, rows 31-42.
  const first: PrintBlock = {
    first: 6,
    header: [6, 7],
    runs: singleRuns(8, 27),
    repeatsHeader: true,
  };
  const second: PrintBlock = {
    first: 29,
    header: [29, 30],
    runs: singleRuns(31, 42),
    repeatsHeader: true,
  };

  test("a header that would end the page with fewer than two of its rows starts the next", () => {
    // Rows 1-28 use 420 pt; the header and two rows (60 pt) do not fit: the page ends after 28.
    expect(planPages(layout(42, [first, second]))).toEqual([{ row: 29 }]);
  });

  test("its first run comes whole with it", () => {
    // Block 2 one row higher (header 28-29): 27 rows + 2 header rows + 1 row = 450 pt > capacity,
    // and with its first run of three rows it would not fit either: the page ends after row 27.
    const early: PrintBlock = {
      first: 28,
      header: [28, 29],
      runs: [[30, 32], ...singleRuns(33, 42)],
      repeatsHeader: true,
    };
    const shortFirst: PrintBlock = { ...first, runs: singleRuns(8, 26) };
    // Rows 1-27 = 405 pt; header + first run = 75 pt: 480 > 438.57.
    expect(planPages(layout(42, [shortFirst, early]))).toEqual([{ row: 28 }]);
  });

  test("a table whose blocks fit one page has no break", () => {
    // Rows 8-16, blank 17, header 18-19, rows 20-25: 25 rows, 375 pt.
    const small: PrintBlock = {
      first: 18,
      header: [18, 19],
      runs: singleRuns(20, 25),
      repeatsHeader: true,
    };
    expect(planPages(layout(25, [{ ...first, runs: singleRuns(8, 16) }, small]))).toEqual([]);
  });
});

describe("a signature block is never cut in two", () => {
  const table: PrintBlock = {
    first: 6,
    header: [6, 7],
    runs: singleRuns(8, 20),
    repeatsHeader: false,
  };

  test("one that would not fit under the table starts the next page, the table's last row with it", () => {
    // Rows 1-21 = 315 pt; ten signature lines (150 pt) make 465 pt > 438.57 pt. Under print
    // titles the page would be a header over nothing: row 20 (the last) goes with the lines.
    expect(planPages(layout(31, [table], { signature: [22, 31], titleRows: [6, 7] }))).toEqual([
      { row: 20 },
    ]);
    // Without print titles (tables of several blocks) the page opens with the lines.
    const several = { ...table, repeatsHeader: true };
    expect(planPages(layout(31, [several], { signature: [22, 31] }))).toEqual([{ row: 22 }]);
  });

  test("the page started by hand before it does not cut rows merged together", () => {
    // As above, but rows 55-57 are one run (a sasaran over three indicators): page 3 starts by
    // hand at row 55, not at row 57 where the printer's estimated page would.
    const long: PrintBlock = {
      ...table,
      runs: [...singleRuns(8, 54), [55, 57] as [number, number], ...singleRuns(58, 60)],
    };
    expect(planPages(layout(66, [long], { signature: [62, 66], titleRows: [6, 7] }))).toEqual([
      { row: 55 },
    ]);
  });

  test("the last row goes with it only when it is not already at the top of its page", () => {
    // Rows 1-29 fill page 1; the printer starts page 2 at row 30, the table's last row, which
    // the signature (rows 32-61, 450 pt) cannot join: it starts a page of its own at row 32.
    const long: PrintBlock = { ...table, runs: singleRuns(8, 30) };
    expect(planPages(layout(61, [long], { signature: [32, 61], titleRows: [6, 7] }))).toEqual([
      { row: 30 },
      { row: 32 },
    ]);
  });

  test("one that fits stays under the table", () => {
    expect(planPages(layout(27, [table], { signature: [22, 27], titleRows: [6, 7] }))).toEqual([]);
  });

  test("after the printer's own breaks, its page starts by hand where its room was measured", () => {
    // Page 1: rows 1-29. Page 2: print titles (30 pt) and rows 30-56. Page 3 from row 57: the
    // estimate may drift from the printer's, so row 57 starts it by hand; the five lines fit.
    const long: PrintBlock = { ...table, runs: singleRuns(8, 60) };
    expect(planPages(layout(66, [long], { signature: [62, 66], titleRows: [6, 7] }))).toEqual([
      { row: 57 },
    ]);
  });
});
