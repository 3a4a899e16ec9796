import { capaian } from "../../src/core/capaian";
import { translate } from "../../src/i18n/catalogue";
import type { Finding } from "../../src/model/finding";
import type { Indikator } from "../../src/model/indicators";
import type { LkjipModel } from "../../src/model/lkjipModel";
import { readWorkbook, type ReadOptions } from "../../src/readers/readWorkbook";
import { REPORT_YEAR } from "../fixtures/builders/agencyFixtures";
import { fixtureGrids } from "../fixtures/loadFixture";

/**
 * Workbooks of a health, an education and a public works office (tests/fixtures/agencies, built by
 * scripts/buildFixtures.ts from tests/fixtures/builders/agencyFixtures.ts): what a planner would
 * read in them, with the cell each finding names and the figure that follows.
 */
async function read(file: string, options: ReadOptions = {}): Promise<LkjipModel> {
  return readWorkbook(await fixtureGrids(`agencies/${file}`), { tahun: REPORT_YEAR, ...options });
}

function indikator(model: LkjipModel, name: string): Indikator {
  const found = model
    .indicators!.sasaran.flatMap((sasaran) => sasaran.indikator)
    .find((entry) => entry.name.text === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}

function findingsOf(model: LkjipModel, code: string): Finding[] {
  return model.findings.filter((finding) => finding.code === code);
}

function where(finding: Finding): string {
  return `${finding.ref!.sheet}!${finding.ref!.address}`;
}

const percent = (value: number) =>
  new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    value * 100
  ) + "%";

describe("health office: no Arah column, no cascading, Target 2026", () => {
  const file = "dinkes-tanpa-arah-tanpa-cascading.xlsx";

  test("Angka Kematian Ibu is lower-is-better by its name: R 81, T 90 -> capaian 110,00%", async () => {
    const model = await read(file);
    const aki = indikator(model, "Angka Kematian Ibu");
    expect([aki.arah, aki.arahSource, aki.arahWord]).toEqual(["turun", "name", "angka kematian"]);
    const warning = findingsOf(model, "finding.arahFromName").find(
      (finding) => finding.params?.name === "Angka Kematian Ibu"
    )!;
    expect([warning.severity, where(warning)]).toEqual(["warning", "Indikator Kinerja!C5"]);
    expect(translate(warning.code, "id", warning.params)).toContain('"angka kematian"');
    const value = capaian(
      aki.realisasi[REPORT_YEAR].value,
      aki.targets[REPORT_YEAR].value,
      aki.arah
    );
    expect(percent(value as number)).toBe("110,00%");
  });

  test("every lower-is-better indicator is named on its cell; the others stay naik, reported once", async () => {
    const model = await read(file);
    expect(findingsOf(model, "finding.arahFromName").map(where)).toEqual([
      "Indikator Kinerja!C5",
      "Indikator Kinerja!C6",
      "Indikator Kinerja!C9",
    ]);
    expect(indikator(model, "Usia Harapan Hidup").arah).toBe("naik");
    const column = findingsOf(model, "finding.arahColumnMissing");
    expect(
      column.map((finding) => [finding.severity, where(finding), finding.params?.count])
    ).toEqual([["info", "Indikator Kinerja!C7", 2]]);
  });

  test("Target 2026, with no realisasi beside it, is offered as the end-of-Renstra target", async () => {
    const model = await read(file);
    const info = findingsOf(model, "finding.renstraTargetByEvidence");
    expect(info.map((finding) => [finding.severity, where(finding)])).toEqual([
      ["info", "Indikator Kinerja!G4"],
    ]);
    expect(translate(info[0].code, "en", info[0].params)).toContain('"Target 2026"');
    expect(indikator(model, "Angka Kematian Ibu").targetAkhirRenstra).toMatchObject({
      value: 70,
      year: 2026,
      ref: { sheet: "Indikator Kinerja", address: "G5" },
    });
    expect(model.indicators!.renstraCandidates?.map((c) => c.year)).toEqual([2026]);
    expect(model.indicators!.renstraYear).toBe(2026);
    // The Renstra's target is no yearly target: 2026 is no year of the report.
    expect(model.indicators!.years).toEqual([2023]);
  });

  test("the user's choices in the pane win: Arah confirmed or changed, no Renstra target", async () => {
    const model = await read(file, {
      arahChoices: { "angka kematian ibu": "turun_rasio", "Usia Harapan Hidup": "naik" },
      renstraTarget: "none",
    });
    const aki = indikator(model, "Angka Kematian Ibu");
    expect([aki.arah, aki.arahSource]).toEqual(["turun_rasio", "user"]);
    expect(indikator(model, "Usia Harapan Hidup").arahSource).toBe("user");
    expect(findingsOf(model, "finding.arahFromName").map(where)).toEqual([
      "Indikator Kinerja!C6",
      "Indikator Kinerja!C9",
    ]);
    expect(findingsOf(model, "finding.renstraTargetByEvidence")).toEqual([]);
    expect(aki.targetAkhirRenstra).toBeUndefined();
    expect(aki.targets[2026].value).toBe(70);
  });

  test("the budget's money column is read, not the physical progress beside it", async () => {
    const model = await read(file);
    const budget = model.budgets[0];
    expect(budget.columns).toMatchObject({ pagu: "C", realisasi: "E", percent: "F" });
    expect(budget.programs.map((p) => p.realisasi.value)).toEqual([7_912_350_000, 1_198_500_000]);
  });

  test("with a Matriks Renstra the same workbook attributes both programs", async () => {
    const model = await read("dinkes-tanpa-arah-dengan-cascading.xlsx");
    expect(model.attributions.map((a) => [a.reason, a.sasaranIndex])).toEqual([
      ["cascading", 0],
      ["cascading", 1],
    ]);
    expect(indikator(model, "Angka Kematian Ibu").arah).toBe("turun");
  });
});

