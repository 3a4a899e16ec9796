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

  // Rows and cells the sheet lacks are not created (getRow/getCell would add them to the user's
  // sheet): they read as an empty cell would, with the row's or the column's style.
  const columns = (sheet.columns ?? []) as (ExcelJS.Column | undefined)[];
  const values: GridValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const bold: boolean[][] = [];
  // Rows of formats, formulas and bold equal to the row above share its array: in a long table
  // most do, and the grid is read only.
  let lastFormats: string[] = [];
  let lastFormulas: (string | null)[] = [];
  let lastBold: boolean[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.findRow(r);
    const rowValues: GridValue[] = new Array<GridValue>(lastCol);
    const rowFormats: string[] = new Array<string>(lastCol);
    const rowFormulas: (string | null)[] = new Array<string | null>(lastCol);
    const rowBold: boolean[] = new Array<boolean>(lastCol);
    for (let c = 1; c <= lastCol; c++) {
      const cell = row?.findCell(c);
      if (!cell) {
        // As ExcelJS would make the cell: the row's number format and font, else the column's.
        const column = columns[c - 1];
        rowValues[c - 1] = null;
        rowFormulas[c - 1] = null;
        rowFormats[c - 1] = row?.numFmt || column?.style?.numFmt || "General";
        rowBold[c - 1] = (row?.font || column?.style?.font)?.bold === true;
        continue;
      }
      const isSlave = cell.isMerged && cell.master.address !== cell.address;
      const raw = isSlave ? null : cell.value;
      if (raw === null || raw === undefined || typeof raw !== "object") {
        // A number, text or boolean as it is (convertValue would return it unchanged).
        rowValues[c - 1] = raw ?? null;
        rowFormulas[c - 1] = null;
      } else {
        const converted = convertValue(raw);
        // ExcelJS leaves a cached result of 0 out of cell.value; cell.result still has it.
        if (converted.formula && converted.value === null && typeof cell.result === "number") {
          converted.value = cell.result;
        }
        rowValues[c - 1] = converted.value;
        rowFormulas[c - 1] = converted.formula;
      }
      rowFormats[c - 1] = cell.numFmt || "General";
      rowBold[c - 1] = cell.font?.bold === true;
    }
    values.push(rowValues);
    numberFormats.push(
      (lastFormats = sameItems(lastFormats, rowFormats) ? lastFormats : rowFormats)
    );
    formulas.push(
      (lastFormulas = sameItems(lastFormulas, rowFormulas) ? lastFormulas : rowFormulas)
    );
    bold.push((lastBold = sameItems(lastBold, rowBold) ? lastBold : rowBold));
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

function sameItems<T>(a: T[], b: T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
