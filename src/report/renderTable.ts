import type { CellContent, SheetSpec, SpecCell } from "../workbook/sheetSpec";
import type { FormulaMode } from "./options";
import { tablePage } from "./printSetup";
import { resolveRowRefs } from "./rowRefs";
import {
  CAPTION_STYLE,
  cellStyle,
  COLUMN_NUMBER_STYLE,
  HEADER_STYLE,
  NOTE_STYLE,
  titleStyle,
} from "./tableStyles";
import type { TableBlock, TableCell, TableSpec } from "./tableSpec";
import { rowHeights } from "./textMeasure";

/**
 * Lays a table out like the seed report: title block, header rows (merged group headers), the row
 * of column numbers, bordered body, notes in plain rows under it; frozen header, A4 landscape
 * fitted to width, print titles. Styles live in tableStyles, row heights in textMeasure.
 */
export function renderTable(
  spec: TableSpec,
  mode: FormulaMode,
  sheetName = spec.sheetName
): SheetSpec {
  const width = Math.max(...spec.blocks.map((block) => block.columns.length));
  const rows: SpecCell[][] = [];
  const merges: SheetSpec["merges"] = [];
  const fullWidthRow = (text: string, style: SpecCell["style"]) => {
    rows.push(padRow([{ content: { kind: "text", text }, style }], width));
    if (width > 1) merges.push({ top: rows.length, left: 1, bottom: rows.length, right: width });
  };
  spec.titleLines.forEach((line, index) => fullWidthRow(line, titleStyle(index === 0)));
  rows.push([]);
  let headerTop = 0;
  let headerBottom = 0;
  spec.blocks.forEach((block, index) => {
    if (index > 0) rows.push([]);
    if (block.caption)
      rows.push([{ content: { kind: "text", text: block.caption }, style: CAPTION_STYLE }]);
    const top = rows.length + 1;
    renderHeader(block, rows, merges);
    if (index === 0) {
      headerTop = top;
      headerBottom = rows.length;
    }
    renderBody(block, mode, rows, merges);
    for (const note of block.notes ?? []) fullWidthRow(note, NOTE_STYLE);
  });
  const widths = columnWidths(spec.blocks, width);
  const single = spec.blocks.length === 1;
  return {
    name: sheetName,
    rows,
    merges,
    columnWidths: widths,
    rowHeights: rowHeights(rows, merges, widths),
    freezeRows: single ? headerBottom : undefined,
    // One block's header repeated over another block's rows would mislabel them: tables of
    // several blocks print each block under its own header only.
    printTitleRows: single ? [headerTop, headerBottom] : undefined,
    page: tablePage(),
  };
}

function renderHeader(block: TableBlock, rows: SpecCell[][], merges: SheetSpec["merges"]): void {
  const grouped = block.columns.some((column) => column.group !== undefined);
  const top = rows.length + 1;
  const header = (text: string): SpecCell => ({
    content: { kind: "text", text },
    style: HEADER_STYLE,
  });
  const blank: SpecCell = { content: EMPTY_CONTENT, style: HEADER_STYLE };
  if (grouped) {
    const groupRow: SpecCell[] = [];
    const leafRow: SpecCell[] = [];
    block.columns.forEach((column, c) => {
      if (column.group === undefined) {
        groupRow.push(header(column.header));
        leafRow.push(blank);
        merges.push({ top, left: c + 1, bottom: top + 1, right: c + 1 });
        return;
      }
      const startsGroup = c === 0 || block.columns[c - 1].group !== column.group;
      groupRow.push(startsGroup ? header(column.group) : blank);
      leafRow.push(header(column.header));
      if (startsGroup) {
        let end = c;
        while (end + 1 < block.columns.length && block.columns[end + 1].group === column.group)
          end++;
        if (end > c) merges.push({ top, left: c + 1, bottom: top, right: end + 1 });
      }
    });
    rows.push(groupRow, leafRow);
  } else {
    rows.push(block.columns.map((column) => header(column.header)));
  }
  if (block.numbered === false) return;
  rows.push(
    block.columns.map((_column, c) => ({
      content: { kind: "number", value: c + 1 },
      style: COLUMN_NUMBER_STYLE,
    }))
  );
}

function renderBody(
  block: TableBlock,
  mode: FormulaMode,
  rows: SpecCell[][],
  merges: SheetSpec["merges"]
): void {
  const columnOf = new Map(block.columns.map((column, c) => [column.key, c + 1]));
  const keys = block.columns.map((column) => column.key);
  for (const tableRow of block.rows) {
    const rowNumber = rows.length + 1;
    const emphasis = tableRow.emphasis === true;
    const cells = tableRow.cells;
    const specRow = new Array<SpecCell>(keys.length);
    for (let c = 0; c < keys.length; c++) {
      const cell = cells[keys[c]] ?? EMPTY_CELL;
      specRow[c] = {
        content: cellContent(cell, mode, rowNumber, columnOf),
        style: cellStyle(cell, emphasis),
      };
    }
    rows.push(specRow);
    const rowSpans = tableRow.rowSpans;
    if (!rowSpans) continue;
    for (const key in rowSpans) {
      const span = rowSpans[key] ?? 1;
      const left = columnOf.get(key);
      if (left !== undefined && span > 1)
        merges.push({ top: rowNumber, left, bottom: rowNumber + span - 1, right: left });
    }
  }
}

const EMPTY_CELL: TableCell = Object.freeze({ kind: "empty" });

/** Empty content is shared: SheetSpecs are read only, and tables have many empty cells. */
const EMPTY_CONTENT: CellContent = Object.freeze({ kind: "empty" });

function cellContent(
  cell: TableCell,
  mode: FormulaMode,
  row: number,
  columnOf: ReadonlyMap<string, number>
): CellContent {
  switch (cell.kind) {
    case "empty":
      return EMPTY_CONTENT;
    case "text":
      return { kind: "text", text: cell.text };
    case "number":
      return { kind: "number", value: cell.value };
    case "error":
      return { kind: "error", error: cell.error };
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
        formula: resolveRowRefs(formula, row, columnOf),
        cached: cell.value,
      };
    }
  }
}

function padRow(cells: SpecCell[], width: number): SpecCell[] {
  const style = cells[0]?.style;
  while (cells.length < width) cells.push({ content: EMPTY_CONTENT, style });
  return cells;
}

function columnWidths(blocks: TableBlock[], width: number): number[] {
  const widths = new Array<number>(width).fill(8);
  for (const block of blocks) {
    block.columns.forEach((column, c) => {
      widths[c] = Math.max(widths[c], column.width);
    });
  }
  return widths;
}
