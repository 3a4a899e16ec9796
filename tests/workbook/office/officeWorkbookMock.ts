import { OfficeMockObject } from "office-addin-mock";
import type { SheetGrid } from "../../../src/workbook/grid";
import { a1Address as cellAddress } from "../../../src/workbook/cellAddress";
import { denseRange } from "../denseRange";

/** A sheet as Excel would hold it: its used range starts at `origin` (1-based). */
export interface MockSheet {
  grid: SheetGrid;
  visibility?: string;
}

function quoted(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The used range's properties in Office.js form: "" for empty, error text + valueTypes "Error". */
function usedRangeData(sparse: SheetGrid) {
  const grid = { ...denseRange(sparse), name: sparse.name, merges: sparse.merges };
  const values = grid.values.map((row) =>
    row.map((value) => (value === null ? "" : typeof value === "object" ? value.error : value))
  );
  const valueTypes = grid.values.map((row) =>
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
  );
  const formulas = grid.values.map((row, r) =>
    row.map((_value, c) => grid.formulas?.[r]?.[c] ?? values[r][c])
  );
  const mergedAddress = grid.merges
    .map(
      (m) => `${quoted(grid.name)}!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`
    )
    .join(", ");
  return {
    rowIndex: grid.origin.row - 1,
    columnIndex: grid.origin.col - 1,
    values,
    valueTypes,
    numberFormat: grid.numberFormats,
    formulas,
    cellProperties: grid.bold.map((row) => row.map((bold) => ({ format: { font: { bold } } }))),
    mergedAddress,
  };
}

export interface ExcelMock {
  excel: unknown;
  syncs: () => number;
  /** Number of getCellProperties calls, to show bold costs one call per sheet, not per cell. */
  cellPropertyCalls: () => number;
}

/**
 * An Excel host faked with office-addin-mock, holding the given sheets, some of them carrying the
 * add-in's mark (`marks`: sheet name -> the mark name's formula). Counts context.sync calls.
 */
export function mockExcel(sheets: MockSheet[], marks: Record<string, string> = {}): ExcelMock {
  let cellPropertyCalls = 0;
  const sheetData: Record<string, unknown> = {};
  sheets.forEach((sheet, index) => {
    const data = usedRangeData(sheet.grid);
    sheetData[`sheet${index}`] = {
      name: sheet.grid.name,
      usedRange: {
        rowIndex: data.rowIndex,
        columnIndex: data.columnIndex,
        values: data.values,
        valueTypes: data.valueTypes,
        numberFormat: data.numberFormat,
        formulas: data.formulas,
        mergedAreas: { address: data.mergedAddress },
        getCellProperties() {
          cellPropertyCalls++;
          return { value: data.cellProperties };
        },
        getMergedAreasOrNullObject() {
          return (this as unknown as { mergedAreas: unknown }).mergedAreas;
        },
      },
      getUsedRange() {
        return (this as unknown as { usedRange: unknown }).usedRange;
      },
    };
  });
  const names = sheets.map((sheet) => sheet.grid.name);
  const data = {
    context: {
      workbook: {
        worksheets: {
          ...sheetData,
          getItem(name: string) {
            const index = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
            if (index < 0) throw new Error(`ItemNotFound: ${name}`);
            return (this as unknown as Record<string, unknown>)[`sheet${index}`];
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as unknown as { context: unknown }).context);
    },
  };
  const excel = new OfficeMockObject(data) as unknown as {
    context: {
      sync: () => Promise<void>;
      workbook: { worksheets: Record<string, unknown> };
    };
  };
  // Plain fields the mock cannot model: a collection's items and null-object flags.
  const worksheets = excel.context.workbook.worksheets;
  // The mock has no collections: "items/name" is served as a plain, already loaded array.
  worksheets.load = () => worksheets;
  worksheets.items = names.map((name) => ({
    name,
    visibility: "Visible",
    names: {
      getItemOrNullObject: () => ({
        isNullObject: marks[name] === undefined,
        formula: marks[name],
        load: () => undefined,
      }),
    },
  }));
  sheets.forEach((sheet, index) => {
    const merged = (
      worksheets[`sheet${index}`] as { usedRange: { mergedAreas: Record<string, unknown> } }
    ).usedRange.mergedAreas;
    merged.isNullObject = sheet.grid.merges.length === 0;
  });
  let syncs = 0;
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = async () => {
    syncs++;
    await sync();
  };
  return { excel, syncs: () => syncs, cellPropertyCalls: () => cellPropertyCalls };
}
