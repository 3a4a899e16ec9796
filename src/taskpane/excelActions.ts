/* global Excel */
import type { Language } from "../i18n/language";
import type { CellRef } from "../model/cellRef";
import type { WorkbookPort } from "../workbook/workbookPort";
import { loadChoices, officeSettingsBackend, saveChoices } from "./choices";
import type { SheetSpec } from "../workbook/sheetSpec";
import { writeSheetsWithExcel } from "../workbook/office/writeSheets";
import { freeSheetNames, type PanePipeline } from "./panePipeline";
import type { PaneActions } from "./paneTypes";
import { withProgress } from "./progressPort";
import { oneGenerationAtATime } from "./oneGeneration";
import { PaneError } from "./paneError";

/**
 * The pane's actions inside Excel: the only module of the pane that calls Excel.run (the choices'
 * Office settings backend is in choices.ts). The pipeline reads and writes through `port`
 * (OfficeWorkbook in the add-in).
 */
export function createExcelActions(deps: {
  pipeline: PanePipeline;
  port: WorkbookPort;
  language: Language;
}): PaneActions {
  const { pipeline, port, language } = deps;
  const settings = officeSettingsBackend();
  return {
    host: "excel",
    language,
    analyze: (selection) => pipeline.analyze(port, selection),
    generate: (request, onProgress) =>
      oneGenerationAtATime(() => pipeline.generate(withProgress(port, onProgress), request)),
    async createTemplate(year) {
      const specs = await pipeline.templateSheets(year);
      const existing = (await port.listSheets()).map((sheet) => sheet.name);
      const names = freeSheetNames(
        specs.map((spec) => spec.name),
        existing
      );
      await writeInputSheets(specs.map((spec, index) => ({ ...spec, name: names[index] })));
      return { sheets: names };
    },
    loadChoices: () => loadChoices(settings),
    saveChoices: (choices) => saveChoices(settings, choices),
    selectCell,
    activateSheet,
    insertFormula,
  };
}

/**
 * The template's sheets are the user's input sheets: written directly, not through the port, so
 * they are not marked as generated (the pipeline reads only sheets the add-in did not generate).
 */
export async function writeInputSheets(sheets: SheetSpec[]): Promise<void> {
  await Excel.run(async (context) => {
    const plan = { generation: "", sheets, update: [], keep: [], remove: [] };
    await writeSheetsWithExcel(context, plan, { mark: false });
  });
}

/**
 * Shows the finding's cell: activates its sheet and selects it. Excel cannot activate a hidden
 * sheet (and unhiding the user's sheet is not ours to do): then the pane says where it is.
 */
export async function selectCell(ref: CellRef): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.load("visibility");
    await context.sync();
    if (sheet.visibility !== "Visible") {
      throw new PaneError("ui.error.hiddenSheet", { sheet: ref.sheet, cell: ref.address });
    }
    sheet.activate();
    sheet.getRange(ref.address).select();
    await context.sync();
  });
}

export async function activateSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/** Writes the formula into the top-left cell of the selection, with a % format where it helps. */
export async function insertFormula(formula: string, numberFormat?: string): Promise<void> {
  await Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    if (numberFormat) cell.numberFormat = [[numberFormat]];
    await context.sync();
  });
}
