import { readWorkbook } from "../../../src/readers/readWorkbook";
import { gridFromRange, type SheetGrid } from "../../../src/workbook/grid";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { MARK_NAME, markConstant } from "../../../src/workbook/generatedMarker";
import { parseAreas } from "../../../src/workbook/office/officeGrid";
import { budgetFigures, GOLDEN } from "../../fixtures/goldenFigures";
import { readdirSync } from "fs";
import { join } from "path";
import { FIXTURES, fixtureGrids } from "../../fixtures/loadFixture";
import { addGrid, installStrictExcel, uninstallStrictExcel, type StrictExcel } from "./strictExcel";
import { manifestRequirementSets } from "./strictExcel/manifestSets";

const DECLARED = manifestRequirementSets();

function install(grids: SheetGrid[], supported: Record<string, string> = { ExcelApi: "1.19" }) {
  return installStrictExcel({ grids, declared: DECLARED, supported });
}

afterEach(uninstallStrictExcel);

/** A grid of `rows` data rows of text, a number and a long name. */
function tallGrid(rows: number, name = "Tall"): SheetGrid {
  const values = Array.from({ length: rows }, (_, r) => [
    r + 1,
    `Sub Kegiatan ${r + 1} pelayanan masyarakat di kecamatan`,
    1000 * r,
  ]);
  return gridFromRange(
    name,
    {
      origin: { row: 1, col: 1 },
      values,
      numberFormats: values.map((row) => row.map((_, c) => (c === 2 ? "#,##0" : "General"))),
      bold: values.map((row) => row.map((_, c) => c === 0 && row[0] === 1)),
    },
    []
  );
}

describe("OfficeWorkbook against the strict Excel", () => {
  test("a normal workbook reads in two syncs: shapes, then every cell", async () => {
    const host = install([tallGrid(10), tallGrid(3, "Short")]);
    const workbook = new OfficeWorkbook();
    const grids = await workbook.readSheets(["Tall", "Short"]);
    expect(workbook.lastRead.syncs).toBe(2);
    expect(host.syncs).toHaveLength(2);
    expect(grids[0]).toEqual(tallGrid(10));
  });

  test("40 000 rows: split by response size, no response over 5 MB, as few syncs as that allows", async () => {
    const host = install([tallGrid(40_000)]);
    const workbook = new OfficeWorkbook();
    const [grid] = await workbook.readSheets(["Tall"]);
    expect(grid).toEqual(tallGrid(40_000));
    expect(host.syncs.every((sync) => !sync.failed)).toBe(true);
    expect(host.largestResponse).toBeLessThanOrEqual(5_000_000);
    const total = host.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    // No more syncs than the total response needs at 5 MB each, plus the one for shapes, plus one.
    expect(workbook.lastRead.syncs).toBeLessThanOrEqual(Math.ceil(total / 5_000_000) + 2);
  });

  test.each(["seed-numbers.xlsx", "seed-merged.xlsx", "seed-sipd.xlsx", "seed-cascading.xlsx"])(
    "%s: the same grids and golden figures as the ExcelJS adapter",
    async (file) => {
      const fromFile = await fixtureGrids(file);
      install(fromFile);
      const workbook = new OfficeWorkbook();
      const names = (await workbook.listSheets()).map((sheet) => sheet.name);
      const grids = await workbook.readSheets(names);
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

  test("on an Excel with ExcelApi 1.12 (no getMergedAreas) the cells are still read", async () => {
    const fromFile = await fixtureGrids("seed-merged.xlsx");
    install(fromFile, { ExcelApi: "1.12" });
    const workbook = new OfficeWorkbook();
    const names = (await workbook.listSheets()).map((sheet) => sheet.name);
    const grids = await workbook.readSheets(names);
    expect(grids.map((g) => g.cells)).toEqual(fromFile.map((g) => g.cells));
    expect(workbook.lastRead.withoutMerges).toEqual(names);
  });

  test("a sheet over 512 merged areas is read without them; the others keep theirs", async () => {
    const fromFile = await fixtureGrids("seed-merged.xlsx");
    const host = install(fromFile);
    const crowded = addGrid(host, tallGrid(600, "Crowded"));
    for (let r = 0; r < 600; r++) crowded.merges.push({ row: r, column: 1, rows: 1, columns: 2 });
    const workbook = new OfficeWorkbook();
    const grids = await workbook.readSheets([...fromFile.map((g) => g.name), "Crowded"]);
    expect(grids.slice(0, fromFile.length)).toEqual(fromFile);
    expect(grids[fromFile.length].merges).toEqual([]);
    expect(workbook.lastRead.withoutMerges).toEqual(["Crowded"]);
  });

  test.each(readdirSync(join(FIXTURES, "broken")).filter((file) => file.endsWith(".xlsx")))(
    "broken/%s: the same findings as through the ExcelJS adapter",
    async (file) => {
      const fromFile = await fixtureGrids(`broken/${file}`);
      install(fromFile);
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
    install([grid]);
    const [read] = await new OfficeWorkbook().readSheets(["Anggaran 2017"]);
    expect(read).toEqual(grid);
  });

  test("listSheets gives each sheet's visibility and the mark where it holds for the sheet's name", async () => {
    const host = install([tallGrid(1), tallGrid(1, "Tabel 3.2"), tallGrid(1, "Salinan")]);
    addGrid(host, tallGrid(1, "Anggaran lama"), "Hidden");
    const mark = (name: string) =>
      `=${markConstant({ generation: "g1", fingerprint: "ab", name })}`;
    host.sheet("Tabel 3.2")!.names.set(MARK_NAME, mark("Tabel 3.2"));
    // A copy of a generated sheet carries the mark of another name: the user's.
    host.sheet("Salinan")!.names.set(MARK_NAME, mark("Tabel 3.1.1"));
    expect(await new OfficeWorkbook().listSheets()).toEqual([
      { name: "Tall", visibility: "visible", mark: null, generated: false },
      {
        name: "Tabel 3.2",
        visibility: "visible",
        mark: { generation: "g1", fingerprint: "ab", name: "Tabel 3.2" },
        generated: true,
      },
      { name: "Salinan", visibility: "visible", mark: null, generated: false },
      { name: "Anggaran lama", visibility: "hidden", mark: null, generated: false },
    ]);
    // The sheets, then each sheet's mark.
    expect(host.syncs).toHaveLength(2);
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
