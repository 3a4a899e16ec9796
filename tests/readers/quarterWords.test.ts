import { classifyBudgetLabel } from "../../src/readers/budgetHeader";
import { normalizeLabel } from "../../src/readers/headerFinder";
import { classifyIndicatorLabel } from "../../src/readers/indicatorHeader";
import { quarterOfLabel, sifatOf } from "../../src/readers/quarterWords";

describe("quarter words in header labels", () => {
  test.each([
    ["Realisasi TW I 2024", { quarter: 1, upTo: false }],
    ["Realisasi Triwulan II", { quarter: 2, upTo: false }],
    ["Realisasi TW 3", { quarter: 3, upTo: false }],
    ["Realisasi Trw IV", { quarter: 4, upTo: false }],
    ["Realisasi Tw.III Tahun 2024", { quarter: 3, upTo: false }],
    ["Realisasi s.d. TW II", { quarter: 2, upTo: true }],
    ["Realisasi sd TW III", { quarter: 3, upTo: true }],
    ["Realisasi s/d TW III", { quarter: 3, upTo: true }],
    ["Realisasi sampai dengan Triwulan IV", { quarter: 4, upTo: true }],
    ["Realisasi Kumulatif TW II", { quarter: 2, upTo: true }],
    ["Realisasi 2024", null],
    ["Twitter", null],
  ])("%s -> %j", (label, expected) => {
    expect(quarterOfLabel(normalizeLabel(label))).toEqual(expected);
  });
});

describe("quarterly columns of an indicator sheet", () => {
  test.each([
    ["Realisasi TW I 2024", "realisasiTw:1:2024"],
    ["Realisasi Triwulan I", "realisasiTw:1:"],
    ["Realisasi TW 1", "realisasiTw:1:"],
    ["Realisasi Trw I", "realisasiTw:1:"],
    ["Target TW II 2024", "targetTw:2:2024"],
    ["Target Triwulan IV", "targetTw:4:"],
    // A bare quarter under a merged "Realisasi" group header is that quarter's realisasi.
    ["TW III", "realisasiTw:3:"],
    ["Triwulan IV 2024", "realisasiTw:4:2024"],
    // The annual columns keep their roles.
    ["Realisasi 2024", "realisasi:2024"],
    ["Target 2024", "target:2024"],
    ["Capaian TW II", null],
    ["Sifat", "sifat"],
    ["Sifat Indikator", "sifat"],
  ])("%s -> %s", (label, role) => {
    expect(classifyIndicatorLabel(normalizeLabel(label))).toBe(role);
  });
});

describe("quarterly columns of a budget sheet", () => {
  test.each([
    ["Realisasi TW I", "realisasiTw:1"],
    ["Realisasi Triwulan II (Rp)", "realisasiTw:2"],
    ["Realisasi TW 3", "realisasiTw:3"],
    ["Realisasi s.d. TW II", "realisasiSd:2"],
    ["Realisasi s/d Triwulan III", "realisasiSd:3"],
    ["TW IV", "realisasiTw:4"],
    ["Realisasi", "realisasi"],
    ["Realisasi Keuangan (Rp)", "realisasi"],
    ["Realisasi TW I (%)", "percent"],
    ["Realisasi Fisik TW I", null],
  ])("%s -> %s", (label, role) => {
    expect(classifyBudgetLabel(normalizeLabel(label))).toBe(role);
  });
});

describe("Sifat values", () => {
  test.each([
    ["Kumulatif", "kumulatif"],
    ["KUMULATIF", "kumulatif"],
    ["Akhir periode", "akhirPeriode"],
    ["Akhir Periode", "akhirPeriode"],
    ["Non kumulatif", "akhirPeriode"],
    ["Non-Kumulatif", "akhirPeriode"],
    ["Tidak kumulatif", "akhirPeriode"],
    ["rata-rata", null],
  ])("%s -> %s", (text, sifat) => {
    expect(sifatOf(text)).toBe(sifat);
  });
});
