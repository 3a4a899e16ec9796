import ExcelJS from "exceljs";
import fc from "fast-check";
import { analyzeWorkbook, generateReport, numericCellLookup } from "../src/pipeline";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
import { openWorkbookFile } from "../src/workbook/exceljs/files";
import { OfficeWorkbook } from "../src/workbook/office/OfficeWorkbook";
import { join } from "path";
import { FIXTURES } from "./fixtures/loadFixture";
import { seedInputWorkbook } from "./report/seedInputWorkbook";
import {
  addGrid,
  installStrictExcel,
  uninstallStrictExcel,
  type StrictExcel,
} from "./workbook/office/strictExcel";
import { manifestRequirementSets } from "./workbook/office/strictExcel/manifestSets";
import { gridFromRange } from "../src/workbook/grid";
import { valueAt } from "./workbook/denseRange";
import * as renderTableModule from "../src/report/renderTable";
import type { WritePlan } from "../src/workbook/workbookPort";

const INPUTS = ["Realisasi Anggaran 2017", "Indikator Kinerja", "Matriks Renstra"];

function snapshot(workbook: ExcelJS.Workbook, names: string[]): unknown {
  return names.map((name) => {
    const rows: unknown[] = [];
    workbook.getWorksheet(name)!.eachRow((row) => rows.push(JSON.stringify(row.values)));
    return rows;
  });
}

/** The workbook as the port would save it, read back. */
async function output(port: ExcelJsWorkbook): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await port.toBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

function cellText(workbook: ExcelJS.Workbook, sheet: string, address: string): unknown {
  const value = workbook.getWorksheet(sheet)!.getCell(address).value;
  return value && typeof value === "object" && "result" in value ? value.result : value;
}

describe("analyzeWorkbook", () => {
  test("detects the inputs and defaults to the latest year with a realisasi", async () => {
    const analysis = await analyzeWorkbook(new ExcelJsWorkbook(seedInputWorkbook()));
    expect(analysis.detected).toMatchObject({
      budgets: [{ sheet: "Realisasi Anggaran 2017", year: 2017 }],
      indicators: "Indikator Kinerja",
      cascading: "Matriks Renstra",
    });
    expect(analysis.years).toEqual(expect.arrayContaining([2017, 2018]));
    expect(analysis.defaultYear).toBe(2018);
  });
});

describe("numericCellLookup", () => {
  const grid = gridFromRange(
    "Anggaran",
    {
      origin: { row: 2, col: 2 },
      values: [
        [1, "Rp 2", null],
        [null, 3, 4],
      ],
    },
    []
  );
  const isNumeric = numericCellLookup([grid]);
  test.each([
    ["B2", true],
    ["C2", false],
    ["D2", false],
    ["$C$3", true],
    ["d3", true],
    ["$d3", true],
    ["C$3", true],
    ["A1", false],
    ["B", false],
    ["2", false],
    ["B2:C3", false],
    ["ＢＡ2", false],
    ["\u0131", false],
  ])("%s -> %p", (address, expected) => {
    expect(isNumeric({ sheet: "Anggaran", address })).toBe(expected);
  });

  test("reads any address as the regex on its upper-cased text does (fast-check)", () => {
    // The reference: the lookup as first written.
    const reference = (address: string): boolean => {
      const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
      if (!match) return false;
      let column = 0;
      for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
      const value = valueAt(grid, Number(match[2]), column);
      return typeof value === "number";
    };
    const char = fc.constantFrom(..."$ABCDbcd0123:ıſﬀ ".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 6 }), (chars) => {
        const address = chars.join("");
        return isNumeric({ sheet: "Anggaran", address }) === reference(address);
      }),
      { numRuns: 20_000 }
    );
  });

  test("another sheet's cell is not numeric", () => {
    expect(isNumeric({ sheet: "Other", address: "B2" })).toBe(false);
  });
});

