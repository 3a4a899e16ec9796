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
import { readSheetsWithExcel, type ReadReport } from "./readSheets";
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
    sheets: { name: string; visibility: string }[];
    marker: MarkerState;
  }> {
    try {
      return await Excel.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name,items/visibility");
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
        worksheets.load("items/name,items/visibility");
        await context.sync();
        return { sheets: worksheets.items, marker: await readMarker(context) };
      });
    }
  }

  /** Syncs and sheets read without merged areas by the last readSheets (bench, tests). */
  lastRead: ReadReport = { syncs: 0, withoutMerges: [] };

  async readSheets(names: string[]): Promise<SheetGrid[]> {
    const report: ReadReport = { syncs: 0, withoutMerges: [] };
    this.lastRead = report;
    return Excel.run((context) => readSheetsWithExcel(context, names, report));
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

function sheetInfos(
  items: { name: string; visibility: string }[],
  generated: string[]
): SheetInfo[] {
  return items
    .filter((sheet) => !isMarkerSheet(sheet.name))
    .map((sheet) => ({
      name: sheet.name,
      generated: isGeneratedName(sheet.name, generated),
      ...(sheet.visibility !== "Visible" ? { hidden: true } : {}),
    }));
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
