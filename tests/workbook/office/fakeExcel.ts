import type { SheetGrid } from "../../../src/workbook/grid";
import { denseRange, type DenseGrid } from "../denseRange";

/**
 * A small in-memory stand-in for the part of Excel's object model the add-in uses. It counts
 * context.sync calls and estimates each request's payload (the JSON of what was queued since the
 * last sync), which is what Excel on the web limits to 5 MB.
 */
export interface FakeSheet {
  name: string;
  grid?: SheetGrid;
  visibility: string;
  /** Cells written through Range.formulas / .values, by A1-free key "r,c" (0-based). */
  written: Map<string, unknown>;
  numberFormats: Map<string, unknown>;
  merges: number;
  frozenRows?: number;
  printTitles?: string;
  deleted: boolean;
  /** Sheet-scoped defined names: name -> formula. */
  names: Map<string, string>;
  /** Times the sheet was cleared for a rewrite in place. */
  cleared: number;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  syncs = 0;
  active?: string;
  suspendedCalculation = 0;
  suspendedScreen = 0;
  readonly payloads: number[] = [];
  private pending = 0;

  constructor(grids: SheetGrid[]) {
    for (const grid of grids) this.sheets.push(newSheet(grid.name, grid));
  }

  private queue(data: unknown): void {
    this.pending += JSON.stringify(data ?? null).length + 50;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find(
      (sheet) => !sheet.deleted && sheet.name.toLowerCase() === name.toLowerCase()
    );
  }

