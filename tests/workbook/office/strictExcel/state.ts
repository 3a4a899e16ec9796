/** The workbook the strict fake holds: plain data, copied before every sync so a failed one applies nothing. */

export type ErrorText = "#DIV/0!" | "#N/A" | "#VALUE!" | "#REF!" | "#NAME?" | "#NUM!" | "#NULL!";
export const ERROR_TEXTS: readonly string[] = [
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
];

export type CellValue = number | string | boolean | { error: string };

export interface Cell {
  /** What the cell holds when it is not a formula, or the formula's cached result. */
  value: CellValue | null;
  formula?: string;
  /** True when the formula was written and not yet calculated: its value is the old one. */
  stale?: boolean;
  numberFormat?: string;
  /** Direct formats: bold, wrapText, fill … by Office.js property path ("font.bold"). */
  format?: Record<string, unknown>;
}

export interface Rect {
  /** 0-based. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface SheetState {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Key row * 16384 + column (0-based). */
  cells: Map<number, Cell>;
  merges: Rect[];
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  /** Set on every row / column at once (a whole-sheet or whole-column range): the others' size. */
  defaultRowHeight?: number;
  defaultColumnWidth?: number;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  /** Manual page breaks: the (1-based) rows a new printed page starts at. */
  pageBreakRows: number[];
  /** Sheet-scoped defined names: name → formula ("=Sheet!$A$1" or a constant). */
  names: Map<string, string>;
  tables: { name: string; rect: Rect; style?: string }[];
  validations: { rect: Rect; rule: unknown }[];
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: number | null;
  selection: { sheetId: number; rect: Rect } | null;
  nextId: number;
  tableCount: number;
  /** Workbook-scoped defined names. */
  names: Map<string, string>;
}

export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: state.nextId++,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    rowHeights: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    pageLayout: {},
    pageBreakRows: [],
    names: new Map(),
    tables: [],
    validations: [],
  };
  state.sheets.push(sheet);
  return sheet;
}

export function emptyWorkbook(): WorkbookState {
  return {
    sheets: [],
    activeSheetId: null,
    selection: null,
    nextId: 1,
    tableCount: 0,
    names: new Map(),
  };
}

function copyCell(cell: Cell): Cell {
  const copy: Cell = { ...cell };
  if (cell.format) copy.format = { ...cell.format };
  return copy;
}

export function copyWorkbook(state: WorkbookState): WorkbookState {
  return {
    ...state,
    names: new Map(state.names),
    selection: state.selection ? { ...state.selection } : null,
    sheets: state.sheets.map((sheet) => ({
      ...sheet,
      cells: new Map([...sheet.cells].map(([key, cell]) => [key, copyCell(cell)])),
      merges: sheet.merges.map((rect) => ({ ...rect })),
      rowHeights: new Map(sheet.rowHeights),
      columnWidths: new Map(sheet.columnWidths),
      pageLayout: structuredCopy(sheet.pageLayout),
      names: new Map(sheet.names),
      tables: sheet.tables.map((table) => ({ ...table })),
      validations: sheet.validations.map((v) => ({ ...v })),
    })),
  };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

export function sheetById(state: WorkbookState, id: number): SheetState | undefined {
  return state.sheets.find((sheet) => sheet.id === id);
}

/** The smallest rectangle holding every cell with a value (valuesOnly) or any content or format. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.formula !== undefined || (cell.value !== null && cell.value !== "");
    if (!hasValue && (valuesOnly || (!cell.numberFormat && !cell.format))) continue;
    const row = Math.floor(key / 16_384);
    const column = key % 16_384;
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function columnLetters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rectAddress(sheetName: string, rect: Rect): string {
  const start = `${columnLetters(rect.column)}${rect.row + 1}`;
  const end = `${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
  return `${quoteSheet(sheetName)}!${start === end ? start : `${start}:${end}`}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
