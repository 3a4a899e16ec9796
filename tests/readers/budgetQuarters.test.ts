import { readWorkbook } from "../../src/readers/readWorkbook";
import { fixtureGrids } from "../fixtures/loadFixture";
import type { GridValue } from "../../src/workbook/grid";
import { quarterBudgetGrid, REALISASI_PER_QUARTER, rehabilitasiRow } from "./quarterBudgetGrid";

/** The budget read from a sheet of the given realisasi columns (after No, Program/Kegiatan, Pagu). */
function budget(realisasiColumns: string[], rows: GridValue[][]) {
  const model = readWorkbook([quarterBudgetGrid(realisasiColumns, rows)]);
  return { model, budget: model.budgets[0] };
}

describe("quarterly realisasi of the budget sheet", () => {
  test("the annual column stays the realisasi when a quarter's column stands before it", () => {
    // Before the quarterly columns were known, "Realisasi TW I" was taken for the year's.
    const { budget: b } = budget(
      ["Realisasi TW I", "Realisasi TW II", "Realisasi"],
      [rehabilitasiRow(10_000_000, 30_500_000, 40_500_000)]
    );
    const line = b.programs[0];
    expect(line.realisasi).toEqual({
      value: 40_500_000,
      ref: { sheet: "Realisasi 2024", address: "F2" },
    });
    expect(line.quarters!.perQuarter[1]!.value).toBe(10_000_000);
    expect(line.quarters!.perQuarter[2]!.ref.address).toBe("E2");
    expect(b.columns.realisasi).toBe("F");
  });

  test("with no annual column, the sum of the quarters, said once in an Info", () => {
    const { model, budget: b } = budget(REALISASI_PER_QUARTER, [
      rehabilitasiRow(10_000_000, 30_500_000, null, null),
      [2, "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", 50_000_000, 5_000_000, 5_000_000, null, null],
    ]);
    const realisasi = b.programs[0].realisasi;
    expect(realisasi.value).toBe(40_500_000);
    expect(realisasi.sumOf!.map((cell) => cell.ref.address)).toEqual(["D2", "E2", "F2", "G2"]);
    const info = model.findings.filter((f) => f.code === "finding.realisasiFromQuarters");
    expect(info).toEqual([
      {
        severity: "info",
        code: "finding.realisasiFromQuarters",
        ref: { sheet: "Realisasi 2024", address: "D1" },
        params: { sheet: "Realisasi 2024", columns: "TW I, TW II, TW III, TW IV" },
      },
    ]);
  });

  test("cumulative columns: the latest filled one is the realisasi so far", () => {
    const { budget: b } = budget(
      ["Realisasi s.d. TW I", "Realisasi s.d. TW II", "Realisasi s.d. TW III"],
      [rehabilitasiRow(10_000_000, 40_500_000, null)]
    );
    expect(b.programs[0].realisasi).toEqual({
      value: 40_500_000,
      ref: { sheet: "Realisasi 2024", address: "E2" },
    });
    expect(b.programs[0].quarters!.cumulative[2]!.value).toBe(40_500_000);
  });

  test("quarters adding up above the annual realisasi are a warning on the annual cell", () => {
    const { model } = budget(
      ["Realisasi TW I", "Realisasi TW II", "Realisasi"],
      [rehabilitasiRow(10_000_000, 35_000_000, 40_500_000)]
    );
    expect(model.findings.find((f) => f.code === "finding.quarterSumAboveRealisasi")).toEqual({
      severity: "warning",
      code: "finding.quarterSumAboveRealisasi",
      ref: { sheet: "Realisasi 2024", address: "F2" },
      params: {
        name: "PROGRAM REHABILITASI SOSIAL",
        sum: "Rp 45.000.000",
        annual: "Rp 40.500.000",
      },
    });
  });

  test("an empty quarter between filled ones is a warning on its cell", () => {
    const { model } = budget(
      ["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi"],
      [rehabilitasiRow(10_000_000, null, 30_000_000, 40_000_000)]
    );
    expect(model.findings.filter((f) => f.code === "finding.quarterGap")).toEqual([
      expect.objectContaining({ ref: { sheet: "Realisasi 2024", address: "E2" } }),
    ]);
  });

  test("the SIPD-style fixture: every line keeps its annual realisasi and its quarters", async () => {
    const model = readWorkbook(await fixtureGrids("quarterly-sipd.xlsx"));
    const b = model.budgets[0];
    expect(b.year).toBe(2024);
    const sub = b.programs[0].children[0].children[0];
    expect(sub.name.text).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
    expect(sub.pagu.value).toBe(100_000_000);
    expect(sub.realisasi.value).toBe(40_500_000);
    expect(sub.realisasi.ref.address).toBe("H6");
    expect([1, 2, 3, 4].map((q) => sub.quarters!.perQuarter[q as 1]!.value)).toEqual([
      10_000_000,
      30_500_000,
      null,
      null,
    ]);
    expect(model.findings.filter((f) => f.code.startsWith("finding.quarter"))).toEqual([]);
  });
});
