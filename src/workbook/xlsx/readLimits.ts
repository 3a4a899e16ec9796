/**
 * What reading one .xlsx file may cost, whatever the file says about itself. The same limits hold
 * on the command line and in the web page; README "Known limits" states them for users.
 *
 * The reader alone would manage ten times more; the limits are set by what the whole command
 * stays within (1.5 GB): until the writer splices generated sheets into the original package,
 * ExcelJS loads the whole workbook to write it, and 100 000 rows of four columns already take
 * 1.2 GB there (measured, README "Known limits").
 */
export const READ_LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 50 * 1024 * 1024,
  /** Inflated size of any one part (a sheet's XML, the shared strings). */
  partBytes: 64 * 1024 * 1024,
  /** Inflated size of all parts read from one file. */
  totalBytes: 256 * 1024 * 1024,
  /** Cells holding a value or a formula, over all sheets read. */
  cells: 300_000,
  /**
   * Cells one merged area may cover. Reading costs nothing per covered cell, but ExcelJS, which
   * writes the output for now, makes an object for each (A1:XFD1048576 would be 17 billion).
   */
  mergeCells: 1_000_000,
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

  /** Bytes that may still be inflated. */
  remaining(): number {
    return Math.max(0, this.limits.totalBytes - this.inflated);
  }

  /** Adds one kept cell; false when over the limit. */
  cell(): boolean {
    this.cellCount += 1;
    return this.cellCount <= this.limits.cells;
  }
}
