import { translate } from "../../src/i18n/catalogue";
import { readWorkbook, type ReadOptions } from "../../src/readers/readWorkbook";
import { fixtureGrids } from "../fixtures/loadFixture";

const B = "Realisasi Anggaran 2017";
const I = "Indikator Kinerja";
const R = "Matriks Renstra";

/**
 * Each broken workbook (built by scripts/buildFixtures.ts, tests/fixtures/builders/brokenFixtures.ts)
 * and the finding it must produce: code, severity, cell, and a figure its message must show.
 */
const CASES: [
  file: string,
  code: string,
  severity: string,
  cell: string | null,
  shows: string,
  options?: ReadOptions,
][] = [
  ["sum-mismatch.xlsx", "finding.sumMismatch", "error", `${B}!C7`, "Rp 1.284.419.000"],
  ["percent-mismatch.xlsx", "finding.percentMismatch", "warning", `${B}!E36`, "78,61%"],
  [
    "realisasi-above-pagu.xlsx",
    "finding.realisasiAbovePagu",
    "warning",
    `${B}!D14`,
    "Rp 96.500.000",
  ],
  ["negative-amount.xlsx", "finding.negativeAmount", "warning", `${B}!D68`, "-Rp 5.000.000"],
  ["text-not-number.xlsx", "finding.notANumber", "error", `${B}!C79`, "seratus tiga belas juta"],
  ["error-cell.xlsx", "finding.errorCell", "error", `${B}!D25`, "#REF!"],
  ["duplicate-row.xlsx", "finding.duplicateRow", "warning", `${B}!B26`, "B25"],
  ["total-mismatch.xlsx", "finding.totalMismatch", "error", `${B}!C80`, "Rp 7.095.515.223"],
  ["orphan-kegiatan.xlsx", "finding.orphanKegiatan", "warning", `${B}!B7`, "Belanja Pegawai"],
  ["budget-empty.xlsx", "finding.budgetEmpty", "error", `${B}!A5`, B],
  [
    "header-not-understood.xlsx",
    "finding.headerNotUnderstood",
    "warning",
    `${B}!A1`,
    "Pagu/Anggaran, Realisasi",
  ],
  ["header-not-understood.xlsx", "finding.noBudgetSheet", "error", null, "Pagu"],
  ["no-budget-sheet.xlsx", "finding.noBudgetSheet", "error", null, "Realisasi"],
  ["year-conflict.xlsx", "finding.yearConflict", "warning", `${B}!A3`, "2018"],
  ["year-mismatch.xlsx", "finding.yearMismatch", "warning", `${I}!A1`, "2017, 2018"],
  ["duplicate-budget-year.xlsx", "finding.duplicateBudgetYear", "warning", "Salinan 2017!A1", B],
  ["missing-target.xlsx", "finding.missingTarget", "warning", `${I}!H6`, "2018"],
  ["missing-realisasi.xlsx", "finding.missingRealisasi", "warning", `${I}!I6`, "2018"],
  ["indicator-text.xlsx", "finding.notANumber", "error", `${I}!G6`, "sembilan puluh"],
  ["indicator-error.xlsx", "finding.errorCell", "error", `${I}!I6`, "#DIV/0!"],
  ["arah-unknown.xlsx", "finding.arahUnknown", "warning", `${I}!E6`, "ke atas"],
  ["duplicate-indikator.xlsx", "finding.duplicateIndikator", "warning", `${I}!C7`, "C6"],
  [
    "sasaran-without-indikator.xlsx",
    "finding.sasaranWithoutIndikator",
    "warning",
    `${I}!B7`,
    "PSKS",
  ],
  ["need-cascading.xlsx", "finding.needCascading", "warning", `${B}!B36`, "2 sasaran"],
  ["year-unknown.xlsx", "finding.yearUnknown", "warning", `${I}!F4`, "Target"],
  [
    "program-not-in-cascading.xlsx",
    "finding.programNotInCascading",
    "warning",
    `${B}!B70`,
    "JAMINAN SOSIAL",
  ],
  [
    "cascading-sasaran-unknown.xlsx",
    "finding.cascadingSasaranUnknown",
    "warning",
    `${R}!F2`,
    "Ketertiban Umum",
  ],
  ["seed-numbers.xlsx", "finding.budgetYearMissing", "warning", null, "2018", { tahun: 2018 }],
];

describe("broken workbooks end in findings, never in exceptions", () => {
  // Every row gets its options so Jest does not take a missing last argument for `done`.
  const rows = CASES.map(
    ([file, code, severity, cell, shows, options]) =>
      [file, code, severity, cell, shows, options ?? {}] as const
  );
  test.each(rows)("%s -> %s", async (file, code, severity, cell, shows, options) => {
    const path = file.startsWith("seed-") ? file : `broken/${file}`;
    const model = readWorkbook(await fixtureGrids(path), options);
    const found = model.findings.filter((finding) => finding.code === code);
    expect(found.length).toBeGreaterThan(0);
    const [finding] = found;
    expect(finding.severity).toBe(severity);
    expect(finding.ref ? `${finding.ref.sheet}!${finding.ref.address}` : null).toBe(cell);
    expect(translate(code, "id", finding.params)).toContain(shows);
    expect(translate(code, "en", finding.params)).toContain(shows);
  });

  test("at least 20 broken workbooks", () => {
    expect(
      new Set(CASES.filter(([file]) => !file.startsWith("seed-")).map(([file]) => file)).size
    ).toBeGreaterThanOrEqual(20);
  });

  test("a program total that differs names both figures", async () => {
    const model = readWorkbook(await fixtureGrids("broken/sum-mismatch.xlsx"));
    const finding = model.findings.find((f) => f.code === "finding.sumMismatch")!;
    expect(finding.params).toMatchObject({
      column: "pagu",
      stated: "Rp 1.283.419.000",
      sum: "Rp 1.284.419.000",
    });
  });

  test("a budget of another year is not attributed as the report year's", async () => {
    const model = readWorkbook(await fixtureGrids("seed-cascading.xlsx"), { tahun: 2018 });
    expect(model.attributions).toEqual([]);
    expect(model.budgets.map((budget) => budget.year)).toEqual([2017]);
  });
});