describe("generateReport through ExcelJS", () => {
  test("2017: every table made but 3.1.2 (no 2016), Ringkasan first and active, inputs untouched", async () => {
    const input = seedInputWorkbook();
    const before = snapshot(input, INPUTS);
    const port = new ExcelJsWorkbook(input);
    const result = await generateReport(port, {
      tahun: 2017,
      language: "en",
    });
    const workbook = await output(port);
    expect(result.made.map((entry) => entry.sheet)).toEqual([
      "Tabel 2.2",
      "Tabel 3.1.1",
      "Tabel 3.1.3",
      "Tabel 3.1.4",
      "Tabel 3.1.5",
      "Tabel 3.1.6",
      "Tabel 3.1.7",
      "Tabel 3.1.8",
      "Tabel 3.2",
      "Lampiran Pengukuran Kinerja",
    ]);
    expect(result.skipped).toEqual([
      {
        table: "Tabel 3.1.2",
        reasonKey: "report.skip.noPreviousYear",
        params: { prev: 2016, tahun: 2017 },
      },
      { table: "Tabel 3.1.9", reasonKey: "report.skip.noStandardColumn", params: {} },
    ]);
    expect(snapshot(workbook, INPUTS)).toEqual(before);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 4)).toEqual([...INPUTS, "Ringkasan"]);
    // The file opens on the sheet the user had open: selecting another would group it with theirs.
    expect(workbook.views?.[0]?.activeTab ?? 0).toBe(0);
    // The Ringkasan is part of the report: Indonesian although the run asked for English.
    expect(cellText(workbook, "Ringkasan", "A2")).toBe(
      "Tahun 2017: 10 tabel dibuat, 2 dilewati, 4 temuan."
    );
    // Seed figures as Excel will show them.
    expect(cellText(workbook, "Tabel 3.1.4", "D8")).toBe(4002524072);
    expect(workbook.getWorksheet("Tabel 3.1.6")!.getCell("F8").value).toMatchObject({
      formula: "E8/D8",
    });
  });

  test("2018 with only a 2017 budget: budget tables skipped, saying so; 3.1.1 shows 112,04%", async () => {
    const port = new ExcelJsWorkbook(seedInputWorkbook());
    const result = await generateReport(port, { language: "id" });
    const workbook = await output(port);
    expect(result.tahun).toBe(2018);
    expect(result.skipped.map((entry) => entry.table)).toEqual([
      "Tabel 3.1.4",
      "Tabel 3.1.5",
      "Tabel 3.1.6",
      "Tabel 3.1.9",
      "Tabel 3.2",
    ]);
    expect(result.skipped[0].params).toEqual({ tahun: 2018, available: "2017" });
    expect(cellText(workbook, "Tabel 3.1.1", "G8")).toBeCloseTo(1.120375, 12);
    expect(cellText(workbook, "Tabel 3.1.2", "G8")).toBe(0.8963);
  });

  test("regenerating replaces only generated sheets; a user's sheet of the same name is never touched", async () => {
    const workbook = seedInputWorkbook();
    workbook.addWorksheet("Tabel 3.1.6").getCell("A1").value = "catatan saya";
    const port = new ExcelJsWorkbook(workbook);
    const first = await generateReport(port, { tahun: 2017, language: "id" });
    expect(first.renamed).toEqual([{ wanted: "Tabel 3.1.6", sheet: "Tabel 3.1.6 (2)" }]);
    const second = await generateReport(port, { tahun: 2017, language: "id" });
    expect(second.renamed).toEqual(first.renamed);
    expect(second.kept).toEqual([]);
    const out = await output(port);
    expect(out.getWorksheet("Tabel 3.1.6")!.getCell("A1").value).toBe("catatan saya");
    expect(
      out.worksheets.map((sheet) => sheet.name).filter((name) => name.startsWith("Tabel 3.1.6"))
    ).toEqual(["Tabel 3.1.6", "Tabel 3.1.6 (2)"]);
    expect(out.worksheets.filter((sheet) => / \(3\)$/.test(sheet.name))).toHaveLength(0);
  });

  test("a table skipped on regeneration does not linger from an earlier run", async () => {
    const workbook = seedInputWorkbook();
    const port = new ExcelJsWorkbook(workbook);
    await generateReport(port, { tahun: 2017, language: "id" });
    expect((await output(port)).getWorksheet("Tabel 3.2")).toBeDefined();
    await generateReport(port, { tahun: 2018, language: "id" });
    const out = await output(port);
    expect(out.getWorksheet("Tabel 3.2")).toBeUndefined();
    expect(out.getWorksheet("Realisasi Anggaran 2017")).toBeDefined();
  });

  test("text from the user's cells stays text, even when it starts with = + - @", async () => {
    const workbook = seedInputWorkbook();
    const budget = workbook.getWorksheet("Realisasi Anggaran 2017")!;
    budget.getCell("B5").value = "=Penyediaan Jasa Komunikasi";
    budget.getCell("B6").value = "-Rapat Koordinasi";
    const port = new ExcelJsWorkbook(workbook);
    await generateReport(port, { tahun: 2017, language: "id" });
    const reloaded = await output(port);
    expect(reloaded.getWorksheet("Tabel 3.2")!.getCell("B9").value).toBe(
      "=Penyediaan Jasa Komunikasi"
    );
    expect(reloaded.getWorksheet("Tabel 3.2")!.getCell("B10").value).toBe("-Rapat Koordinasi");
  });

  test.each([
    ["values", 1.120375],
    ["functions", { formula: 'LKJIP.CAPAIAN(F8,E8,"naik")' }],
  ] as const)("mode %s", async (mode, expected) => {
    const port = new ExcelJsWorkbook(seedInputWorkbook());
    await generateReport(port, { tahun: 2018, mode, language: "id" });
    const value = (await output(port)).getWorksheet("Tabel 3.1.1")!.getCell("G8").value;
    if (typeof expected === "number") expect(value).toBeCloseTo(expected, 12);
    else expect(value).toMatchObject(expected);
  });
});

