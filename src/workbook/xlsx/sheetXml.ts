import type { CellContent, CellStyle, SheetSpec } from "../sheetSpec";
import { Utf8Chunks } from "./utf8Chunks";
import { escapeCellText, escapeXml } from "./xmlText";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Column letters of a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * A generated sheet as a worksheet part of its own: text as inline strings (the workbook's shared
 * strings are left as they are), styles as indexes `styleIndex` gives into the grown styles.xml.
 * Excel tables and drop-down lists (the input template's) are not for this writer.
 */
export function sheetXml(spec: SheetSpec, styleIndex: (style: CellStyle) => number): string {
  const parts: string[] = [];
  writeSheetXml(spec, styleIndex, parts);
  return parts.join("");
}

/** The same part as UTF-8 bytes, encoded as it is written (what the package writer stores). */
export function sheetXmlBytes(
  spec: SheetSpec,
  styleIndex: (style: CellStyle) => number
): Uint8Array {
  const out = new Utf8Chunks();
  writeSheetXml(spec, styleIndex, out);
  return out.bytes();
}

function writeSheetXml(
  spec: SheetSpec,
  styleIndex: (style: CellStyle) => number,
  parts: { push(...texts: string[]): unknown }
): void {
  if ((spec.tables?.length ?? 0) > 0 || (spec.validations?.length ?? 0) > 0) {
    throw new Error(`Sheet "${spec.name}": tables and drop-down lists are written by ExcelJS`);
  }
  parts.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
  );
  const fit = spec.page?.fitToWidth === true;
  if (fit) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  let width = 1;
  for (const row of spec.rows) width = Math.max(width, row.length);
  const height = Math.max(1, spec.rows.length);
  parts.push(`<dimension ref="A1:${columnLetters(width)}${height}"/>`);
  parts.push('<sheetViews><sheetView workbookViewId="0">');
  if (spec.freezeRows) {
    const top = `A${spec.freezeRows + 1}`;
    parts.push(
      `<pane ySplit="${spec.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>`,
      `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`
    );
  }
  parts.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  if (spec.columnWidths.length > 0) {
    parts.push("<cols>");
    spec.columnWidths.forEach((columnWidth, c) => {
      parts.push(`<col min="${c + 1}" max="${c + 1}" width="${columnWidth}" customWidth="1"/>`);
    });
    parts.push("</cols>");
  }
  parts.push("<sheetData>");
  // The hot loop of a long table: one string per row, column letters and style attributes reused.
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c + 1));
  const styleAttributes = new Map<CellStyle, string>();
  const styleAttribute = (style: CellStyle | undefined): string => {
    if (!style) return "";
    let attribute = styleAttributes.get(style);
    if (attribute === undefined) {
      attribute = ` s="${styleIndex(style)}"`;
      styleAttributes.set(style, attribute);
    }
    return attribute;
  };
  const rows = spec.rows;
  const heights = spec.rowHeights;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    const rowHeight = heights?.[r];
    if (cells.length === 0 && !rowHeight) continue;
    const number = String(r + 1);
    let row = rowHeight
      ? `<row r="${number}" ht="${rowHeight}" customHeight="1">`
      : `<row r="${number}">`;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === undefined) continue;
      row += cellXml(letters[c] + number, styleAttribute(cell.style), cell.content);
    }
    parts.push(`${row}</row>`);
  }
  parts.push("</sheetData>");
  if (spec.merges.length > 0) {
    parts.push(`<mergeCells count="${spec.merges.length}">`);
    for (const merge of spec.merges) {
      const from = `${columnLetters(merge.left)}${merge.top}`;
      const to = `${columnLetters(merge.right)}${merge.bottom}`;
      parts.push(`<mergeCell ref="${from}:${to}"/>`);
    }
    parts.push("</mergeCells>");
  }
  parts.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  );
  if (spec.page) {
    const fitting = fit ? ' fitToWidth="1" fitToHeight="0"' : "";
    parts.push(`<pageSetup paperSize="9" orientation="${spec.page.orientation}"${fitting}/>`);
  }
  const breaks = spec.rowBreaks ?? [];
  if (breaks.length > 0) {
    // CT_Worksheet order: rowBreaks after pageSetup; a page ends after row `id`.
    parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    for (const row of breaks) parts.push(`<brk id="${row}" max="16383" man="1"/>`);
    parts.push("</rowBreaks>");
  }
  parts.push("</worksheet>");
}

function cellXml(ref: string, style: string, content: CellContent): string {
  switch (content.kind) {
    case "empty":
      return style ? `<c r="${ref}"${style}/>` : "";
    case "text":
      return `<c r="${ref}"${style} t="inlineStr"><is>${textElement(content.text)}</is></c>`;
    case "number":
      return Number.isFinite(content.value)
        ? `<c r="${ref}"${style}><v>${content.value}</v></c>`
        : `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
    case "error":
      return `<c r="${ref}"${style} t="e"><v>${escapeXml(content.error)}</v></c>`;
    case "formula": {
      const text =
        content.formula.charCodeAt(0) === 61 ? content.formula.slice(1) : content.formula;
      const formula = `<f>${escapeXml(text)}</f>`;
      const cached = content.cached;
      if (cached === null) return `<c r="${ref}"${style}>${formula}</c>`;
      if (typeof cached === "object") {
        return `<c r="${ref}"${style} t="e">${formula}<v>${escapeXml(cached.error)}</v></c>`;
      }
      if (typeof cached === "string") {
        return `<c r="${ref}"${style} t="str">${formula}<v>${escapeCellText(cached)}</v></c>`;
      }
      return Number.isFinite(cached)
        ? `<c r="${ref}"${style}>${formula}<v>${cached}</v></c>`
        : `<c r="${ref}"${style} t="e">${formula}<v>#NUM!</v></c>`;
    }
  }
}

/** Spaces at either end, runs of them, tabs and line breaks: what XML may not keep without xml:space. */
const NEEDS_PRESERVE = /^\s|\s$|\s\s|[\t\n\r]/;

/** A <t> element, marked xml:space="preserve" only where its whitespace needs it (as Excel writes). */
function textElement(text: string): string {
  return NEEDS_PRESERVE.test(text)
    ? `<t xml:space="preserve">${escapeCellText(text)}</t>`
    : `<t>${escapeCellText(text)}</t>`;
}
