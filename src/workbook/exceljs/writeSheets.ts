import type ExcelJS from "exceljs";
import { FIT_TO_WIDTH, type CellContent, type CellStyle, type SheetSpec } from "../sheetSpec";
import { writeTablesAndLists } from "./writeTablesAndLists";

/**
 * Writes generated sheets into an ExcelJS workbook: removes the sheets named in `replace` (the
 * caller guarantees they are the add-in's own), then adds each sheet at the end. Any other sheet
 * is left as it was; a name clash with one is a programming error.
 */
export function writeSheetsToWorkbook(
  workbook: ExcelJS.Workbook,
  sheets: SheetSpec[],
  replace: string[]
): void {
  for (const name of replace) {
    const existing = findSheet(workbook, name);
    if (existing) workbook.removeWorksheet(existing.id);
  }
  const styles = new StyleCache();
  for (const spec of sheets) {
    if (findSheet(workbook, spec.name)) {
      throw new Error(`Sheet "${spec.name}" exists and is not listed for replacement`);
    }
    const sheet = workbook.addWorksheet(spec.name);
    writeSheet(sheet, spec, styles);
    writeTablesAndLists(sheet, spec);
  }
  const active = sheets.find((spec) => spec.activate);
  if (active) {
    const index = workbook.worksheets.findIndex((sheet) => sheet.name === active.name);
    workbook.views = [
      { ...(workbook.views?.[0] ?? {}), activeTab: index, firstSheet: 0 } as ExcelJS.WorkbookView,
    ];
  }
}

function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

function writeSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec, styles: StyleCache): void {
  spec.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  spec.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = sheet.getRow(r + 1);
    const height = spec.rowHeights?.[r];
    if (height) row.height = height;
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      const value = excelJsValue(cell.content);
      if (value !== null) target.value = value;
      if (cell.style) target.style = styles.get(cell.style);
    });
  });
  mergeAll(sheet, spec.merges);
  if (spec.freezeRows) {
    sheet.views = [{ state: "frozen", xSplit: 0, ySplit: spec.freezeRows }];
  }
  if (spec.page) {
    sheet.pageSetup.orientation = spec.page.orientation;
    sheet.pageSetup.paperSize = 9; // A4 in OOXML's paper size table
    if (spec.page.fitToWidth) {
      sheet.pageSetup.fitToPage = true;
      sheet.pageSetup.fitToWidth = FIT_TO_WIDTH.pagesWide;
      sheet.pageSetup.fitToHeight = FIT_TO_WIDTH.pagesTall;
    }
  }
  for (const row of spec.rowBreaks ?? []) sheet.getRow(row).addPageBreak();
  if (spec.printTitleRows) {
    sheet.pageSetup.printTitlesRow = `${spec.printTitleRows[0]}:${spec.printTitleRows[1]}`;
  }
}

/**
 * ExcelJS's mergeCells checks each new merge against every merge the sheet has: quadratic in a
 * table with hundreds of row spans (the Lampiran of a province has thousands). The merges are
 * checked against each other here instead, cell by cell, and ExcelJS merges each one against an
 * empty index, which it then joins; the result is the same as merging them one after the other.
 */
function mergeAll(sheet: ExcelJS.Worksheet, merges: SheetSpec["merges"]): void {
  const internal = sheet as unknown as { _merges?: Record<string, unknown> };
  const index = internal._merges;
  if (!index || typeof index !== "object" || Object.keys(index).length > 0) {
    // Not the ExcelJS this was written for, or a sheet with merges already: the plain way.
    for (const merge of merges) sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
    return;
  }
  const covered = new Set<number>();
  try {
    for (const merge of merges) {
      const bottom = Math.max(merge.top, merge.bottom);
      const right = Math.max(merge.left, merge.right);
      for (let r = Math.min(merge.top, merge.bottom); r <= bottom; r++) {
        for (let c = Math.min(merge.left, merge.right); c <= right; c++) {
          const key = r * 16_385 + c;
          if (covered.has(key)) throw new Error("Cannot merge already merged cells");
          covered.add(key);
        }
      }
      internal._merges = {};
      sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
      Object.assign(index, internal._merges);
    }
  } finally {
    internal._merges = index;
  }
}

function excelJsValue(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case "empty":
      return null;
    // A plain string is always a string in ExcelJS (formulas need { formula }), so "=1+1" stays text.
    case "text":
      return content.text;
    case "number":
      return content.value;
    case "error":
      return { error: content.error as ExcelJS.CellErrorValue["error"] };
    case "formula": {
      const cached = content.cached;
      const result =
        cached !== null && typeof cached === "object"
          ? { error: cached.error as ExcelJS.CellErrorValue["error"] }
          : (cached ?? undefined);
      const formula = content.formula;
      return {
        formula: formula.charCodeAt(0) === 61 /* = */ ? formula.slice(1) : formula,
        result,
      } as ExcelJS.CellFormulaValue;
    }
  }
}

/** One ExcelJS style object per distinct CellStyle: cells share it, which keeps big sheets small in memory. */
class StyleCache {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();
  // Renderers share style objects between cells; identity spares a JSON key per cell.
  private readonly byObject = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();

  get(style: CellStyle): Partial<ExcelJS.Style> {
    let cached = this.byObject.get(style);
    if (cached) return cached;
    const key = JSON.stringify(style);
    cached = this.byKey.get(key);
    if (!cached) {
      cached = toExcelJsStyle(style);
      this.byKey.set(key, cached);
    }
    this.byObject.set(style, cached);
    return cached;
  }
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/**
 * The workbook's own body font (ExcelJS writes Calibri 11 as the default): a font element without
 * a name prints in the spreadsheet's fallback face (a serif in LibreOffice) beside the body.
 */
const BODY_FONT = { name: "Calibri", family: 2, size: 11 } as const;

function toExcelJsStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.fontSize) {
    result.font = {
      ...BODY_FONT,
      bold: style.bold,
      italic: style.italic,
      size: style.fontSize ?? BODY_FONT.size,
    };
  }
  if (style.wrap || style.align || style.verticalAlign || style.indent) {
    result.alignment = {
      wrapText: style.wrap,
      horizontal: style.align ?? (style.indent ? "left" : undefined),
      vertical: style.verticalAlign,
      indent: style.indent,
    };
  }
  if (style.numberFormat) result.numFmt = style.numberFormat;
  if (style.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) {
    result.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: `FF${style.fill.slice(1)}` },
    };
  }
  return result;
}
