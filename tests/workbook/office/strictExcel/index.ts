/**
 * One strict stand-in for Excel, shared by the jest tests (installed as the Excel and Office
 * globals) and the Chromium tests (bundled into the page by browserScript.ts). Rules and their
 * sources: limits.ts (sizes), objects.ts (object model, requirement sets), host.ts (syncs).
 */
import type { SheetGrid } from "../../../../src/workbook/grid";
import { FakeContext } from "./objects";
import { StrictExcel, type StrictExcelOptions } from "./host";
import { cellKey, type Cell } from "./state";
import { createOffice, type OfficeOptions } from "./office";

export { StrictExcel, FakeContext, createOffice };
export type { StrictExcelOptions, OfficeOptions };

/** The Excel global: Excel.run gives a fresh context and syncs what is left queued at the end. */
export function excelGlobal(host: StrictExcel) {
  return {
    async run<T>(callback: (context: FakeContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(host);
      const result = await callback(context);
      if (context.queue.length > 0) await context.sync();
      return result;
    },
  };
}

/** Puts a grid (as the ExcelJS adapter reads a file) into the fake workbook, as Excel holds it. */
export function addGrid(
  host: StrictExcel,
  grid: SheetGrid,
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible"
) {
  const sheet = host.addSheet(grid.name, visibility);
  for (const gridCell of grid.cells) {
    const cell: Cell = { value: gridCell.value };
    if (gridCell.formula) cell.formula = gridCell.formula;
    if (gridCell.format && gridCell.format !== "General") cell.numberFormat = gridCell.format;
    if (gridCell.bold) cell.format = { "font.bold": true };
    sheet.cells.set(cellKey(gridCell.row - 1, gridCell.col - 1), cell);
  }
  sheet.merges = grid.merges.map((m) => ({
    row: m.top - 1,
    column: m.left - 1,
    rows: m.bottom - m.top + 1,
    columns: m.right - m.left + 1,
  }));
  return sheet;
}

/** Installs the fake as globalThis.Excel and globalThis.Office (jest); returns the host. */
export function installStrictExcel(
  options: StrictExcelOptions & { grids?: SheetGrid[]; office?: OfficeOptions } = {}
): StrictExcel {
  const host = new StrictExcel(options);
  for (const grid of options.grids ?? []) addGrid(host, grid);
  const scope = globalThis as Record<string, unknown>;
  scope.Excel = excelGlobal(host);
  scope.Office = createOffice(host, options.office);
  return host;
}

export function uninstallStrictExcel(): void {
  const scope = globalThis as Record<string, unknown>;
  delete scope.Excel;
  delete scope.Office;
}
