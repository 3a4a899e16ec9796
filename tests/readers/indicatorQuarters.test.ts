import { readWorkbook } from "../../src/readers/readWorkbook";
import { fixtureGrids } from "../fixtures/loadFixture";
import { grid } from "./gridBuilder";

const HEADERS = [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Sifat",
  "Target 2024",
  "Realisasi 2024",
  "Realisasi TW I",
  "Realisasi TW II",
  "Realisasi TW III",
  "Realisasi TW IV",
];

function indicators(rows: (string | number | null)[][]) {
  const model = readWorkbook(
    [grid("Indikator", [["INDIKATOR KINERJA TAHUN 2024"], HEADERS, ...rows])],
    { tahun: 2024 }
  );
  return { model, list: model.indicators!.sasaran.flatMap((s) => s.indikator) };
}

describe("quarterly columns of the indicator sheet (quarterly-sipd.xlsx)", () => {
  let model: ReturnType<typeof readWorkbook>;
  beforeAll(async () => {
    model = readWorkbook(await fixtureGrids("quarterly-sipd.xlsx"));
  });

  test("each quarter's realisasi and target, by year, with the cell it comes from", () => {
    const [kumulatif, akhir] = model.indicators!.sasaran[0].indikator;
    const q = kumulatif.triwulan![2024];
    expect([1, 2, 3, 4].map((n) => q.realisasi[n as 1]?.value)).toEqual([90, 110, null, null]);
    expect(q.realisasi[2]!.ref).toEqual({ sheet: "Indikator Triwulan", address: "L4" });
    expect([1, 2, 3, 4].map((n) => q.targets[n as 1]?.value)).toEqual([100, 100, 100, 100]);
    expect(akhir.triwulan![2024].realisasi[2]).toMatchObject({ value: 0.45, percent: true });
  });

  test("Sifat as typed; missing: Akhir periode with an Info on that indicator alone", () => {
    const all = model.indicators!.sasaran.flatMap((s) => s.indikator);
    expect(all.map((i) => i.sifat)).toEqual(["kumulatif", "akhirPeriode", "akhirPeriode"]);
    const defaulted = model.findings.filter((f) => f.code === "finding.sifatDefaulted");
    expect(defaulted).toEqual([
      {
        severity: "info",
        code: "finding.sifatDefaulted",
        ref: { sheet: "Indikator Triwulan", address: "E6" },
        params: { name: "Nilai SAKIP Dinas Sosial" },
      },
    ]);
  });

  test("the quarters' year counts as a year of the sheet", () => {
    expect(model.indicators!.years).toEqual([2024]);
  });
});

describe("quarterly findings of an indicator", () => {
  test("a quarter left empty between filled ones is a warning on its cell", () => {
    const { model } = indicators([
      [1, "Sasaran A", "Jumlah layanan", "Kumulatif", 400, null, 90, null, 120, null],
    ]);
    const gaps = model.findings.filter((f) => f.code === "finding.quarterGap");
    expect(gaps).toEqual([
      expect.objectContaining({
        severity: "warning",
        ref: { sheet: "Indikator", address: "H3" },
        params: expect.objectContaining({ quarter: "TW II", filled: "TW I, TW III" }),
      }),
    ]);
  });

  test("no gap when the quarters filled so far are the first ones", () => {
    const { model } = indicators([
      [1, "Sasaran A", "Jumlah layanan", "Kumulatif", 400, null, 90, 110, null, null],
    ]);
    expect(model.findings.filter((f) => f.code === "finding.quarterGap")).toEqual([]);
  });

  test("Kumulatif quarters adding up above the year's realisasi are a warning on it", () => {
    const { model } = indicators([
      [1, "Sasaran A", "Jumlah layanan", "Kumulatif", 400, 300, 90, 110, 120, null],
    ]);
    expect(model.findings.find((f) => f.code === "finding.quarterSumAboveAnnual")).toEqual({
      severity: "warning",
      code: "finding.quarterSumAboveAnnual",
      ref: { sheet: "Indikator", address: "F3" },
      params: { name: "Jumlah layanan", year: 2024, sum: "320", annual: "300" },
    });
  });

  test("Akhir periode quarters are not added up, so never above the year's", () => {
    const { model } = indicators([
      [1, "Sasaran A", "Indeks kepuasan", "Akhir periode", 80, 82, 78, 80, 81, 82],
    ]);
    expect(model.findings.filter((f) => f.code === "finding.quarterSumAboveAnnual")).toEqual([]);
  });

  test("an unknown Sifat is named on its cell and taken as Akhir periode", () => {
    const { model, list } = indicators([
      [1, "Sasaran A", "Indeks kepuasan", "rata-rata", 80, null, 78, null, null, null],
    ]);
    expect(list[0].sifat).toBe("akhirPeriode");
    expect(model.findings.find((f) => f.code === "finding.sifatUnknown")).toMatchObject({
      ref: { address: "D3" },
      params: { text: "rata-rata", name: "Indeks kepuasan" },
    });
  });

  test("a sheet without quarterly columns has no Sifat and no Sifat finding", () => {
    const model = readWorkbook(
      [
        grid("Indikator", [
          ["No", "Sasaran", "Indikator Kinerja", "Target 2024", "Realisasi 2024"],
          [1, "S", "I", 10, 9],
        ]),
      ],
      { tahun: 2024 }
    );
    const indikator = model.indicators!.sasaran[0].indikator[0];
    expect(indikator.sifat).toBeUndefined();
    expect(indikator.triwulan).toBeUndefined();
    expect(model.findings.filter((f) => f.code.startsWith("finding.sifat"))).toEqual([]);
  });
});
