import type { CellStyle } from "../workbook/sheetSpec";
import type { TableCell, ValueFormat } from "./tableSpec";

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

export const HEADER_FILL = "#D9E1F2";

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

export const HEADER_STYLE: CellStyle = internStyle({
  bold: true,
  align: "center",
  verticalAlign: "middle",
  wrap: true,
  border: true,
  fill: HEADER_FILL,
});

export const COLUMN_NUMBER_STYLE: CellStyle = internStyle({
  align: "center",
  border: true,
  italic: true,
  fill: HEADER_FILL,
});

export function titleStyle(first: boolean): CellStyle {
  return internStyle({ bold: true, align: "center", fontSize: first ? 12 : 11 });
}

export const CAPTION_STYLE: CellStyle = internStyle({ bold: true });

export const NOTE_STYLE: CellStyle = internStyle({
  italic: true,
  wrap: true,
  verticalAlign: "top",
});

/** Signature lines: centred under their half of the table, no border. */
export const SIGNATURE_STYLE: CellStyle = internStyle({ align: "center" });
export const SIGNATURE_NAME_STYLE: CellStyle = internStyle({ align: "center", bold: true });

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

export function cellStyle(cell: TableCell, emphasis: boolean): CellStyle {
  let key = KIND_CODES[cell.kind] * 2 + (emphasis ? 1 : 0);
  if (cell.kind === "text") {
    const align = cell.align === undefined ? 0 : ALIGN_CODES[cell.align];
    const indent = cell.indent ?? 0;
    if (align === undefined || indent > 9) return internStyle(buildCellStyle(cell, emphasis));
    key += 10 * ((cell.bold ? 1 : 0) + 2 * align) + 100 * indent;
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
    if (cell.indent) style.indent = cell.indent;
  } else if (cell.kind === "number" || cell.kind === "figure") {
    style.numberFormat = NUMBER_FORMATS[cell.format];
    // Labels (predikat, keterangan) and numbering (No) are centred, amounts right-aligned.
    style.align = cell.format === "text" || cell.format === "integer" ? "center" : "right";
  } else if (cell.kind === "error") {
    style.align = "right";
  }
  return style;
}
