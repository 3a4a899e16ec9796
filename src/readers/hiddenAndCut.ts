import type { Finding } from "../model/finding";
import { columnLetter } from "../workbook/cellAddress";
import type { SheetView } from "./sheetView";

/** "3-5, 9" for [3, 4, 5, 9]: runs of consecutive numbers, each shown with `label`. */
function runs(numbers: number[], label: (n: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(i === j ? label(numbers[i]) : `${label(numbers[i])}-${label(numbers[j])}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/**
 * What an input sheet hides or what had to be cut while reading it: hidden rows and columns that
 * hold cells (read all the same, so the user knows what went into the tables), and text longer
 * than Excel's cell limit, cut at 32 767 characters.
 */
export function hiddenAndCutFindings(view: SheetView): Finding[] {
  const findings: Finding[] = [];
  const rows = view.hiddenRows.filter((row) => view.rowCells(row).length > 0);
  if (rows.length > 0) {
    findings.push({
      severity: "warning",
      code: "finding.hiddenRows",
      ref: view.ref(rows[0], view.firstCol),
      params: { rows: runs(rows, String) },
    });
  }
  if (view.hiddenColumns.length > 0) {
    const used = new Set<number>();
    for (const row of view.rowsWithCells())
      for (const cell of view.rowCells(row)) used.add(cell.col);
    const columns = view.hiddenColumns.filter((col) => used.has(col));
    if (columns.length > 0) {
      findings.push({
        severity: "warning",
        code: "finding.hiddenColumns",
        ref: view.ref(view.firstRow, columns[0]),
        params: { columns: runs(columns, columnLetter) },
      });
    }
  }
  for (const address of view.truncatedCells) {
    findings.push({
      severity: "warning",
      code: "finding.textTooLong",
      ref: { sheet: view.name, address },
      params: {},
    });
  }
  return findings;
}
