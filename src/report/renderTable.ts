import type { CellStyle, SheetSpec, SpecCell } from "../workbook/sheetSpec";
import type { FormulaMode } from "./options";
import { planPages, type PrintBlock } from "./pageBreaks";
import { tablePage } from "./printSetup";
import { EMPTY_CONTENT, place, placements, renderBody, type Placement } from "./tableBody";
import {
  CAPTION_STYLE,
  COLUMN_NUMBER_STYLE,
  HEADER_STYLE,
  NOTE_STYLE,
  SIGNATURE_NAME_STYLE,
  SIGNATURE_STYLE,
  titleStyle,
} from "./tableStyles";
import type { SignatureBlock, TableBlock, TableSpec } from "./tableSpec";
import { rowHeights } from "./textMeasure";

type Merges = SheetSpec["merges"];

/**
 * Lays a table out like the seed report: title block, header rows (merged group headers), the row
 * of column numbers, bordered body, notes in plain rows under it; A4 landscape fitted to width.
 * A table of one block freezes its header and repeats it on every printed page (print titles); a
 * table of several blocks ends each page by hand where a block runs past it and repeats that
 * block's header rows on the sheet under the break (pageBreaks). Signature blocks are kept on one
 * page. Styles live in tableStyles, row heights in textMeasure.
 */
export function renderTable(
  spec: TableSpec,
  mode: FormulaMode,
  sheetName = spec.sheetName
): SheetSpec {
  const single = spec.blocks.length === 1;
  const plain = layOut(spec, mode, new Map());
  const starts = planPages({
    rowCount: plain.rows.length,
    heights: plain.heights,
    columnWidths: plain.widths,
    blocks: plain.blocks.map((block) => ({ ...block, repeatsHeader: !single })),
    signature: plain.signature,
    titleRows: single ? plain.blocks[0].header : undefined,
  });
  // Body rows (0-based, per block) that open a page under their block's repeated header.
  const repeats = new Map<number, Set<number>>();
  for (const start of starts) {
    if (start.header === undefined) continue;
    const bodyTop = plain.blocks[start.header].runs[0][0];
    const rows = repeats.get(start.header) ?? new Set<number>();
    repeats.set(start.header, rows.add(start.row - bodyTop));
  }
  const laid = repeats.size > 0 ? layOut(spec, mode, repeats) : plain;
  const headerLength = (block: number) => {
    const [top, bottom] = plain.blocks[block].header;
    return bottom - top + 1;
  };
  // A row of the plain layout moves down by the header rows repeated above it.
  const sheetRow = (row: number) =>
    starts.reduce(
      (moved, start) =>
        start.header !== undefined && start.row <= row ? moved + headerLength(start.header) : moved,
      row
    );
  const breaks = starts.map(
    (start) =>
      sheetRow(start.row) - (start.header === undefined ? 0 : headerLength(start.header)) - 1
  );
  const header = plain.blocks[0].header;
  return {
    name: sheetName,
    rows: laid.rows,
    merges: laid.merges,
    columnWidths: laid.widths,
    rowHeights: laid.heights,
    ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
    freezeRows: single ? header[1] : undefined,
    printTitleRows: single ? header : undefined,
    page: tablePage(),
  };
}

/** A table laid out on the sheet, with where its blocks and signatures sit. */
interface Laid {
  rows: SpecCell[][];
  merges: Merges;
  widths: number[];
  heights: (number | undefined)[];
  blocks: Omit<PrintBlock, "repeatsHeader">[];
  signature?: [number, number];
}

/**
 * The table's rows, the header rows of block b repeated above each body row (0-based) that
 * `repeats.get(b)` names.
 */
function layOut(spec: TableSpec, mode: FormulaMode, repeats: Map<number, Set<number>>): Laid {
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
  const blocks: Laid["blocks"] = [];
  spec.blocks.forEach((block, index) => {
    if (index > 0) rows.push([]);
    const first = rows.length + 1;
    if (block.caption) {
      rows.push([{ content: { kind: "text", text: block.caption }, style: CAPTION_STYLE }]);
    }
    const top = rows.length + 1;
    renderHeader(block, placed[index], rows, merges);
    const header: [number, number] = [top, rows.length];
    const repeatAt = repeats.get(index) ?? new Set<number>();
    const runs = renderBody(block, placed[index], mode, { rows, merges, header, repeatAt });
    blocks.push({ first, header, runs });
    for (const note of block.notes ?? []) fullWidthRow(note, NOTE_STYLE);
  });
  const signature = renderSignatures(spec.signatures ?? [], width, rows, merges);
  const widths = columnWidths(spec.blocks, placed, width);
  const heights = rowHeights(rows, merges, widths);
  return { rows, merges, widths, heights, blocks, ...(signature ? { signature } : {}) };
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

/**
 * Signature blocks under the table after a blank row: the right one over the right half of the
 * table's columns, the left one over the left half, each line merged across its half and centred.
 * Returns the rows of the lines.
 */
function renderSignatures(
  blocks: SignatureBlock[],
  width: number,
  rows: SpecCell[][],
  merges: Merges
): [number, number] | undefined {
  if (blocks.length === 0) return undefined;
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
  return [rows.length - height + 1, rows.length];
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
