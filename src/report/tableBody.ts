import type { CellContent, CellStyle, SheetSpec, SpecCell } from "../workbook/sheetSpec";
import type { FormulaMode } from "./options";
import { resolveRowRefs } from "./rowRefs";
import { cellStyle } from "./tableStyles";
import type { TableBlock, TableCell } from "./tableSpec";

/**
 * A block's columns and body rows on the sheet: where each column sits, what each cell holds
 * (formulas with their row references resolved), the merges of cells spanning columns or rows.
 */

type Merges = SheetSpec["merges"];

/** Where each column of a block sits on the sheet: first sheet column (1-based) and span. */
export interface Placement {
  left: number;
  span: number;
}

export function placements(block: TableBlock): Placement[] {
  let left = 1;
  return block.columns.map((column) => {
    const span = Math.max(1, column.span ?? 1);
    const placement = { left, span };
    left += span;
    return placement;
  });
}

/** Puts `cell` at its placement in `row`, the rest of its span blank in the same style. */
export function place(row: SpecCell[], at: Placement, cell: SpecCell): void {
  row[at.left - 1] = cell;
  for (let i = 1; i < at.span; i++) row[at.left - 1 + i] = blankCell(cell.style);
}

/**
 * One shared blank cell per style (nothing changes a SpecCell once made): a long table's merged
 * columns are mostly blank cells, one object each would be hundreds of thousands.
 */
const blanks = new WeakMap<CellStyle, SpecCell>();
function blankCell(style: CellStyle | undefined): SpecCell {
  if (!style) return BLANK;
  let cell = blanks.get(style);
  if (!cell) {
    cell = Object.freeze({ content: EMPTY_CONTENT, style });
    blanks.set(style, cell);
  }
  return cell;
}

/** Where a block's body goes: the sheet so far, the block's header rows, where they repeat. */
export interface BodyTarget {
  rows: SpecCell[][];
  merges: Merges;
  header: [number, number];
  /** Body rows (0-based) above which the header rows are repeated (a printed page opens there). */
  repeatAt: ReadonlySet<number>;
}

/**
 * Writes the block's rows under its header; returns its runs (rows merged down together) as
 * sheet rows. Above each row of `repeatAt` the header rows are written again, same styles and
 * merges; a cell merged down across such a row is merged in two, its text shown again under the
 * repeated header. `{key@n}` references follow body row n wherever it lands.
 */
