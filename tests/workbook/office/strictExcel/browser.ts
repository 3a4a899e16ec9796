/**
 * The strict fake in a web page (bundled by pageScript.ts): installs window.Excel and
 * window.Office before the add-in's page runs, and window.__strictExcel for the test to inspect.
 */
import type { SheetGrid } from "../../../../src/workbook/grid";
import { addGrid, createOffice, excelGlobal, StrictExcel } from "./index";

export interface PageSetup {
  grids: SheetGrid[];
  declared: Record<string, string>;
  supported?: Record<string, string>;
  displayLanguage: string;
  onReadyDelayMs?: number;
  officeTheme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
  faults?: Record<string, { code: string; message: string }>;
}

export function install(setup: PageSetup): void {
  const host = new StrictExcel({ declared: setup.declared, supported: setup.supported });
  for (const grid of setup.grids) addGrid(host, grid);
  for (const [member, fault] of Object.entries(setup.faults ?? {})) host.faults.set(member, fault);
  const page = window as unknown as Record<string, unknown>;
  page.Excel = excelGlobal(host);
  page.Office = createOffice(host, {
    displayLanguage: setup.displayLanguage,
    onReadyDelayMs: setup.onReadyDelayMs,
    officeTheme: setup.officeTheme,
  });
  page.__strictExcel = host;
}
