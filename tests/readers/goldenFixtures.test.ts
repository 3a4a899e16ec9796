import { readWorkbook } from "../../src/readers/readWorkbook";
import { budgetFigures, GOLDEN } from "../fixtures/goldenFigures";
import { fixtureGrids } from "../fixtures/loadFixture";

/** Every real-world shape of the seed's budget reads back to the seed's figures. */
describe("seed budget in every shape", () => {
  test.each([
    // file, budget sheet, sub kegiatan rows
    ["seed-numbers.xlsx", "Realisasi Anggaran 2017", 0],
    ["seed-text.xlsx", "Realisasi 2017", 0],
    ["seed-merged.xlsx", "LRA", 0],
    ["seed-sipd.xlsx", "Sub Kegiatan", 87],
    ["seed-cascading.xlsx", "Realisasi Anggaran 2017", 0],
  ])("%s", async (file, sheet, subKegiatan) => {
    const model = readWorkbook(await fixtureGrids(file));
    const figures = budgetFigures(model);
    expect(model.budgets.map((budget) => [budget.sheet, budget.year])).toEqual([[sheet, 2017]]);
    expect(figures).toMatchObject({
      programs: GOLDEN.programs,
      kegiatan: GOLDEN.kegiatan,
      pagu: GOLDEN.pagu,
      realisasi: GOLDEN.realisasi,
      totalPagu: GOLDEN.pagu,
      totalRealisasi: GOLDEN.realisasi,
    });
    const subs = model.budgets[0].programs.flatMap((p) => p.children).flatMap((k) => k.children);
    expect(subs).toHaveLength(subKegiatan);
    // Clean input: nothing worse than "no indicator sheet" to report.
    const problems = model.findings.filter(
      (finding) => finding.severity !== "info" && finding.code !== "finding.noIndicatorSheet"
    );
    expect(problems).toEqual([]);
  });

  test("program names and numbers are kept as typed", async () => {
    const model = readWorkbook(await fixtureGrids("seed-numbers.xlsx"));
    const programs = model.budgets[0].programs;
    expect(programs.map((p) => p.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(programs[1].name.text).toBe("PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR");
    expect(programs[0].pagu).toEqual({
      value: 1_283_419_000,
      ref: { sheet: "Realisasi Anggaran 2017", address: "C7" },
    });
    expect(programs[0].children[0].realisasi.value).toBe(106_988_882);
    expect(model.budgets[0].columns).toEqual({
      name: "B",
      pagu: "C",
      realisasi: "D",
      percent: "E",
      number: "A",
    });
    expect(model.budgets[0].agency).toBe("DINAS SOSIAL KOTA PROBOLINGGO");
  });

  test("SIPD codes give program, kegiatan and sub kegiatan", async () => {
    const model = readWorkbook(await fixtureGrids("seed-sipd.xlsx"));
    const program = model.budgets[0].programs[0];
    expect([program.code, program.children[1].code, program.children[1].children[0].code]).toEqual([
      "1.06.01",
      "1.06.01.2.02",
      "1.06.01.2.02.0001",
    ]);
    expect(model.budgets[0].columns.code).toBe("A");
  });
});

describe("seed workbook with indicators and cascading", () => {
  test("attributes programs 5-9 to the sasaran: Rp 4.002.524.072", async () => {
    const model = readWorkbook(await fixtureGrids("seed-cascading.xlsx"));
    const figures = budgetFigures(model);
    expect(figures.attributedPagu).toBe(GOLDEN.attributedPagu);
    expect(figures.attributedRealisasi).toBe(GOLDEN.attributedRealisasi);
    expect(model.attributions.map((a) => [a.sasaranIndex, a.reason])).toEqual([
      [null, "routine"],
      [null, "routine"],
      [null, "routine"],
      [null, "routine"],
      [0, "cascading"],
      [0, "cascading"],
      [0, "cascading"],
      [0, "cascading"],
      [0, "cascading"],
    ]);
    // The typo "ANSARAN" and the cut "PEMBERDAYAAN KELEMBAGAAN" are matched and reported.
    const fuzzy = model.findings
      .filter((f) => f.code === "finding.fuzzyMatch")
      .map((f) => f.ref?.address);
    expect(fuzzy).toEqual(["B11", "B26", "B51", "B61"]);
  });

  test("reads the indicator with its targets, realizations and Renstra target", async () => {
    const model = readWorkbook(await fixtureGrids("seed-cascading.xlsx"));
    const sasaran = model.indicators!.sasaran;
    expect(sasaran).toHaveLength(1);
    const indikator = sasaran[0].indikator[0];
    expect(indikator.name.text).toMatch(/^Persentase Penyandang Masalah/);
    expect([indikator.satuan?.text, indikator.arah]).toEqual(["%", "naik"]);
    expect([indikator.targets[2017].value, indikator.realisasi[2017].value]).toEqual([0.6, 0.9957]);
    expect([indikator.targets[2018].value, indikator.realisasi[2018].value]).toEqual([0.8, 0.8963]);
    expect(indikator.targets[2018].percent).toBe(true);
    expect(indikator.targetAkhirRenstra).toMatchObject({ value: 0.85, year: 2019 });
    expect(indikator.analisaPenyebab?.text).toMatch(/^Dana APBD/);
    expect(indikator.programPendukung?.text).toMatch(/Rehabilitasi Kesejahteraan Sosial/);
    expect(model.indicators!.years).toEqual([2017, 2018]);
    expect(model.cascading?.links).toHaveLength(5);
  });

  test("the bundled sample reads the same", async () => {
    const { readFile } = await import("fs/promises");
    const { ExcelJsWorkbook } = await import("../../src/workbook/exceljs/ExcelJsWorkbook");
    const workbook = await ExcelJsWorkbook.fromBuffer(
      await readFile(`${__dirname}/../../samples/contoh-dinsos-probolinggo.xlsx`)
    );
    const grids = await workbook.readSheets((await workbook.listSheets()).map((s) => s.name));
    const model = readWorkbook(grids);
    expect(budgetFigures(model)).toMatchObject({
      programs: 9,
      kegiatan: 64,
      pagu: GOLDEN.pagu,
      attributedPagu: GOLDEN.attributedPagu,
    });
    expect(model.agency).toBe("Dinas Sosial Kota Probolinggo");
    expect(model.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
