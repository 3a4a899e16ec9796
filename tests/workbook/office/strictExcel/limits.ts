/**
 * What real Excel enforces, each limit with the page that documents it. The strict fake rejects
 * any call that passes one of these, so a test that passes against the fake holds in Excel too.
 */

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB. An error will be
 * thrown if that limit is exceeded" (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded):
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.
 * Counted here as the JSON of what a sync sends and receives, 5 MB taken as 5 000 000 bytes.
 */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Excel specifications and limits (support.microsoft.com, "Excel specifications and limits"). */
export const MAX_ROW_HEIGHT_POINTS = 409;
export const MAX_COLUMN_WIDTH_CHARACTERS = 255;
export const MAX_FORMULA_CHARACTERS = 8192;
export const MAX_CELL_CHARACTERS = 32767;
/** "Page breaks: 1,026 horizontal and vertical" per sheet. */
export const MAX_PAGE_BREAKS = 1026;
/** RangeFormat.indentLevel (Office.js reference, ExcelApi 1.9): "an integer from 0 to 250". */
export const MAX_INDENT_LEVEL = 250;
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * "Rename a worksheet" (support.microsoft.com): a name may not be blank, longer than 31 characters,
 * contain / \ ? * : [ ], begin or end with an apostrophe, or be "History"; names are unique
 * ignoring case.
 */
export const MAX_SHEET_NAME_CHARACTERS = 31;
export const FORBIDDEN_SHEET_NAME = /[/\\?*:[\]]/;

/**
 * Range.getMergedAreasOrNullObject: "If the count of merged areas in this range is more than 512,
 * then this method will fail to return the result" (Excel.Range reference, ExcelApi 1.13).
 */
export const MAX_MERGED_AREAS_RETURNED = 512;

/** Excel's column width unit is the character of the default font; the API speaks points. */
export function pointsToCharacters(points: number): number {
  return (points / 0.75 - 5) / 7;
}