describe("education office: Arah typed, an explicit Target Akhir Renstra, cascading", () => {
  const file = "disdik-dengan-arah-dengan-cascading.xlsx";

  test("Arah is read by its leading word, the ambiguous one reported on its cell", async () => {
    const model = await read(file);
    const an = indikator(model, "Rata-rata Nilai Asesmen Nasional");
    expect([an.arah, an.arahSource]).toEqual(["naik", "typed"]);
    const ambiguous = findingsOf(model, "finding.arahAmbiguous");
    expect(ambiguous.map((finding) => [finding.severity, where(finding)])).toEqual([
      ["warning", "IKU!E7"],
    ]);
    const value = capaian(an.realisasi[REPORT_YEAR].value, an.targets[REPORT_YEAR].value, an.arah);
    expect(percent(value as number)).toBe("103,57%");
  });

  test("an empty Arah cell falls back on the indicator's name", async () => {
    const model = await read(file);
    const aps = indikator(model, "Angka Putus Sekolah SMP/MTs");
    expect([aps.arah, aps.arahSource]).toEqual(["turun", "name"]);
    expect(findingsOf(model, "finding.arahFromName").map(where)).toEqual(["IKU!C6"]);
    // (2 × 0,4% − 0,3%) / 0,4% = 125,00%
    const value = capaian(
      aps.realisasi[REPORT_YEAR].value,
      aps.targets[REPORT_YEAR].value,
      aps.arah
    );
    expect(percent(value as number)).toBe("125,00%");
  });

  test("the explicit Renstra column is used; nothing is offered by evidence", async () => {
    const model = await read(file);
    expect(findingsOf(model, "finding.renstraTargetByEvidence")).toEqual([]);
    expect(model.indicators!.renstraCandidates).toBeUndefined();
    expect(indikator(model, "Angka Partisipasi Murni SD/MI").targetAkhirRenstra).toMatchObject({
      value: 0.99,
      year: 2026,
    });
  });

  test("the revised budget is the pagu, Target/Realisasi Kinerja are the indicator's years", async () => {
    const model = await read(file);
    expect(model.budgets[0].columns).toMatchObject({ pagu: "D", realisasi: "E" });
    expect(model.budgets[0].programs[0].pagu.value).toBe(12_600_000_000);
    expect(model.indicators!.years).toEqual([2023]);
    expect(model.attributions.map((a) => a.reason)).toEqual(["cascading"]);
  });
});

describe("public works office: no Arah column, two later targets, cascading", () => {
  const file = "dpupr-tanpa-arah-dengan-cascading.xlsx";

  test("Indeks Kemahalan Konstruksi and Luas Kawasan Kumuh are lower-is-better", async () => {
    const model = await read(file);
    expect(
      findingsOf(model, "finding.arahFromName").map((f) => [where(f), f.params?.word])
    ).toEqual([
      ["Indikator Kinerja!C6", "indeks kemahalan"],
      ["Indikator Kinerja!C7", "kawasan kumuh"],
    ]);
    const kumuh = indikator(model, "Luas Kawasan Kumuh");
    // (2 × 42 − 38,5) / 42 = 108,33%
    const value = capaian(
      kumuh.realisasi[REPORT_YEAR].value,
      kumuh.targets[REPORT_YEAR].value,
      kumuh.arah
    );
    expect(percent(value as number)).toBe("108,33%");
    const ikk = indikator(model, "Indeks Kemahalan Konstruksi");
    // (2 × 101,5 − 102,3) / 101,5 = 99,21%: above target is worse for a price index.
    const ikkValue = capaian(
      ikk.realisasi[REPORT_YEAR].value,
      ikk.targets[REPORT_YEAR].value,
      ikk.arah
    );
    expect(percent(ikkValue as number)).toBe("99,21%");
  });

  test("the latest later target is offered; the pane's choice of another column is followed", async () => {
    const auto = await read(file);
    expect(auto.indicators!.renstraCandidates?.map((c) => [c.year, c.ref.address])).toEqual([
      [2024, "G4"],
      [2026, "H4"],
    ]);
    expect(findingsOf(auto, "finding.renstraTargetByEvidence").map(where)).toEqual([
      "Indikator Kinerja!H4",
    ]);
    expect(indikator(auto, "Luas Kawasan Kumuh").targetAkhirRenstra?.value).toBe(25);
    const chosen = await read(file, { renstraTarget: 2024 });
    expect(findingsOf(chosen, "finding.renstraTargetByEvidence").map(where)).toEqual([
      "Indikator Kinerja!G4",
    ]);
    expect(indikator(chosen, "Luas Kawasan Kumuh").targetAkhirRenstra).toMatchObject({
      value: 35,
      year: 2024,
    });
  });
});
