import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/readers/readWorkbook";
import { buildTabel22 } from "../../src/report/tables/tabel22";
import { buildTabel32 } from "../../src/report/tables/tabel32";
import {
  addAgencyBudget,
  addAgencyCascading,
  addAgencyIndicators,
  HEALTH_CASCADING,
  REPORT_YEAR,
} from "../fixtures/builders/agencyFixtures";
import { PERJANJIAN_KINERJA_2018 } from "../fixtures/builders/budgetSheets";
import { sampleGrids, workbookGrids } from "../fixtures/loadFixture";
import { seedContext } from "./seedModel";
import { cellOf, specOf, valueOf } from "./specHelpers";
import { workbookContext } from "./workbookContext";

describe("Tabel 2.2 from pagu alone (Perjanjian Kinerja or DPA without realisation)", () => {
  test("sample 2018: the program block with the Perjanjian Kinerja's Anggaran, as formulas to its cells", async () => {
    const context = workbookContext(await sampleGrids(), 2018);
    // 2018 has no realisation: no table presents another year's budget as 2018's.
    expect(context.budget).toBeUndefined();
    expect(buildTabel32(context)).toMatchObject({
      skip: { reasonKey: "report.skip.noBudgetYear" },
    });
    const spec = specOf(buildTabel22(context));
    expect(spec.blocks).toHaveLength(2);
    const programs = spec.blocks[1];
    expect(programs.columns.map((column) => column.header)).toEqual([
      "No",
      "Program",
      "Anggaran Tahun 2018",
      "Keterangan",
    ]);
    expect(programs.rows.map((row) => valueOf(cellOf(row, "anggaran")))).toEqual(
      PERJANJIAN_KINERJA_2018.map(([, pagu]) => pagu)
    );
    expect(cellOf(programs.rows[0], "anggaran")).toMatchObject({
      kind: "figure",
      formula: "='Perjanjian Kinerja 2018'!C5",
    });
    expect(valueOf(cellOf(programs.rows[1], "program"))).toBe(
      "Program Peningkatan Sarana dan Prasarana Aparatur"
    );
    expect(programs.notes).toEqual([
      'Anggaran dari lembar "Perjanjian Kinerja 2018" (pagu; realisasi anggaran tahun 2018 belum ada).',
    ]);
    expect(spec.blocks[0].notes).toBeUndefined();
  });

  test("sample 2017: the realisation sheet's pagu, no note; the Perjanjian Kinerja 2018 changes nothing", async () => {
    const context = workbookContext(await sampleGrids(), 2017);
    const programs = specOf(buildTabel22(context)).blocks[1];
    expect(valueOf(cellOf(programs.rows[0], "anggaran"))).toBe(1_283_419_000);
    expect(programs.notes).toBeUndefined();
    expect(context.model.budgets.map((budget) => budget.sheet)).toEqual([
      "Realisasi Anggaran 2017",
    ]);
  });

  test("neither realisation nor pagu for the year: the targets block says which pagu is missing and where it goes", () => {
    const spec = specOf(buildTabel22(seedContext(2018)));
    expect(spec.blocks).toHaveLength(1);
    expect(spec.blocks[0].notes).toEqual([
      'Pagu anggaran tahun 2018 tidak ada di buku kerja, sehingga program dan anggarannya tidak dicantumkan. Tambahkan lembar "Perjanjian Kinerja 2018" atau "DPA 2018" berkolom Program dan Anggaran (pagu), lalu buat tabel lagi.',
    ]);
  });

  test("SIPD-style DPA with codes and pagu only, for a year without realisation", async () => {
    const dpa = {
      ...HEALTH_CASCADING,
      budgetSheet: `DPA ${REPORT_YEAR + 1}`,
      budgetColumns: [
        ["code", "Kode Rekening"],
        ["name", "Uraian"],
        ["pagu", "Pagu Anggaran (Rp)"],
      ] as typeof HEALTH_CASCADING.budgetColumns,
    };
    const workbook = new ExcelJS.Workbook();
    addAgencyBudget(workbook, HEALTH_CASCADING);
    addAgencyBudget(workbook, dpa);
    addAgencyIndicators(workbook, HEALTH_CASCADING);
    addAgencyCascading(workbook, HEALTH_CASCADING);
    const grids = await workbookGrids(await workbook.xlsx.writeBuffer());
    const model = readWorkbook(grids, { tahun: REPORT_YEAR + 1 });
    expect(model.paguPlans?.map((plan) => [plan.sheet, plan.year])).toEqual([
      [`DPA ${REPORT_YEAR + 1}`, REPORT_YEAR + 1],
    ]);
    // The DPA's programs are attributed like a realisation's: names and sasaran for the year.
    expect(model.attributions.map((a) => a.reason)).toEqual(["cascading", "cascading"]);
    const plan = model.paguPlans![0];
    expect(plan.programs.map((program) => [program.code, program.pagu.value])).toEqual([
      ["1.02.02", 8_450_000_000],
      ["1.02.03", 1_275_000_000],
    ]);
    expect(plan.programs[0].realisasi.value).toBeNull();
  });
});