describe("generateReport hands the sheets over one at a time", () => {
  test("each table is laid out only when the writer takes it, the Ringkasan first and active", async () => {
    const source = new ExcelJsWorkbook(seedInputWorkbook());
    const layOut = jest.spyOn(renderTableModule, "renderTable");
    const taken: { name: string; laidOut: number; activate?: boolean }[] = [];
    try {
      await generateReport(
        {
          listSheets: () => source.listSheets(),
          readSheets: (names: string[]) => source.readSheets(names),
          writeSheets: async (plan: WritePlan) => {
            expect(layOut).not.toHaveBeenCalled();
            for (const sheet of plan.sheets) {
              taken.push({
                name: sheet.name,
                laidOut: layOut.mock.calls.length,
                activate: sheet.activate,
              });
            }
          },
        },
        { tahun: 2017, language: "id" }
      );
    } finally {
      layOut.mockRestore();
    }
    expect(taken).toHaveLength(11);
    // The n-th sheet is laid out when it is taken, not before: one table in memory at a time.
    expect(taken.map((entry) => entry.laidOut)).toEqual(taken.map((_, n) => n + 1));
    expect(taken[0]).toEqual({ name: "Ringkasan", laidOut: 1, activate: true });
    expect(taken.slice(1).every((entry) => entry.activate === undefined)).toBe(true);
  });
});

describe("generateReport inside Excel (Office.js, strict fake)", () => {
  afterEach(uninstallStrictExcel);

  async function runInStrictExcel(): Promise<{ host: StrictExcel; made: number }> {
    const grids = await new ExcelJsWorkbook(seedInputWorkbook()).readSheets(INPUTS);
    const host = installStrictExcel({ grids, declared: manifestRequirementSets() });
    const result = await generateReport(new OfficeWorkbook(), { tahun: 2017, language: "id" });
    return { host, made: result.made.length };
  }

  test("writes every table, recalculated, Ringkasan active, every payload under 5 MB", async () => {
    const { host, made } = await runInStrictExcel();
    expect(made).toBe(10);
    expect(host.screenUpdatingSuspensions).toBe(1);
    expect(host.state.activeSheetId).toBe(host.sheet("Ringkasan")!.id);
    expect(host.sheet("Tabel 3.1.1")!.cells.get(7 * 16_384 + 6)!.formula).toBe("=F8/E8");
    expect(host.largestRequest).toBeLessThanOrEqual(5_000_000);
    expect(host.largestResponse).toBeLessThanOrEqual(5_000_000);
  });

  test("list (sheets, then their marks), read (shapes + cells), write, recalculate; a regeneration also reads the generated sheets", async () => {
    const { host } = await runInStrictExcel();
    expect(host.syncs.length).toBeLessThanOrEqual(7);
    const first = host.syncs.length;
    const again = await generateReport(new OfficeWorkbook(), { tahun: 2017, language: "id" });
    // list (2) + inputs (shapes, cells) + generated sheets for their fingerprints (2) + write + recalculate
    expect(host.syncs.length - first).toBeLessThanOrEqual(8);
    expect(again.made).toHaveLength(10);
    expect(again.renamed).toEqual([]);
    expect(host.sheet("Tabel 3.1.1")!.cells.get(7 * 16_384 + 6)!.formula).toBe("=F8/E8");
  });

  test("regeneration rewrites the tables in place: a user's ='Tabel 3.1.1'!G8 reads the new value", async () => {
    const { host } = await runInStrictExcel();
    const user = host.addSheet("Bab III");
    user.cells.set(0, { value: null, formula: "='Tabel 3.1.1'!G8" });
    host.recalculate();
    const before = host.value("Bab III", "A1");
    expect(before).toBe(host.value("Tabel 3.1.1", "G8"));
    // The same sheet object (its id), not a new sheet of the same name.
    const table = host.sheet("Tabel 3.1.1")!.id;

    await generateReport(new OfficeWorkbook(), { tahun: 2018, language: "id" });
    expect(host.sheet("Tabel 3.1.1")!.id).toBe(table);
    expect(host.sheet("Bab III")!.cells.get(0)!.formula).toBe("='Tabel 3.1.1'!G8");
    const after = host.value("Bab III", "A1");
    expect(after).toBe(host.value("Tabel 3.1.1", "G8"));
    expect(after).not.toEqual(before);
    expect(typeof after).toBe("number");
  });

  test("when every visible sheet is a generated one, regeneration still succeeds", async () => {
    const { host } = await runInStrictExcel();
    for (const name of INPUTS) host.sheet(name)!.visibility = "Hidden";
    const again = await generateReport(new OfficeWorkbook(), {
      tahun: 2017,
      language: "id",
      budgetSheet: INPUTS[0],
      indicatorSheet: INPUTS[1],
    });
    expect(again.made.length).toBeGreaterThan(0);
    const failed = host.syncs.filter((sync) => sync.failed).map((sync) => sync.failed);
    expect(failed.filter((code) => code !== "InvalidObjectPath")).toEqual([]);
  });

  test("a hidden sheet is not read as an input unless picked by name", async () => {
    const grids = await new ExcelJsWorkbook(seedInputWorkbook()).readSheets(INPUTS);
    const host = installStrictExcel({ grids: grids.slice(1), declared: manifestRequirementSets() });
    addGrid(host, grids[0], "Hidden");
    const unpicked = await analyzeWorkbook(new OfficeWorkbook());
    expect(unpicked.detected.budgets).toEqual([]);
    const picked = await analyzeWorkbook(new OfficeWorkbook(), { budgetSheet: grids[0].name });
    expect(picked.detected.budgets.map((b) => b.sheet)).toEqual([grids[0].name]);
  });
});

