import { readWorkbook } from "../../src/readers/readWorkbook";
import { ANAK_TERLANTAR } from "../fixtures/builders/multiYearIndicators";
import { KEPALA_DINAS, WALIKOTA } from "../fixtures/builders/penandatanganSheet";
import { fixtureGrids } from "../fixtures/loadFixture";

/** seed-multi-year.xlsx: realisasi 2012-2017, targets 2016-2018, Renstra 2019, Target Nasional. */
describe("an indicator sheet kept across the Renstra period", () => {
  test("every year's realisasi and target, the standard apart from the targets", async () => {
    const model = readWorkbook(await fixtureGrids("seed-multi-year.xlsx"), { tahun: 2017 });
    const sheet = model.indicators!;
    expect(sheet.years).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018]);
    expect(sheet.standarLabel).toBe("Target Nasional");
    const [pmks, anak] = sheet.sasaran[0].indikator;
    expect(Object.keys(pmks.realisasi)).toEqual(["2012", "2013", "2014", "2015", "2016", "2017"]);
    expect(Object.keys(pmks.targets)).toEqual(["2016", "2017", "2018"]);
    expect(pmks.standar).toEqual({
      value: 0.9,
      ref: { sheet: "Indikator Kinerja", address: "P6" },
      percent: true,
    });
    expect(pmks.targetAkhirRenstra?.value).toBe(0.85);
    expect(anak.name.text).toBe(ANAK_TERLANTAR);
    expect(anak.arah).toBe("turun");
    expect(anak.standar?.value).toBe(0.15);
    expect(model.findings.filter((finding) => finding.severity !== "info")).toEqual([]);
  });
});

describe("the Penandatangan block", () => {
  test("both parties read from their blocks, label by label", async () => {
    const model = readWorkbook(await fixtureGrids("seed-multi-year.xlsx"), { tahun: 2017 });
    expect(model.penandatangan).toEqual({ pihakPertama: KEPALA_DINAS, pihakKedua: WALIKOTA });
  });

  test("none without such a block", async () => {
    const model = readWorkbook(await fixtureGrids("seed-cascading.xlsx"));
    expect(model.penandatangan).toBeUndefined();
  });
});
