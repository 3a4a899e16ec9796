/**
 * A file the tool cannot read as a workbook, with a message key of the catalogue (src/i18n) saying
 * what it is and what to do. Thrown by the readers of files (src/workbook/xlsx), shown by the command
 * line and the web page in the user's language; `cause` keeps the library's own text for --debug.
 */
export class WorkbookReadError extends Error {
  /** The library's own error, shown only with --debug. */
  readonly cause: unknown;

  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    options: { cause?: unknown } = {}
  ) {
    super(messageKey);
    this.name = "WorkbookReadError";
    this.cause = options.cause;
  }
}
