import { classifyBudgetLabel } from "../../src/readers/budgetHeader";
import { normalizeLabel } from "../../src/readers/headerFinder";
import {
  BUDGET_HEADER_WORDS,
  INDICATOR_HEADER_WORDS,
  roleOf,
} from "../../src/readers/headerVocabulary";
import { classifyIndicatorLabel } from "../../src/readers/indicatorHeader";
import { readWorkbook } from "../../src/readers/readWorkbook";
import { grid } from "./gridBuilder";

describe("budget header variants agencies type", () => {
  test.each([
    ["Pagu Anggaran (Rp)", "pagu"],
    ["Pagu", "pagu"],
    ["Anggaran Setelah Perubahan", "pagu"],
    ["Anggaran Murni", "pagu"],
    ["Jumlah Anggaran", "pagu"],
    ["APBD Perubahan (Rp)", "pagu"],
    ["Plafon", "pagu"],
    ["DPA", "pagu"],
    ["Realisasi Keuangan (Rp)", "realisasi"],
    ["Realisasi Keuangan", "realisasi"],
    ["Realisasi Anggaran", "realisasi"],
    ["Realisasi SP2D", "realisasi"],
    ["SPJ", "realisasi"],
    ["Realisasi Fisik (%)", null],
    ["Realisasi Fisik", null],
    ["Target Kinerja", null],
    ["Realisasi Kinerja", null],
    ["Keluaran (Output)", null],
    ["Capaian Keuangan (%)", "percent"],
    ["Realisasi (%)", "percent"],
    ["Persentase Serapan", "percent"],
    ["Sisa Anggaran (Rp)", "sisa"],
    ["SiLPA", "sisa"],
    ["Kode Rekening", "code"],
    ["Kd. Rek", "code"],
    ["Uraian", "name"],
    ["Uraian Program / Kegiatan / Sub Kegiatan", "name"],
    ["Nama Program", "name"],
    ["No. Urut", "no"],
    ["Keterangan", null],
  ])("%s -> %s", (label, role) => {
    expect(classifyBudgetLabel(normalizeLabel(label))).toBe(role);
  });

  test("every variant listed in the vocabulary is read as its own entry's role", () => {
    for (const entry of BUDGET_HEADER_WORDS) {
      for (const variant of entry.variants) {
        expect([variant, roleOf(BUDGET_HEADER_WORDS, normalizeLabel(variant))]).toEqual([
          variant,
          entry.role,
        ]);
      }
    }
  });
});

describe("indicator header variants agencies type", () => {
  test.each([
    ["Indikator Kinerja Utama", "indikator"],
    ["Indikator Sasaran", "indikator"],
    ["Target Kinerja", "target:"],
    ["Target Kinerja 2023", "target:2023"],
    ["Realisasi Kinerja", "realisasi:"],
    ["Realisasi Kinerja Tahun 2023", "realisasi:2023"],
    ["Target 2026", "target:2026"],
    ["Target Renstra 2026", "targetAkhir:2026"],
    ["Kondisi Akhir Renstra", "targetAkhir:"],
    ["Realisasi Keuangan (Rp)", null],
    ["Pagu Anggaran", null],
    ["Capaian Kinerja (%)", null],
    ["Arah Kinerja", "arah"],
    ["Polaritas", "arah"],
    ["Satuan", "satuan"],
    ["Tujuan", "tujuan"],
    ["Analisis Keberhasilan / Kegagalan", "analisa"],
    ["Alternatif Solusi", "solusi"],
    // A standard is never the agency's own target of a year (Tabel 3.1.9).
    ["Target Nasional", "standar"],
    ["Target Nasional 2018", "standar"],
    ["Standar Nasional", "standar"],
    ["SPM", "standar"],
    ["Target SPM", "standar"],
    ["Capaian SPM (%)", null],
    ["Target Provinsi", "standar"],
    ["Target Prov.", "standar"],
  ])("%s -> %s", (label, role) => {
    expect(classifyIndicatorLabel(normalizeLabel(label))).toBe(role);
  });

  test("every variant listed in the vocabulary is read as its own entry's role", () => {
    for (const entry of INDICATOR_HEADER_WORDS) {
      for (const variant of entry.variants) {
        expect([variant, roleOf(INDICATOR_HEADER_WORDS, normalizeLabel(variant))]).toEqual([
          variant,
          entry.role,
        ]);
      }
    }
  });
});

describe("a budget sheet with physical and financial realisasi", () => {
  const sheet = grid("Realisasi 2023", [
    ["REALISASI ANGGARAN DINAS KESEHATAN TAHUN 2023"],
    [],
    [
      "No",
      "Uraian",
      "Pagu Anggaran (Rp)",
      "Realisasi Fisik (%)",
      "Realisasi Keuangan (Rp)",
      "Capaian Keuangan (%)",
    ],
    [1, "Program Pemenuhan Upaya Kesehatan Perorangan", 2_000_000_000, 0.97, 1_850_000_000, 0.925],
    [2, "Program Peningkatan Kapasitas SDM Kesehatan", 500_000_000, 1, 480_000_000, 0.96],
  ]);

  test("reads the money column, not the physical progress", () => {
    const model = readWorkbook([sheet]);
    const budget = model.budgets[0];
    expect(budget.columns).toMatchObject({ pagu: "C", realisasi: "E", percent: "F" });
    expect(budget.programs.map((p) => p.realisasi.value)).toEqual([1_850_000_000, 480_000_000]);
  });

  test("the order of the two columns does not matter", () => {
    const swapped = grid("Realisasi 2023", [
      ["No", "Uraian", "Pagu Anggaran (Rp)", "Realisasi Keuangan (Rp)", "Realisasi Fisik (%)"],
      [1, "Program Pemenuhan Upaya Kesehatan Perorangan", 2_000_000_000, 1_850_000_000, 0.97],
    ]);
    const budget = readWorkbook([swapped]).budgets[0];
    expect(budget.columns).toMatchObject({ pagu: "C", realisasi: "D" });
    expect(budget.programs[0].realisasi.value).toBe(1_850_000_000);
  });
});
