import { OfficeMockObject } from "office-addin-mock";
import {
  activateSheet,
  createExcelActions,
  insertFormula,
  selectCell,
} from "../../src/taskpane/excelActions";
import { CHOICES_KEY, DEFAULT_CHOICES, officeSettingsBackend } from "../../src/taskpane/choices";
import type { PanePipeline } from "../../src/taskpane/panePipeline";
import type { ProgressStep } from "../../src/taskpane/paneTypes";
import type { SheetSpec } from "../../src/workbook/sheetSpec";
import { gridFromRange } from "../../src/workbook/grid";
import type { WorkbookPort } from "../../src/workbook/workbookPort";
import { writeSheetsWithExcel } from "../../src/workbook/office/writeSheets";
import { addGrid, installStrictExcel, uninstallStrictExcel } from "../workbook/office/strictExcel";
import { manifestRequirementSets } from "../workbook/office/strictExcel/manifestSets";

jest.mock("../../src/workbook/office/writeSheets", () => ({
  writeSheetsWithExcel: jest.fn(async () => undefined),
}));

const globals = global as unknown as { Excel: unknown; Office: unknown };

/** The strict Excel with the budget sheet, a hidden copy of last year's, and a generated table. */
function strictExcel() {
  const grid = (name: string) =>
    gridFromRange(
      name,
      { origin: { row: 1, col: 1 }, values: [["Program", 1]], bold: [[true, false]] },
      []
    );
  const host = installStrictExcel({
    grids: [grid("Realisasi Anggaran 2017"), grid("Tabel 3.1.6")],
    declared: manifestRequirementSets(),
  });
  addGrid(host, grid("Realisasi Anggaran 2016"), "Hidden");
  return host;
}

/** Office.context.document.settings as Office keeps them, with saveAsync's outcome chosen by the test. */
function mockOffice(stored: Record<string, unknown>, saveFails = false) {
  // Office's common API (Office.context) needs no load(); office-addin-mock models that for the
  // Outlook host only, so the mock is created in that mode.
  const office = new OfficeMockObject(
    {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        displayLanguage: "id-ID",
        document: {
          settings: {
            get: (key: string) => (key in stored ? stored[key] : null),
            set: (key: string, value: unknown) => void (stored[key] = value),
            saveAsync: (callback: (result: unknown) => void) =>
              callback(
                saveFails
                  ? { status: "failed", error: { code: 5001, message: "Internal error" } }
                  : { status: "succeeded" }
              ),
          },
        },
      },
    },
    "outlook" as never
  );
  globals.Office = office;
  return stored;
}

describe("Excel actions of the pane (strict Excel)", () => {
  afterEach(uninstallStrictExcel);

  it("selectCell activates the finding's sheet and selects its cell", async () => {
    const host = strictExcel();
    await selectCell({ sheet: "Realisasi Anggaran 2017", address: "D12" });
    const sheet = host.sheet("Realisasi Anggaran 2017")!;
    expect(host.state.activeSheetId).toBe(sheet.id);
    expect(host.state.selection).toEqual({
      sheetId: sheet.id,
      rect: { row: 11, column: 3, rows: 1, columns: 1 },
    });
  });

  it("a finding on a hidden sheet is not shown by activating it: the pane says it is hidden", async () => {
    const host = strictExcel();
    const active = host.state.activeSheetId;
    await expect(
      selectCell({ sheet: "Realisasi Anggaran 2016", address: "B2" })
    ).rejects.toMatchObject({ messageKey: "ui.error.hiddenSheet" });
    expect(host.syncs.every((sync) => !sync.failed)).toBe(true);
    expect(host.state.activeSheetId).toBe(active);
  });

  it("activateSheet shows a sheet that was made", async () => {
    const host = strictExcel();
    await activateSheet("Tabel 3.1.6");
    expect(host.state.activeSheetId).toBe(host.sheet("Tabel 3.1.6")!.id);
  });

  it.each([
    ["=LKJIP.CAPAIAN(89.63%,80%)", "0.00%", "0.00%"],
    ["=LKJIP.PREDIKAT(112.04%)", undefined, undefined],
  ])(
    "insertFormula writes %s into the selected cell (format %s)",
    async (formula, format, shownFormat) => {
      const host = strictExcel();
      await selectCell({ sheet: "Realisasi Anggaran 2017", address: "C3" });
      await insertFormula(formula, format);
      const cell = host.sheet("Realisasi Anggaran 2017")!.cells.get(2 * 16_384 + 2)!;
      expect(cell.formula).toBe(formula);
      expect(cell.numberFormat).toBe(shownFormat);
    }
  );

  it("choices are kept in the workbook's settings and saved with saveAsync", async () => {
    const stored = mockOffice({});
    const backend = officeSettingsBackend();
    backend.set(CHOICES_KEY, "x");
    await backend.persist();
    expect(stored[CHOICES_KEY]).toBe("x");
    expect(backend.get(CHOICES_KEY)).toBe("x");
  });

  it("a failed saveAsync is an error the pane shows, not a silent loss", async () => {
    mockOffice({}, true);
    await expect(officeSettingsBackend().persist()).rejects.toMatchObject({ code: 5001 });
  });
});

