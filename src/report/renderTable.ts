import type { CellContent, CellStyle, SheetSpec, SpecCell } from "../workbook/sheetSpec";
import type { FormulaMode } from "./options";
import { blockPageBreaks, type BlockStart } from "./pageBreaks";
import { tablePage } from "./printSetup";
import { resolveRowRefs } from "./rowRefs";
import {
  CAPTION_STYLE,
  cellStyle,
  COLUMN_NUMBER_STYLE,
  HEADER_STYLE,
  NOTE_STYLE,
  SIGNATURE_NAME_STYLE,
  SIGNATURE_STYLE,
  titleStyle,
} from "./tableStyles";
import type { SignatureBlock, TableBlock, TableCell, TableSpec } from "./tableSpec";
import { rowHeights } from "./textMeasure";

type Merges = SheetSpec["merges"];

/** Where each column of a block sits on the sheet: first sheet column (1-based) and span. */
interface Placement {
  left: number;
  span: number;
}

function placements(block: TableBlock): Placement[] {
  let left = 1;
  return block.columns.map((column) => {
    const span = Math.max(1, column.span ?? 1);
    const placement = { left, span };
    left += span;
    return placement;
  });
}

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
  const placed = spec.blocks.map(placements);
  const width = Math.max(
    ...placed.map((columns) => columns.reduce((sum, column) => sum + column.span, 0))
  );
  const rows: SpecCell[][] = [];
  const merges: Merges = [];
  const fullWidthRow = (text: string, style: CellStyle) => {
    rows.push(padRow([{ content: { kind: "text", text }, style }], width));
    if (width > 1) merges.push({ top: rows.length, left: 1, bottom: rows.length, right: width });
  };
  spec.titleLines.forEach((line, index) => fullWidthRow(line, titleStyle(index === 0)));
  rows.push([]);
  let headerTop = 0;
  let headerBottom = 0;
  const laterBlocks: BlockStart[] = [];
  let lastHeader = { first: 0, rows: [0, 0] as [number, number] };
  spec.blocks.forEach((block, index) => {
    if (index > 0) rows.push([]);
    const first = rows.length + 1;
    if (block.caption) {
      rows.push([{ content: { kind: "text", text: block.caption }, style: CAPTION_STYLE }]);
    }
    const top = rows.length + 1;
    renderHeader(block, placed[index], rows, merges);
    if (index === 0) {
      headerTop = top;
      headerBottom = rows.length;
    }
    lastHeader = { first, rows: [top, rows.length] };
    const bodyTop = rows.length + 1;
    renderBody(block, placed[index], mode, rows, merges);
    // A block's header prints with its first two rows at least.
    if (index > 0) laterBlocks.push({ first, keepWith: Math.min(rows.length, bodyTop + 1) });
    for (const note of block.notes ?? []) fullWidthRow(note, NOTE_STYLE);
  });
  renderSignatures(spec.signatures ?? [], width, rows, merges);
  const widths = columnWidths(spec.blocks, placed, width);
  const single = spec.blocks.length === 1;
  const heights = rowHeights(rows, merges, widths);
  const breaks = blockPageBreaks(laterBlocks, heights, rows.length, widths);
  return {
    name: sheetName,
    rows,
    merges,
    columnWidths: widths,
    rowHeights: heights,
    ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
    freezeRows: single ? headerBottom : undefined,
    // One block's header repeated over another block's rows would mislabel them: tables of
    // several blocks print each block under its own header, a later block starting a new page
    // where it would otherwise start at the foot of one (rowBreaks). The last block, once it
    // opens a page, repeats its header on the pages it runs on (print titles repeat only on the
    // pages after their rows, so the blocks above keep their own).
    printTitleRows: single
      ? [headerTop, headerBottom]
      : breaks.includes(lastHeader.first - 1)
        ? lastHeader.rows
        : undefined,
    page: tablePage(),
  };
}

/** Puts `cell` at its placement in `row`, the rest of its span blank in the same style. */
function place(row: SpecCell[], at: Placement, cell: SpecCell): void {
  row[at.left - 1] = cell;
  for (let i = 1; i < at.span; i++)
    row[at.left - 1 + i] = { content: EMPTY_CONTENT, style: cell.style };
}

function renderHeader(
  block: TableBlock,
  placed: Placement[],
  rows: SpecCell[][],
  merges: Merges
): void {
  const grouped = block.columns.some((column) => column.group !== undefined);
  const top = rows.length + 1;
  const header = (text: string): SpecCell => ({
    content: { kind: "text", text },
    style: HEADER_STYLE,
  });
  const blank: SpecCell = { content: EMPTY_CONTENT, style: HEADER_STYLE };
  const right = (at: Placement) => at.left + at.span - 1;
  if (grouped) {
    const groupRow: SpecCell[] = [];
    const leafRow: SpecCell[] = [];
    block.columns.forEach((column, c) => {
      const at = placed[c];
      if (column.group === undefined) {
        place(groupRow, at, header(column.header));
        place(leafRow, at, blank);
        merges.push({ top, left: at.left, bottom: top + 1, right: right(at) });
        return;
      }
      const startsGroup = c === 0 || block.columns[c - 1].group !== column.group;
      place(groupRow, at, startsGroup ? header(column.group) : blank);
      place(leafRow, at, header(column.header));
      if (at.span > 1)
        merges.push({ top: top + 1, left: at.left, bottom: top + 1, right: right(at) });
      if (startsGroup) {
        let end = c;
        while (end + 1 < block.columns.length && block.columns[end + 1].group === column.group)
          end++;
        if (right(placed[end]) > at.left) {
          merges.push({ top, left: at.left, bottom: top, right: right(placed[end]) });
        }
      }
    });
    rows.push(groupRow, leafRow);
  } else {
    const row: SpecCell[] = [];
    block.columns.forEach((column, c) => place(row, placed[c], header(column.header)));
    rows.push(row);
    spanMerges(placed, top, merges);
  }
  if (block.numbered === false) return;
  const numbers: SpecCell[] = [];
  placed.forEach((at, c) =>
    place(numbers, at, { content: { kind: "number", value: c + 1 }, style: COLUMN_NUMBER_STYLE })
  );
  rows.push(numbers);
  spanMerges(placed, rows.length, merges);
}

