/**
 * What reading one .xlsx file may cost, whatever the file says about itself. The same limits hold
 * on the command line and in the web page; README "Known limits" states them for users.
 */
export const READ_LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** Inflated size of any one part (a sheet's XML, the shared strings). */
  partBytes: 400 * 1024 * 1024,
  /** Inflated size of all parts read from one file. */
  totalBytes: 800 * 1024 * 1024,
  /** Cells holding a value or a formula, over all sheets read. */
  cells: 3_000_000,
  /** Entries in the package (a zip of millions of tiny files costs memory before any is read). */
  entries: 10_000,
} as const;

export type ReadLimits = { [K in keyof typeof READ_LIMITS]: number };

/** Running count of what a read has inflated and kept, checked against the limits. */
export class ReadBudget {
  private inflated = 0;
  private cellCount = 0;

  constructor(readonly limits: ReadLimits = READ_LIMITS) {}

  /** Adds inflated bytes; false when the total is over the limit. */
  inflate(bytes: number): boolean {
    this.inflated += bytes;
    return this.inflated <= this.limits.totalBytes;
  }

  /** Adds one kept cell; false when over the limit. */
  cell(): boolean {
    this.cellCount += 1;
    return this.cellCount <= this.limits.cells;
  }
}