  get context(): Excel.RequestContext {
    const fake = this;
    const worksheets = {
      items: [] as unknown[],
      load() {
        worksheets.items = fake.sheets
          .filter((s) => !s.deleted)
          .map((s) => ({
            name: s.name,
            visibility: s.visibility,
            names: sheetProxy(fake, s).names,
          }));
      },
      getItem(name: string) {
        const sheet = fake.sheet(name);
        if (!sheet) throw new Error(`ItemNotFound: ${name}`);
        return sheetProxy(fake, sheet);
      },
      getItemOrNullObject(name: string) {
        const sheet = fake.sheet(name);
        return sheet ? sheetProxy(fake, sheet) : nullSheet();
      },
      add(name: string) {
        if (fake.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        const sheet = newSheet(name);
        fake.sheets.push(sheet);
        fake.queue(name);
        return sheetProxy(fake, sheet);
      },
    };
    return {
      workbook: { worksheets },
      application: {
        suspendApiCalculationUntilNextSync: () => fake.suspendedCalculation++,
        suspendScreenUpdatingUntilNextSync: () => fake.suspendedScreen++,
      },
      sync: async () => {
        fake.syncs++;
        fake.payloads.push(fake.pending);
        fake.pending = 0;
      },
    } as unknown as Excel.RequestContext;
  }

  record(data: unknown): void {
    this.queue(data);
  }
}

function newSheet(name: string, grid?: SheetGrid): FakeSheet {
  return {
    name,
    grid,
    visibility: "Visible",
    written: new Map(),
    numberFormats: new Map(),
    merges: 0,
    deleted: false,
    names: new Map(),
    cleared: 0,
  };
}

function nullSheet() {
  const nullRange = { isNullObject: true, load() {}, values: [] };
  return { isNullObject: true, getUsedRangeOrNullObject: () => nullRange };
}

function sheetProxy(fake: FakeExcel, sheet: FakeSheet) {
  const rangeAt = (top: number, left: number, rows: number, columns: number) =>
    writableRange(fake, sheet, top, left, rows, columns);
  return {
    isNullObject: false,
    get name() {
      return sheet.name;
    },
    set name(value: string) {
      fake.record(value);
      sheet.name = value;
    },
    names: {
      add(name: string, formula: string) {
        if (sheet.names.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        fake.record(formula);
        sheet.names.set(name, formula);
        return { visible: true };
      },
      getItem(name: string) {
        if (!sheet.names.has(name)) throw new Error(`ItemNotFound: ${name}`);
        return { delete: () => sheet.names.delete(name) };
      },
      getItemOrNullObject(name: string) {
        const formula = sheet.names.get(name);
        return { isNullObject: formula === undefined, formula, load() {} };
      },
    },
    set visibility(value: string) {
      sheet.visibility = value;
    },
    activate() {
      fake.active = sheet.name;
    },
    delete() {
      // Excel: a workbook must keep at least one visible sheet.
      const visibleLeft = fake.sheets.some(
        (other) => other !== sheet && !other.deleted && other.visibility === "Visible"
      );
      if (!visibleLeft) throw new Error("InvalidOperation: the last visible sheet");
      sheet.deleted = true;
      fake.record("delete");
    },
    getUsedRange: () => usedRange(sheet),
    getUsedRangeOrNullObject: () => usedRange(sheet),
    getRange: () => ({
      clear: () => {
        fake.record("clear");
        sheet.written.clear();
        sheet.numberFormats.clear();
        sheet.cleared++;
      },
      unmerge: () => (sheet.merges = 0),
      format: {},
    }),
    getRangeByIndexes: rangeAt,
    freezePanes: {
      freezeRows: (rows: number) => (sheet.frozenRows = rows),
      unfreeze: () => (sheet.frozenRows = undefined),
    },
    pageLayout: {
      orientation: "",
      paperSize: "",
      zoom: {},
      setPrintTitleRows: (rows: string) => (sheet.printTitles = rows),
    },
  };
}

function usedRange(sheet: FakeSheet) {
  const grid = sheet.grid
    ? denseRange(sheet.grid)
    : sheet.written.size > 0
      ? writtenGrid(sheet)
      : undefined;
  const values = grid
    ? grid.values.map((row) =>
        row.map((v) => (v === null ? "" : typeof v === "object" ? v.error : v))
      )
    : [];
  return {
    isNullObject: !grid,
    load() {},
    rowIndex: grid ? grid.origin.row - 1 : 0,
    columnIndex: grid ? grid.origin.col - 1 : 0,
    values,
    valueTypes: grid
      ? grid.values.map((row) => row.map((v) => (v && typeof v === "object" ? "Error" : "Other")))
      : [],
    numberFormat: grid ? grid.numberFormats : [],
    formulas: grid
      ? grid.values.map((row, r) => row.map((v, c) => grid.formulas?.[r]?.[c] ?? values[r][c]))
      : values,
    getCellProperties: () => ({
      value: grid
        ? grid.bold.map((row) => row.map((bold) => ({ format: { font: { bold } } })))
        : [],
    }),
    getMergedAreasOrNullObject: () => ({ isNullObject: true, load() {}, address: "" }),
  };
}

const ERROR_TEXT = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!)$/;

/**
 * A sheet written in this session as Excel would read it back: text without its apostrophe,
 * formulas as written (the fake does not calculate, so their values are empty), errors typed in.
 */
function writtenGrid(sheet: FakeSheet): DenseGrid {
  let rows = 0;
  let columns = 0;
  for (const key of sheet.written.keys()) {
    const [r, c] = key.split(",").map(Number);
    rows = Math.max(rows, r + 1);
    columns = Math.max(columns, c + 1);
  }
  const values: DenseGrid["values"] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push([]);
    formulas.push([]);
    for (let c = 0; c < columns; c++) {
      const input = sheet.written.get(`${r},${c}`);
      const text = typeof input === "string" ? input : null;
      const formula = text?.startsWith("=") ? text : null;
      formulas[r].push(formula);
      if (formula || input === undefined || input === "") values[r].push(null);
      else if (text?.startsWith("'")) values[r].push(text.slice(1));
      else if (text && ERROR_TEXT.test(text)) values[r].push({ error: text });
      else values[r].push(input as number | string);
    }
  }
  return {
    origin: { row: 1, col: 1 },
    values,
    numberFormats: values.map((row) => row.map(() => "General")),
    formulas,
    bold: values.map((row) => row.map(() => false)),
  };
}

function writableRange(
  fake: FakeExcel,
  sheet: FakeSheet,
  top: number,
  left: number,
  rows: number,
  columns: number
) {
  const store = (target: Map<string, unknown>, data: unknown[][]) => {
    fake.record(data);
    data.forEach((row, r) =>
      row.forEach((value, c) => target.set(`${top + r},${left + c}`, value))
    );
  };
  const format = {
    font: {},
    fill: {},
    borders: { getItem: () => ({}) },
  };
  return {
    set formulas(data: unknown[][]) {
      store(sheet.written, data);
    },
    set values(data: unknown[][]) {
      store(sheet.written, data);
    },
    set numberFormat(data: unknown[][]) {
      store(sheet.numberFormats, data);
    },
    format: new Proxy(format, {
      set(target, key, value) {
        fake.record(value);
        (target as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    }),
    merge() {
      sheet.merges++;
      fake.record("merge");
    },
    clear() {
      fake.record("clear");
    },
    get rows() {
      return rows;
    },
    get columns() {
      return columns;
    },
  };
}
