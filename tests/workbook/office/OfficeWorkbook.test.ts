import { readWorkbook } from "../../../src/readers/readWorkbook";
import { gridFromRange, type SheetGrid } from "../../../src/workbook/grid";
import { markConstant } from "../../../src/workbook/generatedMarker";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { parseAreas } from "../../../src/workbook/office/officeGrid";
import { budgetFigures, GOLDEN } from "../../fixtures/goldenFigures";
import { readdirSync } from "fs";
import { join } from "path";
import { FIXTURES, fixtureGrids } from "../../fixtures/loadFixture";
import { mockExcel, type MockSheet } from "./officeWorkbookMock";

function install(sheets: MockSheet[], marks: Record<string, string> = {}) {
  const mock = mockExcel(sheets, marks);
  (globalThis as unknown as { Excel: unknown }).Excel = mock.excel;
  return mock;
}

/** A grid of `rows` data rows, to show the sync count does not grow with the sheet. */
function tallGrid(rows: number): SheetGrid {
  const values = Array.from({ length: rows }, (_, r) => [r + 1, `Kegiatan ${r + 1}`, 1000 * r]);
  return gridFromRange("Tall", { origin: { row: 1, col: 1 }, values }, []);
}

describe("OfficeWorkbook through office-addin-mock", () => {
  test.each([10, 5000])("readSheets is one context.sync for %i rows", async (rows) => {
    const mock = install([{ grid: tallGrid(rows) }, { grid: tallGrid(3) }]);
    const grids = await new OfficeWorkbook().readSheets(["Tall", "Tall"]);
    expect(mock.syncs()).toBe(1);
    expect(mock.cellPropertyCalls()).toBe(2);
    expect(grids[0].cells).toHaveLength(rows * 3);
  });

  test.each(["seed-numbers.xlsx", "seed-merged.xlsx", "seed-sipd.xlsx", "seed-cascading.xlsx"])(
    "%s: the same grids and golden figures as the ExcelJS adapter",
    async (file) => {
      const fromFile = await fixtureGrids(file);
      const mock = install(fromFile.map((grid) => ({ grid })));
      const workbook = new OfficeWorkbook();
      const names = (await workbook.listSheets()).map((sheet) => sheet.name);
      const grids = await workbook.readSheets(names);
      // two for listSheets (the sheets, then their marks), one for readSheets
      expect(mock.syncs()).toBe(3);
      expect(grids).toEqual(fromFile);
      const figures = budgetFigures(readWorkbook(grids));
      expect(figures).toMatchObject({
        programs: GOLDEN.programs,
        kegiatan: GOLDEN.kegiatan,
        pagu: GOLDEN.pagu,
        realisasi: GOLDEN.realisasi,
      });
      if (file === "seed-cascading.xlsx")
        expect(figures.attributedPagu).toBe(GOLDEN.attributedPagu);
    }
  );

  test.each(readdirSync(join(FIXTURES, "broken")).filter((file) => file.endsWith(".xlsx")))(
    "broken/%s: the same findings as through the ExcelJS adapter",
    async (file) => {
      const fromFile = await fixtureGrids(`broken/${file}`);
      install(fromFile.map((grid) => ({ grid })));
      const workbook = new OfficeWorkbook();
      const grids = await workbook.readSheets((await workbook.listSheets()).map((s) => s.name));
      const findings = readWorkbook(grids).findings;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings).toEqual(readWorkbook(fromFile).findings);
    }
  );

  test("a used range away from A1 keeps worksheet addresses; errors stay errors", async () => {
    const grid = gridFromRange(
      "Anggaran 2017",
      {
        origin: { row: 3, col: 2 },
        values: [
          ["Program/Kegiatan", "Pagu", "Realisasi"],
          ["PROGRAM A", 100, { error: "#REF!" }],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["General", '"Rp "#,##0', "0.00%"],
        ],
        formulas: [
          [null, null, null],
          [null, null, "=C4/0"],
        ],
        bold: [
          [true, true, true],
          [false, false, false],
        ],
      },
      [{ top: 3, left: 2, bottom: 3, right: 2 }]
    );
    install([{ grid }]);
    const [read] = await new OfficeWorkbook().readSheets(["Anggaran 2017"]);
    expect(read).toEqual(grid);
  });

  test("listSheets gives each sheet's visibility and the mark where it holds for the sheet's name", async () => {
    const mark = (name: string) =>
      `=${markConstant({ generation: "g1", fingerprint: "ab", name })}`;
    const mock = install(
      [
        { grid: tallGrid(1) },
        { grid: { ...tallGrid(1), name: "Tabel 3.2" } },
        { grid: { ...tallGrid(1), name: "Salinan" } },
      ],
      // "Salinan" is a copy of a generated sheet: Excel copied the name, which names another sheet.
      { "Tabel 3.2": mark("Tabel 3.2"), Salinan: mark("Tabel 3.1.1") }
    );
    expect(await new OfficeWorkbook().listSheets()).toEqual([
      { name: "Tall", visibility: "visible", mark: null, generated: false },
      {
        name: "Tabel 3.2",
        visibility: "visible",
        mark: { generation: "g1", fingerprint: "ab", name: "Tabel 3.2" },
        generated: true,
      },
      { name: "Salinan", visibility: "visible", mark: null, generated: false },
    ]);
    expect(mock.syncs()).toBe(2);
  });
});

describe("merged areas address", () => {
  test.each([
    ["Sheet1!A1:E1", [{ top: 1, left: 1, bottom: 1, right: 5 }]],
    [
      "'Realisasi, 2017'!A5:A6, 'Realisasi, 2017'!C5:D5",
      [
        { top: 5, left: 1, bottom: 6, right: 1 },
        { top: 5, left: 3, bottom: 5, right: 4 },
      ],
    ],
    ["'It''s'!$AA$10:$AB$12", [{ top: 10, left: 27, bottom: 12, right: 28 }]],
    ["Sheet1!B2", [{ top: 2, left: 2, bottom: 2, right: 2 }]],
  ])("%s", (address, areas) => {
    expect(parseAreas(address)).toEqual(areas);
  });
});
