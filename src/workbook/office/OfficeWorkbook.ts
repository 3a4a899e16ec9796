/* global Excel */
import type { SheetGrid } from "../grid";
import type { SheetSpec } from "../sheetSpec";
import type { SheetInfo, WorkbookPort } from "../workbookPort";
import {
  GENERATED_MARKER_SHEET,
  isGeneratedName,
  isMarkerSheet,
  markerRows,
  nextGeneratedNames,
  parseGeneratedMarker,
} from "../generatedMarker";
import { loadedRangeToGrid } from "./officeGrid";
import { writeSheetsWithExcel } from "./writeSheets";

/**
 * The open workbook inside Excel, through Office.js. This module is the only one that calls
 * Excel.run for reading; every read is one batch of loads and one context.sync.
 */
export class OfficeWorkbook implements WorkbookPort {
  /**
   * The marker as the last listSheets found it. writeSheets trusts it instead of reading the marker
   * again, so list + read + write stay three round trips; the pipeline always lists just before it
   * writes. Without a listing, writeSheets reads the marker itself.
   */
  private listedMarker: MarkerState | null = null;

  async listSheets(): Promise<SheetInfo[]> {
    const { sheets, marker } = await this.listSheetsAndMarker();
    this.listedMarker = marker;
    return sheetInfos(sheets, marker.names);
  }

  private async listSheetsAndMarker(): Promise<{
    sheets: { name: string }[];
    marker: MarkerState;
  }> {
    try {
      return await Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        // One round trip: a missing marker makes both proxies null objects (null propagation).
        const markerRange = worksheets
          .getItemOrNullObject(GENERATED_MARKER_SHEET)
          .getUsedRangeOrNullObject(true);
        markerRange.load("values");
        await context.sync();
        const exists = worksheets.items.some((sheet) => isMarkerSheet(sheet.name));
        const names = markerRange.isNullObject ? [] : parseGeneratedMarker(markerRange.values);
        return { sheets: worksheets.items, marker: { exists, names } };
      });
    } catch {
      // A host that rejects a chain on a null object gets the two-step read instead.
      return Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        return { sheets: worksheets.items, marker: await readMarker(context) };
      });
    }
  }

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    return Excel.run(async (context) => {
      const pending = names.map((name) => {
        // valuesOnly: a sheet formatted down to row 1,048,576 must not be read to its end.
        const range = context.workbook.worksheets.getItem(name).getUsedRange(true);
        range.load("rowIndex,columnIndex,values,valueTypes,numberFormat,formulas");
        // One call returns bold for every cell; range.format.font.bold is null when mixed.
        const bold = range.getCellProperties({ format: { font: { bold: true } } });
        const merged = range.getMergedAreasOrNullObject();
        merged.load("address");
        return { name, range, bold, merged };
      });
      await context.sync();
      return pending.map(({ name, range, bold, merged }) =>
        loadedRangeToGrid(name, {
          rowIndex: range.rowIndex,
          columnIndex: range.columnIndex,
          values: range.values,
          valueTypes: range.valueTypes as unknown as string[][],
          numberFormat: range.numberFormat,
          formulas: range.formulas,
          cellProperties: bold.value,
          mergedAddress: merged.isNullObject ? null : merged.address,
        })
      );
    });
  }

  async writeSheets(sheets: SheetSpec[], replace: string[]): Promise<void> {
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const { exists, names: generated } = this.listedMarker ?? (await readMarker(context));
      const foreign = replace.filter((name) => !isGeneratedName(name, generated));
      if (foreign.length > 0) {
        throw new Error(
          `Refusing to replace sheets the add-in did not generate: ${foreign.join(", ")}`
        );
      }
      const names = nextGeneratedNames(
        generated,
        replace,
        sheets.map((sheet) => sheet.name)
      );
      // Queued here, sent with the writer's first sync.
      const marker = exists
        ? worksheets.getItem(GENERATED_MARKER_SHEET)
        : worksheets.add(GENERATED_MARKER_SHEET);
      marker.visibility = "VeryHidden" as Excel.SheetVisibility;
      marker.getRange("A:A").clear("Contents" as Excel.ClearApplyTo);
      if (names.length > 0) {
        marker.getRangeByIndexes(0, 0, names.length, 1).values = markerRows(names);
      }
      await writeSheetsWithExcel(context, sheets, replace);
      this.listedMarker = { exists: true, names };
    });
  }
}

function sheetInfos(items: { name: string }[], generated: string[]): SheetInfo[] {
  return items
    .filter((sheet) => !isMarkerSheet(sheet.name))
    .map((sheet) => ({ name: sheet.name, generated: isGeneratedName(sheet.name, generated) }));
}

interface MarkerState {
  exists: boolean;
  names: string[];
}

/** Whether the marker sheet exists and its names, its range read only once the sheet is known. */
async function readMarker(context: Excel.RequestContext): Promise<MarkerState> {
  const marker = context.workbook.worksheets.getItemOrNullObject(GENERATED_MARKER_SHEET);
  // isNullObject is known after a sync without loading anything.
  await context.sync();
  if (marker.isNullObject) return { exists: false, names: [] };
  const range = marker.getUsedRangeOrNullObject(true);
  range.load("values");
  await context.sync();
  return { exists: true, names: range.isNullObject ? [] : parseGeneratedMarker(range.values) };
}