describe("a health office's workbook: no Arah column, Target 2026, no cascading", () => {
  async function generate(options: Parameters<typeof generateReport>[1]) {
    const port = await openWorkbookFile(
      join(FIXTURES, "agencies", "dinkes-tanpa-arah-tanpa-cascading.xlsx")
    );
    const result = await generateReport(port, options);
    return { result, workbook: await output(port) };
  }

  /** The computed figures of an indicator's row in a generated table. */
  function rowFigures(workbook: ExcelJS.Workbook, sheet: string, name: string): number[] {
    const figures: number[] = [];
    workbook.getWorksheet(sheet)!.eachRow((row) => {
      if (!row.values || !JSON.stringify(row.values).includes(name)) return;
      row.eachCell((cell) => {
        const value = cell.value;
        if (value && typeof value === "object" && "formula" in value) {
          figures.push(Number(value.result));
        }
      });
    });
    return figures;
  }

  test("Angka Kematian Ibu (R 81, T 90) is lower-is-better: capaian 110,00%, not 90,00%", async () => {
    const { result, workbook } = await generate({ language: "id" });
    expect(result.tahun).toBe(2023);
    const figures = rowFigures(workbook, "Tabel 3.1.1", "Angka Kematian Ibu");
    expect(figures.some((value) => Math.abs(value - 1.1) < 1e-12)).toBe(true);
    expect(figures.some((value) => Math.abs(value - 0.9) < 1e-12)).toBe(false);
    expect(result.made.map((entry) => entry.table)).toContain("Tabel 3.1.3");
  });

  test("no program attributable: 3.1.4 to 3.1.6 skipped with what to do, not printed as 0 and #DIV/0!", async () => {
    const { result } = await generate({ language: "id" });
    expect(
      result.skipped.filter((s) => s.reasonKey === "report.skip.notAttributed").map((s) => s.table)
    ).toEqual(["Tabel 3.1.4", "Tabel 3.1.5", "Tabel 3.1.6"]);
    const port = await openWorkbookFile(
      join(FIXTURES, "agencies", "dinkes-tanpa-arah-dengan-cascading.xlsx")
    );
    const withCascading = await generateReport(port, { language: "id" });
    expect(withCascading.made.map((m) => m.table)).toEqual(
      expect.arrayContaining(["Tabel 3.1.4", "Tabel 3.1.5", "Tabel 3.1.6"])
    );
  });

  test("the Arah the user chose in the pane is the one used", async () => {
    const { workbook } = await generate({
      language: "id",
      arahChoices: { "Angka Kematian Ibu": "naik" },
    });
    const figures = rowFigures(workbook, "Tabel 3.1.1", "Angka Kematian Ibu");
    expect(figures.some((value) => Math.abs(value - 0.9) < 1e-12)).toBe(true);
  });
});
