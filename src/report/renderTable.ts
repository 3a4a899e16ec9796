import type { CellContent, CellStyle, SheetSpec, SpecCell } from "../workbook/sheetSpec";
import type { TableBlock, TableCell, TableSpec, ValueFormat } from "./tableSpec";

export type FormulaMode = "formulas" | "values" | "functions";

/** Format codes Excel understands in every locale; Indonesian Excel shows them as Rp 1.283.419 and 99,63%. */
export const NUMBER_FORMATS: Record<ValueFormat, string> = {
  rupiah: '"Rp "#,##0',
  percent: "0.00%",
  decimal: "#,##0.00",
  general: "General",
  integer: "0",
  // Not "@": a formula entered into a Text-formatted cell stays text in Excel (the predikat's IF).
  text: "General",
};

const HEADER_FILL = "#D9E1F2";

/** Column letters of a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(column: number): string {
  if (column > 0 && column <= 1024 && Number.isInteger(column)) {
    return (LETTERS[column] ??= lettersOf(column));
  }
  return lettersOf(column);
}

/** Letters of the columns tables usually have, made once. */
const LETTERS: string[] = [];

function lettersOf(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Replaces {cN} (a column of the same row) with its A1 address. */
export function resolveRowRefs(formula: string, row: number): string {
  // A scan for "{c" + digits + "}" (what /\{c(\d+)\}/g matches): most formulas have none.
  let start = formula.indexOf("{c");
  if (start < 0) return formula;
  let resolved = "";
  let done = 0;
  while (start >= 0) {
    let end = start + 2;
    while (end < formula.length && isDigit(formula.charCodeAt(end))) end++;
    if (end > start + 2 && formula.charCodeAt(end) === 125 /* } */) {
      resolved += `${formula.slice(done, start)}${columnLetter(Number(formula.slice(start + 2, end)))}${row}`;
      done = end + 1;
      start = formula.indexOf("{c", done);
    } else {
      start = formula.indexOf("{c", start + 1);
    }
  }
  return resolved + formula.slice(done);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Lays a table out like the seed report: title block, header rows (merged group headers), the row
 * of column numbers, bordered body, notes; frozen header, A4 landscape fitted to width, print titles.
 */
export function renderTable(
  spec: TableSpec,
  mode: FormulaMode,
  sheetName = spec.sheetName
): SheetSpec {
  const width = Math.max(...spec.blocks.map((block) => block.columns.length));
  const rows: SpecCell[][] = [];
  const merges: SheetSpec["merges"] = [];
  spec.titleLines.forEach((line, index) => {
    rows.push(
      padRow(
        [textCell(line, { bold: true, align: "center", fontSize: index === 0 ? 12 : 11 })],
        width
      )
    );
    if (width > 1) merges.push({ top: rows.length, left: 1, bottom: rows.length, right: width });
  });
  rows.push([]);
  let headerTop = 0;
  let headerBottom = 0;
  spec.blocks.forEach((block, index) => {
    if (index > 0) rows.push([]);
    if (block.caption) rows.push([textCell(block.caption, { bold: true })]);
    const top = rows.length + 1;
    renderHeader(block, rows, merges);
    if (index === 0) {
      headerTop = top;
      headerBottom = rows.length;
    }
    renderBody(block, mode, rows, merges);
    for (const note of block.notes ?? []) rows.push([textCell(note, { italic: true })]);
  });
  const widths = columnWidths(spec.blocks, width);
  return {
    name: sheetName,
    rows,
    merges,
    columnWidths: widths,
    rowHeights: rowHeights(rows, merges, widths),
    freezeRows: spec.blocks.length === 1 ? headerBottom : undefined,
    printTitleRows: [headerTop, headerBottom],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

function renderHeader(block: TableBlock, rows: SpecCell[][], merges: SheetSpec["merges"]): void {
  const headerStyle: CellStyle = {
    bold: true,
    align: "center",
    verticalAlign: "middle",
    wrap: true,
    border: true,
    fill: HEADER_FILL,
  };
  const grouped = block.columns.some((column) => column.group !== undefined);
  const top = rows.length + 1;
  if (grouped) {
    const groupRow: SpecCell[] = [];
    const leafRow: SpecCell[] = [];
    block.columns.forEach((column, c) => {
      if (column.group === undefined) {
        groupRow.push(textCell(column.header, headerStyle));
        leafRow.push({ content: { kind: "empty" }, style: internStyle(headerStyle) });
        merges.push({ top, left: c + 1, bottom: top + 1, right: c + 1 });
        return;
      }
      const startsGroup = c === 0 || block.columns[c - 1].group !== column.group;
      groupRow.push(
        startsGroup
          ? textCell(column.group, headerStyle)
          : { content: { kind: "empty" }, style: internStyle(headerStyle) }
      );
      leafRow.push(textCell(column.header, headerStyle));
      if (startsGroup) {
        let end = c;
        while (end + 1 < block.columns.length && block.columns[end + 1].group === column.group)
          end++;
        if (end > c) merges.push({ top, left: c + 1, bottom: top, right: end + 1 });
      }
    });
    rows.push(groupRow, leafRow);
  } else {
    rows.push(block.columns.map((column) => textCell(column.header, headerStyle)));
  }
  if (block.numbered === false) return;
  rows.push(
    block.columns.map((_column, c) => ({
      content: { kind: "number", value: c + 1 },
      style: internStyle({ align: "center", border: true, italic: true, fill: HEADER_FILL }),
    }))
  );
}

function renderBody(
  block: TableBlock,
  mode: FormulaMode,
  rows: SpecCell[][],
  merges: SheetSpec["merges"]
): void {
  for (const tableRow of block.rows) {
    const rowNumber = rows.length + 1;
    rows.push(
      tableRow.cells.map((cell) => ({
        content: cellContent(cell, mode, rowNumber),
        style: cellStyle(cell, tableRow.emphasis === true),
      }))
    );
    // Object.entries without its pairs: most rows have no spans.
    const rowSpans = tableRow.rowSpans as Record<string, number> | undefined;
    if (!rowSpans) continue;
    const columns = Object.keys(rowSpans);
    for (let i = 0; i < columns.length; i++) {
      const span = rowSpans[columns[i]];
      const left = Number(columns[i]) + 1;
      if (span > 1)
        merges.push({ top: rowNumber, left, bottom: rowNumber + span - 1, right: left });
    }
  }
}

/** Empty content is shared: SheetSpecs are read only, and tables have many empty cells. */
const EMPTY_CONTENT: CellContent = Object.freeze({ kind: "empty" });

function cellContent(cell: TableCell, mode: FormulaMode, row: number): CellContent {
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
      return { kind: "formula", formula: resolveRowRefs(formula, row), cached: cell.value };
    }
  }
}

const interned = new Map<string, CellStyle>();

/**
 * One shared object per distinct style: a 30 000-row table then holds a handful of style objects,
 * and writers can recognise equal styles by identity instead of comparing them cell by cell.
 */
export function internStyle(style: CellStyle): CellStyle {
  const key = JSON.stringify(style);
  let shared = interned.get(key);
  if (!shared) {
    shared = Object.freeze({ ...style });
    interned.set(key, shared);
  }
  return shared;
}

const KIND_CODES: Record<TableCell["kind"], number> = {
  empty: 0,
  text: 1,
  number: 2,
  error: 3,
  figure: 4,
};
const ALIGN_CODES: Record<string, number> = { left: 1, center: 2, right: 3 };
const FORMAT_CODES: Record<string, number> = {
  rupiah: 1,
  percent: 2,
  decimal: 3,
  general: 4,
  integer: 5,
  text: 6,
};

/** Body styles by a small number made of what decides them (kind, bold, align, format, emphasis). */
const bodyStyles: (CellStyle | undefined)[] = [];

function cellStyle(cell: TableCell, emphasis: boolean): CellStyle {
  let key = KIND_CODES[cell.kind] * 2 + (emphasis ? 1 : 0);
  if (cell.kind === "text") {
    const align = cell.align === undefined ? 0 : ALIGN_CODES[cell.align];
    if (align === undefined) return internStyle(buildCellStyle(cell, emphasis));
    key += 10 * ((cell.bold ? 1 : 0) + 2 * align);
  } else if (cell.kind === "number" || cell.kind === "figure") {
    const format = FORMAT_CODES[cell.format];
    if (format === undefined) return internStyle(buildCellStyle(cell, emphasis));
    key += 80 * format;
  }
  let style = bodyStyles[key];
  if (!style) {
    style = internStyle(buildCellStyle(cell, emphasis));
    bodyStyles[key] = style;
  }
  return style;
}

function buildCellStyle(cell: TableCell, emphasis: boolean): CellStyle {
  const style: CellStyle = { border: true, wrap: true, verticalAlign: "top" };
  if (emphasis) style.bold = true;
  if (cell.kind === "text") {
    if (cell.bold) style.bold = true;
    if (cell.align) style.align = cell.align;
  } else if (cell.kind === "number" || cell.kind === "figure") {
    style.numberFormat = NUMBER_FORMATS[cell.format];
    style.align = cell.format === "text" ? "center" : "right";
  } else if (cell.kind === "error") {
    style.align = "right";
  }
  return style;
}

function textCell(text: string, style: CellStyle): SpecCell {
  return { content: { kind: "text", text }, style: internStyle(style) };
}

function padRow(cells: SpecCell[], width: number): SpecCell[] {
  const style = cells[0]?.style;
  while (cells.length < width) cells.push({ content: { kind: "empty" }, style });
  return cells;
}

const LINE_POINTS = 15;

/**
 * Width of text[start, end) in column-width units: about one per character (code point), capitals
 * wider.
 */
function textUnits(text: string, start: number, end: number): number {
  let units = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90 /* A-Z */) {
      units += 1.3;
      continue;
    }
    units += 1;
    // A surrogate pair is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return units;
}

/** Lines a text needs in a column of `perLine` units: each paragraph at least one. */
function textLines(text: string, perLine: number, scale: number): number {
  let lines = 0;
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    lines += Math.max(1, Math.ceil((textUnits(text, start, end) * scale) / perLine));
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/**
 * Wrapped text needs taller rows, and not every spreadsheet grows them on opening (LibreOffice
 * does not for files it did not write): estimate the lines each cell needs from its column width.
 * Cells merged over several columns or rows (titles, No/Sasaran) are left out of the estimate.
 */
function rowHeights(
  rows: SpecCell[][],
  merges: SheetSpec["merges"],
  widths: number[]
): (number | undefined)[] {
  // Top-left cells of merged areas, as row × 16 385 + column (a sheet has 16 384 columns).
  const merged = new Set<number>();
  for (const area of merges) merged.add(area.top * 16_385 + area.left);
  const heights = new Array<number | undefined>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined) continue;
      const content = cell.content;
      if (content.kind !== "text" || merged.has((r + 1) * 16_385 + c + 1)) continue;
      const perLine = Math.max(1, widths[c] ?? 10);
      lines = Math.max(lines, textLines(content.text, perLine, cell.style?.bold ? 1.15 : 1));
    }
    heights[r] = lines > 1 ? lines * LINE_POINTS : undefined;
  }
  return heights;
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
