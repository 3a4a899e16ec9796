import type { SheetGrid } from "../../src/workbook/grid";
import { denseRange, type DenseGrid } from "../workbook/denseRange";

/** A used range as Excel's API hands it over after load(). */
export interface FakeRange {
  name: string;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  formulas: unknown[][];
  cellProperties: { format: { font: { bold: boolean } } }[][];
  mergedAddress: string | null;
}

function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** The grids a workbook reads as, turned back into what Excel.run would load for each sheet. */
export function fakeRanges(grids: SheetGrid[]): FakeRange[] {
  return grids.map((sparse) =>
    fakeRange({ ...denseRange(sparse), name: sparse.name, merges: sparse.merges })
  );
}

function fakeRange(grid: DenseGrid & Pick<SheetGrid, "name" | "merges">): FakeRange {
  return {
    name: grid.name,
    rowIndex: grid.origin.row - 1,
    columnIndex: grid.origin.col - 1,
    values: grid.values.map((row) =>
      row.map((value) => (value === null ? "" : typeof value === "object" ? value.error : value))
    ),
    valueTypes: grid.values.map((row) =>
      row.map((value) =>
        value === null
          ? "Empty"
          : typeof value === "object"
            ? "Error"
            : typeof value === "number"
              ? "Double"
              : typeof value === "boolean"
                ? "Boolean"
                : "String"
      )
    ),
    numberFormat: grid.numberFormats,
    formulas: grid.values.map((row, r) =>
      row.map(
        (value, c) =>
          grid.formulas?.[r]?.[c] ??
          (value === null ? "" : typeof value === "object" ? value.error : value)
      )
    ),
    cellProperties: grid.bold.map((row) => row.map((bold) => ({ format: { font: { bold } } }))),
    mergedAddress:
      grid.merges.length === 0
        ? null
        : grid.merges
            .map((m) => `'${grid.name}'!${letters(m.left)}${m.top}:${letters(m.right)}${m.bottom}`)
            .join(", "),
  };
}

/**
 * An init script that plays Excel for the built page, so the pane can be driven (and
 * photographed) in Chromium as it runs inside Excel: reads answer with the workbook's ranges,
 * writes are accepted, and what the pane asked of Excel is recorded in window.__officeCalls.
 */
export function fakeOfficeScript(
  ranges: FakeRange[],
  displayLanguage: string,
  failReads = false
): string {
  // esbuild (tsx) names functions through a __name helper that the page does not have.
  const helper = "var __name = (target) => target;";
  return `${helper}(${installFakeOffice.toString()})(${JSON.stringify(ranges)}, ${JSON.stringify(displayLanguage)}, ${failReads});`;
}

/* Runs in the page: plain JavaScript-compatible TypeScript, no imports. */
function installFakeOffice(ranges: FakeRange[], displayLanguage: string, failReads: boolean): void {
  const win = window as unknown as Record<string, unknown>;
  const calls: unknown[][] = [];
  win.__officeCalls = calls;
  const settings: Record<string, unknown> = {};
  let marker: unknown[][] = [];
  const names = ranges.map((range) => range.name);
  const sink: unknown = new Proxy(function () {}, {
    get: (_target, property) => (property === "then" ? undefined : sink),
    apply: () => sink,
    set: () => true,
  });
  const withSink = <T extends object>(target: T): T =>
    new Proxy(target, {
      get: (object, property) =>
        property in object
          ? (object as Record<PropertyKey, unknown>)[property]
          : property === "then"
            ? undefined
            : sink,
      set: (object, property, value) => {
        (object as Record<PropertyKey, unknown>)[property] = value;
        return true;
      },
    });
  const nullObject = () =>
    withSink({ isNullObject: true, load() {}, getUsedRangeOrNullObject: () => nullObject() });
  // The add-in's marks: sheet-scoped names, by sheet then name.
  const marks = new Map<string, Map<string, string>>();
  const sheetNames = (sheetName: string) => {
    const scoped = marks.get(sheetName) ?? new Map<string, string>();
    marks.set(sheetName, scoped);
    return withSink({
      add: (name: string, formula: string) => {
        scoped.set(name, formula);
        return withSink({});
      },
      getItem: (name: string) => withSink({ delete: () => scoped.delete(name) }),
      getItemOrNullObject: (name: string) =>
        scoped.has(name)
          ? withSink({ isNullObject: false, formula: scoped.get(name), load() {} })
          : nullObject(),
    });
  };
  const sheet = (name: string) => {
    const data = ranges.find((range) => range.name === name);
    return withSink({
      name,
      names: sheetNames(name),
      isNullObject: false,
      activate: () => calls.push(["activate", name]),
      delete: () => {
        names.splice(names.indexOf(name), 1);
      },
      getRange: (address: string) =>
        withSink({
          select: () => calls.push(["select", name, address]),
          clear: () => {
            if (name === "_lkjip") marker = [];
          },
        }),
      getRangeByIndexes: () =>
        withSink({
          set values(rows: unknown[][]) {
            if (name === "_lkjip") marker = rows;
          },
        }),
      getUsedRange: () => {
        if (failReads) {
          throw Object.assign(new Error("This operation is not permitted on a protected sheet."), {
            code: "AccessDenied",
          });
        }
        return withSink({
          ...data,
          load() {},
          getCellProperties: () => ({ value: data?.cellProperties }),
          getMergedAreasOrNullObject: () =>
            withSink({
              isNullObject: !data?.mergedAddress,
              address: data?.mergedAddress,
              load() {},
            }),
        });
      },
      getUsedRangeOrNullObject: () =>
        name === "_lkjip"
          ? withSink({ isNullObject: marker.length === 0, values: marker, load() {} })
          : nullObject(),
    });
  };
  const worksheets = withSink({
    load() {},
    get items() {
      return names.map((name) => ({ name, visibility: "Visible", names: sheetNames(name) }));
    },
    getItem: (name: string) => sheet(name),
    getItemOrNullObject: (name: string) => (names.includes(name) ? sheet(name) : nullObject()),
    add: (name: string) => {
      names.push(name);
      return sheet(name);
    },
  });
  const selected = withSink({
    getCell: () =>
      withSink({
        set formulas(value: unknown) {
          calls.push(["formulas", value]);
        },
        set numberFormat(value: unknown) {
          calls.push(["numberFormat", value]);
        },
      }),
  });
  const context = withSink({
    workbook: withSink({ worksheets, getSelectedRange: () => selected }),
    sync: async () => undefined,
  });
  win.Excel = withSink({
    run: async (callback: (ctx: unknown) => Promise<unknown>) => callback(context),
  });
  win.Office = withSink({
    onReady: async () => ({ host: "Excel", platform: "PC" }),
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage,
      document: {
        settings: {
          get: (key: string) => (key in settings ? settings[key] : null),
          set: (key: string, value: unknown) => {
            settings[key] = value;
          },
          saveAsync: (callback: (result: { status: string }) => void) => {
            calls.push(["saveSettings", JSON.stringify(settings)]);
            callback({ status: "succeeded" });
          },
        },
      },
    },
  });
}
