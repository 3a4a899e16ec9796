import type { MessageTable } from "../messageTable";

/**
 * Messages of the custom functions. Placeholders: {name}.
 * `functions.meta.*` are the function and parameter descriptions Excel shows; the English ones must
 * equal the JSDoc in src/functions/functions.ts (a test checks), the Indonesian ones become
 * dist/functions-id.json at build time.
 */
export const functionsMessages = {
  "functions.error.empty": {
    id: "{name} kosong: belum diisi.",
    en: "{name} is empty: not yet filled.",
  },
  "functions.error.notNumber": {
    id: '{name}: "{text}" bukan angka.',
    en: '{name}: "{text}" is not a number.',
  },
  "functions.error.notFinite": {
    id: "{name} bukan angka yang terhingga.",
    en: "{name} is not a finite number.",
  },
  "functions.error.unknownChoice": {
    id: '{name}: "{text}" tidak dikenal. Pilihan: {choices}.',
    en: '{name}: "{text}" is not known. Choices: {choices}.',
  },
  "functions.error.targetZero": {
    id: "Target bernilai 0: pembagian dengan nol.",
    en: "The target is 0: division by zero.",
  },
  "functions.error.realisasiZero": {
    id: "Realisasi bernilai 0: pembagian dengan nol (arah turun_rasio).",
    en: "The realisasi is 0: division by zero (arah turun_rasio).",
  },
  "functions.error.paguZero": {
    id: "Pagu anggaran bernilai 0: pembagian dengan nol.",
    en: "The budget (pagu) is 0: division by zero.",
  },
  "functions.error.zeroDivisor": {
    id: "{name} bernilai 0: pembagian dengan nol.",
    en: "{name} is 0: division by zero.",
  },
  "functions.error.belowScale": {
    id: "Nilai {value} di bawah semua batas skala, dan skala tidak punya label untuk itu.",
    en: "The value {value} is below every bound of the scale, which has no label for it.",
  },
  "functions.error.scaleRow": {
    id: "Skala: baris {row} harus berisi batas bawah (angka atau teks seperti 60%) dan label.",
    en: "Scale: row {row} must hold a lower bound (a number or text such as 60%) and a label.",
  },
  "functions.error.scaleEmpty": {
    id: "Skala tidak berisi batas bawah apa pun.",
    en: "The scale holds no lower bound.",
  },
  "functions.error.scaleDuplicate": {
    id: "Skala: batas bawah {bound} muncul dua kali.",
    en: "Scale: the lower bound {bound} appears twice.",
  },
  // Function metadata (name and parameter help in Excel's formula bar).
  "functions.meta.CAPAIAN": {
    id: "Capaian kinerja: realisasi dibandingkan target, sebagai pecahan (format sel sebagai %).",
    en: "Performance achievement: realization against target, as a fraction (format the cell as %).",
  },
  "functions.meta.CAPAIAN.realisasi": {
    id: 'Realisasi: angka, persentase, atau teks seperti "89,63%".',
    en: 'Realization: a number, a percentage or text such as "89,63%".',
  },
  "functions.meta.CAPAIAN.target": {
    id: "Target, dalam satuan yang sama dengan realisasi.",
    en: "Target, in the same unit as the realization.",
  },
  "functions.meta.CAPAIAN.arah": {
    id: 'Arah: "naik" (makin tinggi makin baik, bawaan), "turun" ((2T-R)/T) atau "turun_rasio" (T/R).',
    en: 'Direction: "naik" (higher is better, default), "turun" ((2T-R)/T) or "turun_rasio" (T/R).',
  },
  "functions.meta.EFISIENSI": {
    id: "Efisiensi anggaran terhadap kinerja, sebagai pecahan.",
    en: "Efficiency of the budget against performance, as a fraction.",
  },
  "functions.meta.EFISIENSI.capaian": {
    id: "Capaian kinerja, mis. 165,95%.",
    en: "Performance achievement, e.g. 165.95%.",
  },
  "functions.meta.EFISIENSI.serapan": {
    id: "Serapan anggaran, mis. 82,63%.",
    en: "Budget absorption, e.g. 82.63%.",
  },
  "functions.meta.EFISIENSI.metode": {
    id: 'Metode: "serapan_per_capaian" (bawaan), "satu_minus", "selisih" atau "capaian_per_serapan".',
    en: 'Method: "serapan_per_capaian" (default), "satu_minus", "selisih" or "capaian_per_serapan".',
  },
  "functions.meta.PREDIKAT": {
    id: "Predikat (label penilaian) suatu nilai pada sebuah skala.",
    en: "Predicate (rating label) of a value on a scale.",
  },
  "functions.meta.PREDIKAT.nilai": {
    id: "Nilai yang dinilai, mis. capaian 112,04%.",
    en: "Value to rate, e.g. an achievement of 112.04%.",
  },
  "functions.meta.PREDIKAT.skala": {
    id: 'Skala: "LKJIP" (bawaan), "PERMENDAGRI86", "AKIP", atau rentang dua kolom berisi batas bawah dan label.',
    en: 'Scale: "LKJIP" (default), "PERMENDAGRI86", "AKIP", or a two-column range of lower bound and label.',
  },
  "functions.meta.SERAPAN": {
    id: "Serapan anggaran: realisasi anggaran dibandingkan pagu, sebagai pecahan.",
    en: "Budget absorption: budget realization against the budget ceiling (pagu), as a fraction.",
  },
  "functions.meta.SERAPAN.realisasi_anggaran": {
    id: 'Realisasi anggaran, mis. "Rp 3.307.232.516".',
    en: 'Budget realization, e.g. "Rp 3.307.232.516".',
  },
  "functions.meta.SERAPAN.pagu": {
    id: 'Pagu anggaran, mis. "Rp 4.002.524.072".',
    en: 'Budget ceiling (pagu), e.g. "Rp 4.002.524.072".',
  },
  "functions.meta.KEMAJUAN": {
    id: "Tingkat kemajuan terhadap target akhir Renstra, sebagai pecahan.",
    en: "Progress toward the end-of-Renstra target, as a fraction.",
  },
  "functions.meta.KEMAJUAN.realisasi": {
    id: "Realisasi tahun berjalan.",
    en: "Realization of the year.",
  },
  "functions.meta.KEMAJUAN.target_akhir_renstra": {
    id: "Target akhir periode Renstra, dalam satuan yang sama.",
    en: "Target at the end of the Renstra period, in the same unit.",
  },
  "functions.meta.KEMAJUAN.arah": {
    id: 'Arah, seperti pada CAPAIAN: "naik" (bawaan), "turun" ((2T-R)/T) atau "turun_rasio" (T/R).',
    en: 'Direction, as for CAPAIAN: "naik" (default), "turun" ((2T-R)/T) or "turun_rasio" (T/R).',
  },
} satisfies MessageTable;
