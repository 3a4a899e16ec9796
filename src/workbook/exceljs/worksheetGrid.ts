/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   ExcelJS cells are plain in-memory objects, not Office.js proxies: there is nothing to load or sync. */
import type ExcelJS from "exceljs";
import type { GridValue, MergedArea, SheetGrid } from "../grid";

/** Days between Excel's epoch (1899-12-30) and the Unix epoch, for dates ExcelJS hands over as Date. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * A worksheet's cells as a SheetGrid, the shape Excel's used range has: merged cells other than
 * the top-left one are empty (ExcelJS would repeat the master's value), formulas keep their text
 * and their cached result, dates become serial numbers.
 */
export function worksheetToGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  let lastRow = 0;
  let lastCol = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (_cell, colNumber) => {
      lastRow = Math.max(lastRow, rowNumber);
      lastCol = Math.max(lastCol, colNumber);
    });
  });
  const merges = worksheetMerges(sheet);
  for (const merge of merges) {
    lastRow = Math.max(lastRow, merge.bottom);
    lastCol = Math.max(lastCol, merge.right);
  }

  const values: GridValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const bold: boolean[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const rowValues: GridValue[] = [];
    const rowFormats: string[] = [];
    const rowFormulas: (string | null)[] = [];
    const rowBold: boolean[] = [];
    for (let c = 1; c <= lastCol; c++) {
      const cell = row.getCell(c);
      const isSlave = cell.isMerged && cell.master.address !== cell.address;
      const converted = isSlave ? { value: null, formula: null } : convertValue(cell.value);
      // ExcelJS leaves a cached result of 0 out of cell.value; cell.result still has it.
      if (converted.formula && converted.value === null && typeof cell.result === "number") {
        converted.value = cell.result;
      }
      rowValues.push(converted.value);
      rowFormulas.push(converted.formula);
      rowFormats.push(cell.numFmt || "General");
      rowBold.push(cell.font?.bold === true);
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
    formulas.push(rowFormulas);
    bold.push(rowBold);
  }
  return {
    name: sheet.name,
    origin: { row: 1, col: 1 },
    values,
    numberFormats,
    formulas,
    bold,
    merges,
  };
}

/** ExcelJS keeps merges in a private map keyed by master address; its public model rebuilds every row. */
function worksheetMerges(sheet: ExcelJS.Worksheet): MergedArea[] {
  const internal = (sheet as unknown as { _merges?: Record<string, { model?: MergedArea }> })
    ._merges;
  if (!internal) return [];
  const merges: MergedArea[] = [];
  for (const range of Object.values(internal)) {
    const model = range?.model;
    if (model) {
      merges.push({ top: model.top, left: model.left, bottom: model.bottom, right: model.right });
    }
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

interface Converted {
  value: GridValue;
  formula: string | null;
}

export function convertValue(value: ExcelJS.CellValue | undefined): Converted {
  if (value === null || value === undefined) return { value: null, formula: null };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return { value, formula: null };
  }
  if (value instanceof Date) {
    return { value: value.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS, formula: null };
  }
  const record = value as unknown as Record<string, unknown>;
  if (typeof record.error === "string") return { value: { error: record.error }, formula: null };
  if (Array.isArray(record.richText)) {
    const text = (record.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
    return { value: text, formula: null };
  }
  if (typeof record.formula === "string" || typeof record.sharedFormula === "string") {
    const result = convertValue(record.result as ExcelJS.CellValue | undefined).value;
    const text = typeof record.formula === "string" ? record.formula : String(record.sharedFormula);
    return { value: result, formula: `=${text}` };
  }
  if (typeof record.text === "string") return { value: record.text, formula: null };
  return { value: null, formula: null };
}
