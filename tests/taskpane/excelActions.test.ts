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
import type { WorkbookPort } from "../../src/workbook/workbookPort";
import { writeSheetsWithExcel } from "../../src/workbook/office/writeSheets";

jest.mock("../../src/workbook/office/writeSheets", () => ({
  writeSheetsWithExcel: jest.fn(async () => undefined),
}));

type Calls = string[];
const globals = global as unknown as { Excel: unknown; Office: unknown };

/** Excel with named sheets whose activate/select calls are recorded, and a selected cell. */
function mockExcel(calls: Calls) {
  const sheet = (name: string) => ({
    activate: () => void calls.push(`activate ${name}`),
    getRange: (address: string) => ({ select: () => void calls.push(`select ${name}!${address}`) }),
  });
  const cell = { formulas: [[""]] as unknown[][], numberFormat: [["General"]] as unknown[][] };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: { getItem: (name: string) => sheet(name) },
        getSelectedRange: () => ({
          getCell: (row: number, column: number) => (row === 0 && column === 0 ? cell : null),
        }),
      },
      sync: async () => void calls.push("sync"),
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((mock as unknown as { context: unknown }).context);
    },
  });
  globals.Excel = mock;
  return { mock, cell };
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

describe("Excel actions of the pane (office-addin-mock)", () => {
  it("selectCell activates the finding's sheet and selects its cell, in one sync", async () => {
    const calls: Calls = [];
    mockExcel(calls);
    await selectCell({ sheet: "Realisasi Anggaran 2017", address: "D12" });
    expect(calls).toEqual([
      "activate Realisasi Anggaran 2017",
      "select Realisasi Anggaran 2017!D12",
      "sync",
    ]);
  });

  it("activateSheet shows a sheet that was made", async () => {
    const calls: Calls = [];
    mockExcel(calls);
    await activateSheet("Tabel 3.1.6");
    expect(calls).toEqual(["activate Tabel 3.1.6", "sync"]);
  });

  it.each([
    ["=LKJIP.CAPAIAN(89.63%,80%)", "0.00%", [["0.00%"]]],
    ["=LKJIP.PREDIKAT(112.04%)", undefined, [["General"]]],
  ])(
    "insertFormula writes %s into the selected cell (format %s)",
    async (formula, format, shownFormat) => {
      const calls: Calls = [];
      const { cell } = mockExcel(calls);
      await insertFormula(formula, format);
      expect(cell.formulas).toEqual([[formula]]);
      expect(cell.numberFormat).toEqual(shownFormat);
      expect(calls).toEqual(["sync"]);
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
    mockExcel([]);
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
