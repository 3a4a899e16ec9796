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
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Replaces {cN} (a column of the same row) with its A1 address. */
export function resolveRowRefs(formula: string, row: number): string {
  return formula.replace(
    /\{c(\d+)\}/g,
    (_whole, column: string) => `${columnLetter(Number(column))}${row}`
  );
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
    for (const [column, span] of Object.entries(tableRow.rowSpans ?? {})) {
      const left = Number(column) + 1;
      if (span > 1)
        merges.push({ top: rowNumber, left, bottom: rowNumber + span - 1, right: left });
    }
  }
}

function cellContent(cell: TableCell, mode: FormulaMode, row: number): CellContent {
  switch (cell.kind) {
    case "empty":
      return { kind: "empty" };
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

function cellStyle(cell: TableCell, emphasis: boolean): CellStyle {
  const key = `${cell.kind}|${cell.kind === "text" ? `${cell.bold}|${cell.align}` : ""}|${"format" in cell ? cell.format : ""}|${emphasis}`;
  let style = bodyStyles.get(key);
  if (!style) {
    style = internStyle(buildCellStyle(cell, emphasis));
    bodyStyles.set(key, style);
  }
  return style;
}

const bodyStyles = new Map<string, CellStyle>();

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

/** Width of a text in column-width units: about one per character, capitals wider. */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch >= "A" && ch <= "Z" ? 1.3 : 1;
  return units;
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
  const merged = new Set<string>();
  for (const area of merges) merged.add(`${area.top},${area.left}`);
  return rows.map((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (cell.content.kind !== "text" || merged.has(`${r + 1},${c + 1}`)) return;
      const perLine = Math.max(1, widths[c] ?? 10);
      const scale = cell.style?.bold ? 1.15 : 1;
      const needed = cell.content.text
        .split("\n")
        .reduce(
          (sum, paragraph) =>
            sum + Math.max(1, Math.ceil((textUnits(paragraph) * scale) / perLine)),
          0
        );
      lines = Math.max(lines, needed);
    });
    return lines > 1 ? lines * LINE_POINTS : undefined;
  });
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