/** Merges each column wider than one sheet column across its span, on one row. */
function spanMerges(placed: Placement[], row: number, merges: Merges): void {
  for (const at of placed) {
    if (at.span > 1)
      merges.push({ top: row, left: at.left, bottom: row, right: at.left + at.span - 1 });
  }
}

function renderBody(
  block: TableBlock,
  placed: Placement[],
  mode: FormulaMode,
  rows: SpecCell[][],
  merges: Merges
): void {
  const columnOf = new Map(block.columns.map((column, c) => [column.key, placed[c].left]));
  const spanned = placed.some((at) => at.span > 1);
  const keys = block.columns.map((column) => column.key);
  const spanOf = new Map(block.columns.map((column, c) => [column.key, placed[c]]));
  // Last row each key's cell is merged down to, so the rows it covers get no merge of their own.
  const coveredTo = new Map<string, number>();
  const bodyTop = rows.length + 1;
  for (const tableRow of block.rows) {
    const rowNumber = rows.length + 1;
    const emphasis = tableRow.emphasis === true;
    const cells = tableRow.cells;
    const specRow: SpecCell[] = [];
    for (let c = 0; c < keys.length; c++) {
      const cell = cells[keys[c]] ?? EMPTY_CELL;
      place(specRow, placed[c], {
        content: cellContent(cell, mode, rowNumber, columnOf, bodyTop),
        style: cellStyle(cell, emphasis),
      });
    }
    rows.push(specRow);
    const rowSpans = tableRow.rowSpans;
    if (rowSpans) {
      for (const key in rowSpans) {
        const span = rowSpans[key] ?? 1;
        const at = spanOf.get(key);
        if (at === undefined || span <= 1) continue;
        coveredTo.set(key, rowNumber + span - 1);
        merges.push({
          top: rowNumber,
          left: at.left,
          bottom: rowNumber + span - 1,
          right: at.left + at.span - 1,
        });
      }
    }
    if (!spanned) continue;
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
  }
}

/**
 * Signature blocks under the table after a blank row: the right one over the right half of the
 * table's columns, the left one over the left half, each line merged across its half and centred.
 */
function renderSignatures(
  blocks: SignatureBlock[],
  width: number,
  rows: SpecCell[][],
  merges: Merges
): void {
  if (blocks.length === 0) return;
  rows.push([]);
  const half = Math.max(1, Math.floor(width / 2));
  const spans = {
    left: { left: 1, right: half },
    right: width > 1 ? { left: half + 1, right: width } : { left: 1, right: 1 },
  };
  const height = Math.max(...blocks.map((block) => block.lines.length));
  for (let i = 0; i < height; i++) {
    const row: SpecCell[] = [];
    const rowNumber = rows.length + 1;
    for (const block of blocks) {
      const line = block.lines[i];
      if (!line || line.text === "") continue;
      const at = spans[block.side];
      row[at.left - 1] = {
        content: { kind: "text", text: line.text },
        style: line.bold ? SIGNATURE_NAME_STYLE : SIGNATURE_STYLE,
      };
      if (at.right > at.left) {
        merges.push({ top: rowNumber, left: at.left, bottom: rowNumber, right: at.right });
      }
    }
    for (let c = 0; c < row.length; c++) row[c] ??= { content: EMPTY_CONTENT };
    rows.push(row);
  }
}

const EMPTY_CELL: TableCell = Object.freeze({ kind: "empty" });

/** Empty content is shared: SheetSpecs are read only, and tables have many empty cells. */
const EMPTY_CONTENT: CellContent = Object.freeze({ kind: "empty" });

function cellContent(
  cell: TableCell,
  mode: FormulaMode,
  row: number,
  columnOf: ReadonlyMap<string, number>,
  bodyTop: number
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
        formula: resolveRowRefs(formula, row, columnOf, bodyTop),
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

/**
 * Sheet column widths: each single column's own width, the widest across blocks; a spanning
 * column widens the last column it covers when the columns under it are narrower than it wants.
 */
function columnWidths(blocks: TableBlock[], placed: Placement[][], width: number): number[] {
  const widths = new Array<number>(width).fill(8);
  blocks.forEach((block, b) =>
    block.columns.forEach((column, c) => {
      const at = placed[b][c];
      if (at.span === 1) widths[at.left - 1] = Math.max(widths[at.left - 1], column.width);
    })
  );
  blocks.forEach((block, b) =>
    block.columns.forEach((column, c) => {
      const at = placed[b][c];
      if (at.span === 1) return;
      let covered = 0;
      for (let i = 0; i < at.span; i++) covered += widths[at.left - 1 + i];
      if (covered < column.width) widths[at.left + at.span - 2] += column.width - covered;
    })
  );
  return widths;
}