export function renderBody(
  block: TableBlock,
  placed: Placement[],
  mode: FormulaMode,
  { rows, merges, header, repeatAt }: BodyTarget
): [number, number][] {
  const columnOf = new Map(block.columns.map((column, c) => [column.key, placed[c].left]));
  const spanned = placed.some((at) => at.span > 1);
  const keys = block.columns.map((column) => column.key);
  const spanOf = new Map(block.columns.map((column, c) => [column.key, placed[c]]));
  const headerRows = rows.slice(header[0] - 1, header[1]);
  const headerMerges = merges.filter((area) => area.top >= header[0] && area.bottom <= header[1]);
  // The sheet row of each body row, below the header rows repeated above it.
  const bodyTop = rows.length + 1;
  const sheetRows: number[] = [];
  let shift = 0;
  block.rows.forEach((_, n) => {
    if (repeatAt.has(n)) shift += headerRows.length;
    sheetRows.push(bodyTop + n + shift);
  });
  const sheetRowOf = (n: number) => sheetRows[n] ?? bodyTop + n + shift;
  // Last row each key's cell is merged down to, so the rows it covers get no merge of their own.
  const coveredTo = new Map<string, number>();
  // Cells shown again under a repeated header, by body row and column key.
  const carried = new Map<number, Map<string, SpecCell>>();
  const runs: [number, number][] = [];
  let runEnd = -1;
  // Usually none (and a long table has blocks merged down over thousands of rows).
  const repeats = [...repeatAt].sort((a, b) => a - b);
  block.rows.forEach((tableRow, n) => {
    if (repeatAt.has(n)) {
      const offset = rows.length + 1 - header[0];
      rows.push(...headerRows);
      for (const area of headerMerges) {
        merges.push({ ...area, top: area.top + offset, bottom: area.bottom + offset });
      }
    }
    const rowNumber = rows.length + 1;
    const emphasis = tableRow.emphasis === true;
    const cells = tableRow.cells;
    const specRow: SpecCell[] = [];
    for (let c = 0; c < keys.length; c++) {
      const cell = cells[keys[c]] ?? EMPTY_CELL;
      const style = cellStyle(cell, emphasis);
      const content = cellContent(cell, mode, rowNumber, columnOf, sheetRowOf);
      place(specRow, placed[c], content === EMPTY_CONTENT ? blankCell(style) : { content, style });
    }
    for (const [key, cell] of carried.get(n) ?? []) place(specRow, spanOf.get(key)!, cell);
    rows.push(specRow);
    let last = n;
    for (const key in tableRow.rowSpans ?? {}) {
      const span = tableRow.rowSpans?.[key] ?? 1;
      const at = spanOf.get(key);
      if (at === undefined || span <= 1) continue;
      last = Math.max(last, n + span - 1);
      coveredTo.set(key, sheetRowOf(n + span - 1));
      // One merge per printed page the cell runs over: cut where a header is repeated.
      let top = n;
      const cuts = repeats.filter((row) => row > n && row < n + span);
      for (const next of [...cuts, n + span]) {
        if (next - 1 > top || at.span > 1) {
          merges.push({
            top: sheetRowOf(top),
            left: at.left,
            bottom: sheetRowOf(next - 1),
            right: at.left + at.span - 1,
          });
        }
        const content = specRow[at.left - 1].content;
        if (next < n + span && content.kind === "text") {
          const again = carried.get(next) ?? new Map<string, SpecCell>();
          carried.set(next, again.set(key, specRow[at.left - 1]));
        }
        top = next;
      }
    }
    if (n > runEnd) runs.push([rowNumber, sheetRowOf(last)]);
    else runs[runs.length - 1][1] = Math.max(runs[runs.length - 1][1], sheetRowOf(last));
    runEnd = Math.max(runEnd, last);
    if (!spanned) return;
    block.columns.forEach((column, c) => {
      const at = placed[c];
      if (at.span > 1 && (coveredTo.get(column.key) ?? 0) < rowNumber) {
        merges.push({
          top: rowNumber,
          left: at.left,
          bottom: rowNumber,
          right: at.left + at.span - 1,
        });
      }
    });
  });
  return runs;
}

const EMPTY_CELL: TableCell = Object.freeze({ kind: "empty" });

/** Empty content is shared: SheetSpecs are read only, and tables have many empty cells. */
export const EMPTY_CONTENT: CellContent = Object.freeze({ kind: "empty" });
const BLANK: SpecCell = Object.freeze({ content: EMPTY_CONTENT });

function cellContent(
  cell: TableCell,
  mode: FormulaMode,
  row: number,
  columnOf: ReadonlyMap<string, number>,
  bodyRowAt: (bodyRow: number) => number
): CellContent {
  switch (cell.kind) {
    case "empty":
      return EMPTY_CONTENT;
    case "text":
    case "number":
    case "error":
      // A table's constant is already what a sheet holds (its styling fields are read by
      // cellStyle, not by the writers): shared, not copied, as a long table has hundreds of
      // thousands of them.
      return cell;
    case "figure": {
      if (mode === "values") {
        const value = cell.value;
        if (typeof value === "number") return { kind: "number", value };
        if (typeof value === "string") return { kind: "text", text: value };
        return { kind: "error", error: value.error };
      }
      const formula =
        mode === "functions" && cell.functionFormula ? cell.functionFormula : cell.formula;
      return {
        kind: "formula",
        formula: resolveRowRefs(formula, row, columnOf, bodyRowAt),
        cached: cell.value,
      };
    }
  }
}
