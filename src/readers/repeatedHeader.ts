import type { Finding } from "../model/finding";
import { isColumnNumberRow, normalizeLabel, type HeaderMatch } from "./headerFinder";
import type { SheetView } from "./sheetView";

/**
 * Whether a row inside the data repeats the table's header, as a table printed over several pages
 * or pasted from several exports does: its cells read as the header's labels in the same columns
 * (at least two, and nothing else in the row), or it is the column-number row 1 2 3 … again.
 */
export function isRepeatedHeader(view: SheetView, header: HeaderMatch, row: number): boolean {
  if (isColumnNumberRow(view, row)) return true;
  let matched = 0;
  for (const cell of view.rowCells(row)) {
    if (typeof cell.value !== "string" || cell.value.trim() === "") {
      if (cell.value === null) continue;
      return false;
    }
    if (!headerLabels(view, header, cell.col).includes(normalizeLabel(cell.value))) return false;
    matched++;
  }
  return matched >= 2;
}

/** The header's labels in a column, normalised once per header (a sheet asks for every row). */
const labelCache = new WeakMap<HeaderMatch, Map<number, string[]>>();
function headerLabels(view: SheetView, header: HeaderMatch, col: number): string[] {
  let columns = labelCache.get(header);
  if (!columns) {
    columns = new Map();
    labelCache.set(header, columns);
  }
  let labels = columns.get(col);
  if (!labels) {
    labels = [header.top, header.bottom].map((row) => normalizeLabel(view.text(row, col)));
    columns.set(col, labels);
  }
  return labels;
}

/** The finding of a repeated header row that was skipped. */
export function repeatedHeaderFinding(view: SheetView, header: HeaderMatch, row: number): Finding {
  return {
    severity: "info",
    code: "finding.repeatedHeader",
    ref: view.ref(row, view.firstCol),
    params: { row, header: header.top },
  };
}
