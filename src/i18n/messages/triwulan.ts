import type { MessageTable } from "../messageTable";

/**
 * Messages of quarterly measurement (Pengukuran Kinerja Triwulan): the sheet, its columns and
 * notes, why it was not made, and the Periode choice of the pane and the command line.
 * Placeholders: {triwulan} is the quarter's Roman numeral ("II").
 */
export const triwulanMessages = {
  "report.sheet.triwulan": {
    id: "Pengukuran Kinerja TW {triwulan}",
    en: "Pengukuran Kinerja TW {triwulan}",
  },
  "report.title.triwulan": {
    id: "TRIWULAN {triwulan} TAHUN {tahun}",
    en: "QUARTER {triwulan} OF {tahun}",
  },
  "report.col.kinerjaTriwulan": {
    id: "Kinerja s.d. Triwulan {triwulan}",
    en: "Performance to quarter {triwulan}",
  },
  "report.col.anggaranTriwulan": {
    id: "Anggaran s.d. Triwulan {triwulan}",
    en: "Budget to quarter {triwulan}",
  },
  "report.col.realisasiSd": { id: "Realisasi s.d. TW {triwulan}", en: "Result to Q{triwulan}" },
  "report.col.targetSd": { id: "Target s.d. TW {triwulan}", en: "Target to Q{triwulan}" },
  "report.col.capaianTahunan": {
    id: "Capaian thd Target Tahunan (%)",
    en: "Achievement of the annual target (%)",
  },
  "report.col.capaianTriwulan": {
    id: "Capaian thd Target TW {triwulan} (%)",
    en: "Achievement of the Q{triwulan} target (%)",
  },
  "report.col.sdTriwulan": { id: "Realisasi s.d. TW {triwulan}", en: "Spent to Q{triwulan}" },
  "report.col.serapanSingkat": { id: "Serapan (%)", en: "Absorption (%)" },
  "report.row.pendukung": { id: "Program pendukung", en: "Supporting programs" },
  "report.note.triwulan": {
    id: "Realisasi s.d. TW {triwulan}: indikator Kumulatif = jumlah triwulan I s.d. {triwulan}; indikator Akhir periode = nilai triwulan terakhir yang terisi. Predikat dari capaian terhadap target s.d. TW {triwulan} bila ada, selain itu terhadap target tahunan.",
    en: "Result to Q{triwulan}: Kumulatif indicators add quarters I to {triwulan}; Akhir periode indicators take the latest filled quarter. The rating uses the achievement of the target to Q{triwulan} where there is one, else of the annual target.",
  },
  "report.note.budgetNoQuarters": {
    id: "Lembar anggaran tidak mempunyai kolom realisasi per triwulan (Realisasi TW I … atau Realisasi s.d. TW {triwulan}); realisasi anggaran s.d. TW {triwulan} dikosongkan.",
    en: "The budget sheet has no quarterly realisasi columns (Realisasi TW I … or Realisasi s.d. TW {triwulan}); the budget spent to Q{triwulan} is left empty.",
  },
  "report.skip.noTriwulan": {
    id: "periode yang dipilih Tahunan",
    en: "the chosen period is the year",
  },
  "report.skip.noQuarters": {
    id: "tidak ada kolom triwulan tahun {tahun} (Realisasi TW I … TW IV) di lembar indikator maupun anggaran",
    en: "neither the indicator nor the budget sheet has quarterly columns for {tahun} (Realisasi TW I … TW IV)",
  },
  "ui.field.periode": { id: "Periode", en: "Period" },
  "ui.periode.hint": {
    id: "Triwulan: tabel tahunan ditambah lembar Pengukuran Kinerja TW yang dipilih.",
    en: "A quarter: the annual tables plus the Pengukuran Kinerja sheet of that quarter.",
  },
  "ui.periode.tahunan": { id: "Tahunan", en: "Year" },
  "ui.periode.tw1": { id: "TW I", en: "Q1 (TW I)" },
  "ui.periode.tw2": { id: "TW II", en: "Q2 (TW II)" },
  "ui.periode.tw3": { id: "TW III", en: "Q3 (TW III)" },
  "ui.periode.tw4": { id: "TW IV", en: "Q4 (TW IV)" },
} satisfies MessageTable;
