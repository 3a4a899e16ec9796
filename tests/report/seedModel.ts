import type { Budget, BudgetLine } from "../../src/model/budget";
import type { SourcedNumber } from "../../src/model/cellRef";
import type { Indikator } from "../../src/model/indicators";
import type { LkjipModel } from "../../src/model/lkjipModel";
import type { ReportContext } from "../../src/report/context";
import { SEED_BUDGET_2017_TSV } from "./seedBudget2017";

export const BUDGET_SHEET = "Realisasi Anggaran 2017";
export const INDICATOR_SHEET = "Indikator Kinerja";
const FIRST_ROW = 5;

function rupiah(text: string): number {
  return Number(text.replace(/[^\d]/g, ""));
}

function num(sheet: string, address: string, value: number | null, percent = false): SourcedNumber {
  return { value, ref: { sheet, address }, percent };
}

/** The seed's 2017 budget as a reader would build it: rows from 5, columns B name, C pagu, D realisasi, E %. */
export function seedBudget2017(): Budget {
  const lines = SEED_BUDGET_2017_TSV.split("\n").map((line) => line.split("\t"));
  const programs: BudgetLine[] = [];
  let totalRow = 0;
  let total: Budget["total"];
  lines.forEach(([no, name, pagu, realisasi], index) => {
    const row = FIRST_ROW + index;
    if (name === "") {
      totalRow = row;
      total = {
        pagu: num(BUDGET_SHEET, `C${row}`, rupiah(pagu)),
        realisasi: num(BUDGET_SHEET, `D${row}`, rupiah(realisasi)),
        row,
      };
      return;
    }
    const line: BudgetLine = {
      level: no ? "program" : "kegiatan",
      number: no || undefined,
      name: { text: name, ref: { sheet: BUDGET_SHEET, address: `B${row}` } },
      pagu: num(BUDGET_SHEET, `C${row}`, rupiah(pagu)),
      realisasi: num(BUDGET_SHEET, `D${row}`, rupiah(realisasi)),
      row,
      children: [],
    };
    if (no) programs.push(line);
    else programs[programs.length - 1].children.push(line);
  });
  void totalRow;
  return {
    sheet: BUDGET_SHEET,
    year: 2017,
    agency: "Dinas Sosial Kota Probolinggo",
    columns: { number: "A", name: "B", pagu: "C", realisasi: "D", percent: "E" },
    programs,
    total,
  };
}

export const PMKS =
  "Persentase Penyandang Masalah Kesejahteraan Sosial (PMKS) yang terpenuhi kebutuhan dasarnya";
export const SASARAN =
  "Meningkatnya Kualitas dan Kemampuan Penyandang Masalah Kesejahteraan Sosial (PMKS)";

/** The seed's one indicator (row 5): targets/realisasi 2017 (D, E) and 2018 (F, G), Renstra 2019 (H), percentages. */
export function seedIndikator(overrides: Partial<Indikator> = {}): Indikator {
  const s = INDICATOR_SHEET;
  return {
    name: { text: PMKS, ref: { sheet: s, address: "C5" } },
    arah: "naik",
    targets: { 2017: num(s, "D5", 0.6, true), 2018: num(s, "F5", 0.8, true) },
    realisasi: { 2017: num(s, "E5", 0.9957, true), 2018: num(s, "G5", 0.8963, true) },
    targetAkhirRenstra: { ...num(s, "H5", 0.85, true), year: 2019 },
    analisaPenyebab: {
      text: "Dana APBD yang ada sudah sesuai dengan target yg diinginkan sehingga semua dapat terealisasi.",
      ref: { sheet: s, address: "I5" },
    },
    row: 5,
    ...overrides,
  };
}

export function seedModel(): LkjipModel {
  const budget = seedBudget2017();
  return {
    agency: "Dinas Sosial Kota Probolinggo",
    budgets: [budget],
    indicators: {
      sheet: INDICATOR_SHEET,
      agency: "Dinas Sosial Kota Probolinggo",
      sasaran: [
        {
          name: { text: SASARAN, ref: { sheet: INDICATOR_SHEET, address: "B5" } },
          tujuan: {
            text: "Meningkatkan kemandirian dan perlindungan bagi PMKS",
            ref: { sheet: INDICATOR_SHEET, address: "A5" },
          },
          indikator: [seedIndikator()],
        },
      ],
      years: [2017, 2018],
    },
    // Seed Tabel 3.1.4: programs 5–9 serve the one sasaran; 1–4 are routine support programs.
    attributions: budget.programs.map((program, index) => ({
      programName: program.name.text,
      programRef: program.name.ref,
      sasaranIndex: index >= 4 ? 0 : null,
      reason: index >= 4 ? "singleSasaran" : "routine",
    })),
    findings: [],
  };
}

export function seedContext(tahun: number, overrides: Partial<ReportContext> = {}): ReportContext {
  const model = overrides.model ?? seedModel();
  return {
    model,
    tahun,
    agency: "Dinas Sosial Kota Probolinggo",
    budget: model.budgets.find((budget) => budget.year === tahun),
    skala: "LKJIP",
    efisiensi: "serapan_per_capaian",
    isNumericCell: () => true,
    ...overrides,
  };
}
