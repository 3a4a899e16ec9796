/* global Excel, Office */
import type { SheetGrid } from "../grid";
import { loadedRangeToGrid, type LoadedRange } from "./officeGrid";

/**
 * Excel on the web refuses a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). A sheet's used range is read in row slices packed into syncs
 * whose estimated response stays under this budget, so a workbook of 25 000 rows takes a few
 * syncs instead of failing, and a normal one still takes one.
 */
export const READ_BUDGET_BYTES = 4_500_000;
/**
 * Estimated response per cell: values, valueTypes, numberFormat, formulas and the bold flag as
 * Office.js serialises them (about 90 bytes for a budget row's cell, measured against the strict
 * fake), with room for longer text. A slice that still comes back too big is split and read again.
 */
export const BYTES_PER_CELL = 120;

/** Range.getMergedAreasOrNullObject needs ExcelApi 1.13, above the manifest's 1.9. */
export function mergedAreasSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("ExcelApi", "1.13") === true
    );
  } catch {
    return false;
  }
}

interface Shape {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

interface Slice {
  sheet: number;
  top: number;
  rows: number;
}

export interface ReadReport {
  syncs: number;
  /** Sheets whose merged areas could not be read (over 512, or ExcelApi 1.13 missing). */
  withoutMerges: string[];
}

/**
 * Reads the used ranges of the named sheets: one sync for their shapes, then as few syncs as the
 * response budget allows for values, formats, formulas, bold and merged areas.
 */
export async function readSheetsWithExcel(
  context: Excel.RequestContext,
  names: string[],
  report: ReadReport = { syncs: 0, withoutMerges: [] }
): Promise<SheetGrid[]> {
  const shapes = await readShapes(context, names, report);
  const readMerges = mergedAreasSupported();
  const parts = shapes.map(() => [] as { top: number; loaded: Loaded }[]);
  const merges: (string | null)[] = shapes.map(() => null);
  let pending = planSlices(shapes, READ_BUDGET_BYTES);
  const mergesPending = new Set(readMerges ? shapes.map((_, index) => index) : []);
  // Sheets whose merged areas failed with others: read alone at the end, so one sheet over 512
  // merged areas costs only its own.
  const alone = new Set<number>();
  if (!readMerges) report.withoutMerges.push(...names);
  while (pending.length > 0) {
    const batch = takeBatch(pending, shapes, READ_BUDGET_BYTES);
    pending = pending.slice(batch.length);
    const withMerges = [...new Set(batch.map((slice) => slice.sheet))].filter(
      (s) => mergesPending.has(s) && !alone.has(s)
    );
    try {
      const ranges = batch.map((slice) => sliceRange(context, shapes[slice.sheet], slice));
      for (const range of ranges) range.load("values,valueTypes,numberFormat,formulas");
      // One call returns bold for every cell; range.format.font.bold is null when mixed.
      const bold = ranges.map((range) =>
        range.getCellProperties({ format: { font: { bold: true } } })
      );
      const areas = withMerges.map((s) => mergedAreas(context, shapes[s]));
      for (const area of areas) area.load("address");
      // One sync per batch by design: batches exist only because the response must stay under 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      report.syncs++;
      batch.forEach((slice, i) => {
        const range = ranges[i];
        parts[slice.sheet].push({
          top: slice.top,
          loaded: {
            values: range.values,
            valueTypes: range.valueTypes as unknown as string[][],
            numberFormat: range.numberFormat,
            formulas: range.formulas,
            cellProperties: bold[i].value,
          },
        });
      });
      withMerges.forEach((s, i) => {
        merges[s] = areas[i].isNullObject ? null : areas[i].address;
        mergesPending.delete(s);
      });
    } catch (error) {
      report.syncs++;
      const code = (error as { code?: unknown }).code;
      const tooBig =
        code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
      if (!tooBig && withMerges.length > 0) {
        // A sheet over 512 merged areas fails the whole batch: the cells again without merges.
        for (const s of withMerges) alone.add(s);
        pending = [...batch, ...pending];
      } else if (tooBig && (batch.length > 1 || batch[0].rows > 1)) {
        // Bigger than estimated (long texts): the same cells in halves.
        pending = [...batch.flatMap(halve), ...pending];
      } else {
        throw error;
      }
    }
  }
  for (const s of alone) {
    try {
      const areas = mergedAreas(context, shapes[s]);
      areas.load("address");
      // Only after a failure: each suspect sheet's merged areas in a sync of its own.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      merges[s] = areas.isNullObject ? null : areas.address;
    } catch {
      report.withoutMerges.push(shapes[s].name);
    }
    report.syncs++;
  }
  return shapes.map((shape, s) => toGrid(shape, parts[s], merges[s]));
}

async function readShapes(
  context: Excel.RequestContext,
  names: string[],
  report: ReadReport
): Promise<Shape[]> {
  // valuesOnly: a sheet formatted down to row 1,048,576 must not be read to its end.
  const ranges = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();
  report.syncs++;
  return ranges.map((range, index) =>
    range.isNullObject
      ? { name: names[index], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }
      : {
          name: names[index],
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
        }
  );
}

function planSlices(shapes: Shape[], budget: number): Slice[] {
  const slices: Slice[] = [];
  shapes.forEach((shape, sheet) => {
    if (shape.rowCount === 0) return;
    const rowsPerSlice = Math.max(1, Math.floor(budget / (shape.columnCount * BYTES_PER_CELL)));
    for (let top = 0; top < shape.rowCount; top += rowsPerSlice) {
      slices.push({ sheet, top, rows: Math.min(rowsPerSlice, shape.rowCount - top) });
    }
  });
  return slices;
}

function sliceBytes(slice: Slice, shapes: Shape[]): number {
  return slice.rows * shapes[slice.sheet].columnCount * BYTES_PER_CELL;
}

function takeBatch(pending: Slice[], shapes: Shape[], budget: number): Slice[] {
  const batch: Slice[] = [];
  let bytes = 0;
  for (const slice of pending) {
    const size = sliceBytes(slice, shapes);
    if (batch.length > 0 && bytes + size > budget) break;
    batch.push(slice);
    bytes += size;
  }
  return batch;
}

function halve(slice: Slice): Slice[] {
  if (slice.rows < 2) return [slice];
  const first = Math.ceil(slice.rows / 2);
  return [
    { ...slice, rows: first },
    { ...slice, top: slice.top + first, rows: slice.rows - first },
  ];
}

type Loaded = Omit<LoadedRange, "rowIndex" | "columnIndex" | "mergedAddress">;

function sliceRange(context: Excel.RequestContext, shape: Shape, slice: Slice): Excel.Range {
  return context.workbook.worksheets
    .getItem(shape.name)
    .getRangeByIndexes(
      shape.rowIndex + slice.top,
      shape.columnIndex,
      slice.rows,
      shape.columnCount
    );
}

function mergedAreas(context: Excel.RequestContext, shape: Shape): Excel.RangeAreas {
  return context.workbook.worksheets
    .getItem(shape.name)
    .getRangeByIndexes(shape.rowIndex, shape.columnIndex, shape.rowCount, shape.columnCount)
    .getMergedAreasOrNullObject();
}

function toGrid(
  shape: Shape,
  parts: { top: number; loaded: Loaded }[],
  mergedAddress: string | null
): SheetGrid {
  parts.sort((a, b) => a.top - b.top);
  const join = <T>(pick: (loaded: Loaded) => T[][] | undefined): T[][] =>
    parts.flatMap((part) => pick(part.loaded) ?? []);
  return loadedRangeToGrid(shape.name, {
    rowIndex: shape.rowIndex,
    columnIndex: shape.columnIndex,
    values: join((l) => l.values),
    valueTypes: join((l) => l.valueTypes),
    numberFormat: join((l) => l.numberFormat),
    formulas: join((l) => l.formulas),
    cellProperties: join((l) => l.cellProperties),
    mergedAddress,
  });
}
