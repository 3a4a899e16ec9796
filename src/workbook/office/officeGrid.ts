import { gridFromRange, type GridValue, type MergedArea, type SheetGrid } from "../grid";

/** What one sheet's used range returned after the single sync, in plain data. */
export interface LoadedRange {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes?: string[][];
  numberFormat: unknown[][];
  formulas?: unknown[][];
  /** From getCellProperties({ format: { font: { bold: true } } }). */
  cellProperties?: { format?: { font?: { bold?: boolean } } }[][];
  /** RangeAreas.address of the merged areas ("Sheet1!A1:B2, Sheet1!D4:D9"), or null when none. */
  mergedAddress?: string | null;
}

/** Turns the loaded properties of a used range into the SheetGrid the readers understand. */
export function loadedRangeToGrid(name: string, loaded: LoadedRange): SheetGrid {
  const values: GridValue[][] = loaded.values.map((row, r) =>
    row.map((value, c) => toGridValue(value, loaded.valueTypes?.[r]?.[c]))
  );
  const numberFormats = loaded.values.map((row, r) =>
    row.map((_value, c) => {
      const format = loaded.numberFormat[r]?.[c];
      return typeof format === "string" && format !== "" ? format : "General";
    })
  );
  const formulas = loaded.values.map((row, r) =>
    row.map((_value, c) => {
      const formula = loaded.formulas?.[r]?.[c];
      return typeof formula === "string" && formula.startsWith("=") ? formula : null;
    })
  );
  const bold = loaded.values.map((row, r) =>
    row.map((_value, c) => loaded.cellProperties?.[r]?.[c]?.format?.font?.bold === true)
  );
  return gridFromRange(
    name,
    {
      origin: { row: loaded.rowIndex + 1, col: loaded.columnIndex + 1 },
      values,
      numberFormats,
      formulas,
      bold,
    },
    loaded.mergedAddress ? parseAreas(loaded.mergedAddress) : []
  );
}

function toGridValue(value: unknown, type: string | undefined): GridValue {
  if (type === "Error") return { error: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    return value;
  }
  return String(value);
}

// A sheet name may be quoted and contain "," or "!", so areas are matched, not split.
const AREA = /(?:'(?:[^']|'')*'|[^'!,\s][^!,]*)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;

/** Rectangles of an A1-style RangeAreas address, 1-based and inclusive. */
export function parseAreas(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const match of address.matchAll(AREA)) {
    const top = Number(match[2]);
    const left = columnNumber(match[1]);
    const bottom = match[4] ? Number(match[4]) : top;
    const right = match[3] ? columnNumber(match[3]) : left;
    areas.push({ top, left, bottom, right });
  }
  return areas;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
