import type { SheetGrid } from "../../../src/workbook/grid";
import { denseRange } from "../denseRange";

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
      items: [] as { name: string }[],
      load() {
        worksheets.items = fake.sheets.filter((s) => !s.deleted).map((s) => ({ name: s.name }));
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
    set visibility(value: string) {
      sheet.visibility = value;
    },
    activate() {
      fake.active = sheet.name;
    },
    delete() {
      sheet.deleted = true;
      fake.record("delete");
    },
    getUsedRange: () => usedRange(sheet),
    getUsedRangeOrNullObject: () => usedRange(sheet),
    getRange: () => ({ clear: () => fake.record("clear") }),
    getRangeByIndexes: rangeAt,
    freezePanes: { freezeRows: (rows: number) => (sheet.frozenRows = rows) },
    pageLayout: {
      orientation: "",
      paperSize: "",
      zoom: {},
      setPrintTitleRows: (rows: string) => (sheet.printTitles = rows),
    },
  };
}

function usedRange(sheet: FakeSheet) {
  const grid = sheet.grid && denseRange(sheet.grid);
  const values = grid
    ? grid.values.map((row) =>
        row.map((v) => (v === null ? "" : typeof v === "object" ? v.error : v))
      )
    : [];
  if (!grid && sheet.written.size > 0) {
    // A sheet written in this session (the marker): its column A.
    const rows = Math.max(...[...sheet.written.keys()].map((key) => Number(key.split(",")[0]))) + 1;
    for (let r = 0; r < rows; r++) values.push([(sheet.written.get(`${r},0`) as string) ?? ""]);
  }
  return {
    isNullObject: !grid && sheet.written.size === 0,
    load() {},
    rowIndex: grid ? grid.origin.row - 1 : 0,
    columnIndex: grid ? grid.origin.col - 1 : 0,
    values,
    valueTypes: grid
      ? grid.values.map((row) => row.map((v) => (v && typeof v === "object" ? "Error" : "Other")))
      : [],
    numberFormat: grid ? grid.numberFormats : [],
    formulas: grid ? (grid.formulas ?? values) : values,
    getCellProperties: () => ({
      value: grid
        ? grid.bold.map((row) => row.map((bold) => ({ format: { font: { bold } } })))
        : [],
    }),
    getMergedAreasOrNullObject: () => ({ isNullObject: true, load() {}, address: "" }),
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