describe("createExcelActions", () => {
  afterEach(uninstallStrictExcel);
  const specs: SheetSpec[] = [
    { name: "Realisasi Anggaran", rows: [], merges: [], columnWidths: [] },
    { name: "Indikator Kinerja", rows: [], merges: [], columnWidths: [] },
  ];

  function fakes() {
    const port: WorkbookPort = {
      listSheets: async () => [
        { name: "realisasi anggaran", visibility: "visible", mark: null, generated: false },
        {
          name: "Tabel 3.2",
          visibility: "visible",
          mark: { generation: "g1", fingerprint: "ab", name: "Tabel 3.2" },
          generated: true,
        },
      ],
      readSheets: async () => [],
      writeSheets: async () => undefined,
    };
    const pipeline: PanePipeline = {
      analyze: jest.fn(async () => {
        throw new Error("not used");
      }),
      generate: jest.fn(async (used: WorkbookPort) => {
        await used.listSheets();
        await used.readSheets([]);
        await used.writeSheets({ generation: "g2", sheets: [], update: [], keep: [], remove: [] });
        return { made: [], skipped: [], renamed: [], kept: [], findings: [] };
      }),
      templateSheets: jest.fn(async () => specs),
    };
    return { port, pipeline };
  }

  it("loads remembered choices from the workbook, defaults for anything unknown", () => {
    mockOffice({
      [CHOICES_KEY]: JSON.stringify({ scale: "AKIP", efisiensi: "nonsense", mode: "values" }),
    });
    const { port, pipeline } = fakes();
    const actions = createExcelActions({ pipeline, port, language: "id" });
    expect(actions.loadChoices()).toEqual({
      ...DEFAULT_CHOICES,
      scale: "AKIP",
      efisiensi: DEFAULT_CHOICES.efisiensi,
      mode: "values",
    });
    expect(actions.host).toBe("excel");
    expect(actions.openFile).toBeUndefined();
  });

  it("generate reports reading, building and writing as the pipeline goes", async () => {
    mockOffice({});
    const { port, pipeline } = fakes();
    const steps: ProgressStep[] = [];
    await createExcelActions({ pipeline, port, language: "id" }).generate(
      {
        selection: { budgetSheet: null, indicatorSheet: null, year: 2017 },
        choices: DEFAULT_CHOICES,
      },
      (step) => steps.push(step)
    );
    expect(steps).toEqual(["reading", "reading", "building", "writing"]);
  });

  it("the template's sheets are written as the user's own, never over an existing sheet", async () => {
    mockOffice({});
    strictExcel();
    const { port, pipeline } = fakes();
    const result = await createExcelActions({ pipeline, port, language: "id" }).createTemplate(
      2017
    );
    expect(pipeline.templateSheets).toHaveBeenCalledWith(2017);
    expect(result.sheets).toEqual(["Realisasi Anggaran (2)", "Indikator Kinerja"]);
    const write = writeSheetsWithExcel as jest.Mock;
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0][1].sheets.map((sheet: SheetSpec) => sheet.name)).toEqual(
      result.sheets
    );
    // The user's own sheets: no mark, nothing updated or removed.
    expect(write.mock.calls[0][2]).toEqual({ mark: false });
    expect(write.mock.calls[0][1]).toMatchObject({ update: [], keep: [], remove: [] });
  });
});
