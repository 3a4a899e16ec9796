import type ExcelJS from "exceljs";
import type { GridCell, GridValue, MergedArea, SheetGrid } from "../grid";

/** Days between Excel's epoch (1899-12-30) and the Unix epoch, for dates ExcelJS hands over as Date. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The cells of a workbook ExcelJS holds in memory (one this tool made or wrote to) as a sparse
 * SheetGrid: merged cells other than the top-left one are left out (ExcelJS would repeat the
 * master's value), formulas keep their text and their cached result, dates become serial numbers.
 * Files are read by src/workbook/xlsx instead, which does not depend on ExcelJS.
 */
export function worksheetToGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const cells: GridCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const converted = convertValue(cell.value);
      // ExcelJS leaves a cached result of 0 out of cell.value; cell.result still has it.
      if (converted.formula && converted.value === null && typeof cell.result === "number") {
        converted.value = cell.result;
      }
      if (converted.value === null && converted.formula === null) return;
      cells.push({
        row: rowNumber,
        col: colNumber,
        value: converted.value,
        format: cell.numFmt || "General",
        formula: converted.formula,
        bold: cell.font?.bold === true,
      });
    });
  });
  return { name: sheet.name, cells, merges: worksheetMerges(sheet) };
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
