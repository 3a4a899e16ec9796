/**
 * The header words agencies type, in one place: which column of a budget sheet or an indicator
 * sheet a label names. Labels arrive lower case with single spaces (headerFinder.normalizeLabel);
 * a two-row header arrives joined ("realisasi keuangan (rp)"). Each entry lists the variants seen
 * in real LKjIP, DPA, LRA and SIPD workbooks (README, "Header words"): add a variant here, with a
 * line in tests/readers/headerVocabulary.test.ts, and every reader knows it.
 *
 * Order matters: the first entry whose words match a label decides its role, so exclusions
 * (role null) come before the roles they would otherwise be mistaken for.
 */
export interface HeaderWords<Role extends string> {
  /** null: a column the readers deliberately ignore (it would otherwise look like a role). */
  role: Role | null;
  words: RegExp;
  /** Labels from real workbooks, for the README and the tests. */
  variants: string[];
}

export type BudgetRole = "no" | "code" | "name" | "pagu" | "realisasi" | "percent" | "sisa";

export const BUDGET_HEADER_WORDS: HeaderWords<BudgetRole>[] = [
  {
    role: "no",
    words: /^(?:no|nomor|no\.? urut)\.?$/,
    variants: ["No", "No.", "Nomor", "No Urut"],
  },
  {
    // Performance and physical progress are not money: "Realisasi Fisik (%)" beside
    // "Realisasi Keuangan (Rp)" must leave the money column as the realisasi.
    role: null,
    words: /indikator|target|fisik|satuan|sasaran|kinerja|keluaran|output|volume/,
    variants: [
      "Realisasi Fisik (%)",
      "Target Kinerja",
      "Realisasi Kinerja",
      "Indikator Kinerja",
      "Keluaran (Output)",
      "Volume",
    ],
  },
  {
    role: "percent",
    words: /%|persen|prosentase|presentase|capaian|serapan|\bcap\.?\b/,
    variants: ["%", "Realisasi (%)", "Capaian Keuangan (%)", "Capaian (%)", "Persentase Serapan"],
  },
  {
    role: "sisa",
    words: /\bsisa\b|selisih|silpa/,
    variants: ["Sisa Anggaran", "Selisih", "SiLPA"],
  },
  {
    role: "realisasi",
    words: /realisasi|realsiasi|realisai|\bspj\b|\bsp2d\b/,
    variants: [
      "Realisasi",
      "Realisasi Keuangan (Rp)",
      "Realisasi Anggaran",
      "Nilai Realisasi",
      "Realisasi SP2D",
    ],
  },
  {
    role: "pagu",
    words: /pagu|anggaran|alokasi|apbd|\bdpa\b|plafon/,
    variants: [
      "Pagu Anggaran (Rp)",
      "Pagu",
      "Anggaran Setelah Perubahan",
      "Jumlah Anggaran",
      "Alokasi",
      "APBD Perubahan",
      "DPA",
      "Plafon Anggaran",
    ],
  },
  {
    role: "code",
    words: /\bkode\b|\bkd\b|rekening/,
    variants: ["Kode", "Kode Rekening", "Kd. Rek"],
  },
  {
    role: "name",
    words: /program|kegiatan|uraian|\bnama\b/,
    variants: ["Program/Kegiatan", "Uraian", "Uraian Program / Kegiatan", "Nama Program"],
  },
];

/**
 * Budget after the mid-year change (P-APBD) is the one realised against: with a "murni" and a
 * revised pagu column, these words name the revised one.
 */
export const REVISED_BUDGET_WORDS = /perubahan|setelah|p-?apbd|\bpak\b|akhir/;

/**
 * Indicator columns. Roles carrying a year ("target", "realisasi", "targetAkhir") get it from
 * the label in indicatorHeader.ts.
 */
export type IndicatorWordRole =
  | "no"
  | "indikator"
  | "targetAkhir"
  | "standar"
  | "sasaran"
  | "tujuan"
  | "satuan"
  | "arah"
  | "analisa"
  | "solusi"
  | "sifat"
  | "tahun"
  | "target"
  | "realisasi"
  | "program";

export const INDICATOR_HEADER_WORDS: HeaderWords<IndicatorWordRole>[] = [
  { role: "no", words: /^(?:no|nomor)\.?$/, variants: ["No", "No.", "Nomor"] },
  {
    // Before "indikator": "Sifat Indikator" names how the quarters add up, not the indicator.
    role: "sifat",
    words: /^sifat\b|\bsifat (?:indikator|capaian|pengukuran|data)\b/,
    variants: ["Sifat", "Sifat Indikator", "Sifat Capaian"],
  },
  {
    role: "indikator",
    words: /indikator/,
    variants: ["Indikator Kinerja", "Indikator Kinerja Utama", "Indikator Sasaran"],
  },
  {
    // A national or provincial standard is not the agency's target of a year (Tabel 3.1.9).
    role: "standar",
    // "Capaian SPM" is the agency's own result against it, not the standard.
    words:
      /(?:target|standar|standard) (?:nasional|provinsi|prov\b)|^(?:target |standar )?spm\b|standar pelayanan minimal/,
    variants: [
      "Target Nasional",
      "Standar Nasional",
      "SPM",
      "Target Provinsi",
      "Standar Pelayanan Minimal",
    ],
  },
  {
    role: "targetAkhir",
    words: /(?=.*(?:akhir|renstra))(?=.*(?:target|capaian|kondisi|renstra))/,
    variants: ["Target Akhir Renstra", "Target Akhir Renstra 2019", "Kondisi Akhir Renstra"],
  },
  {
    // Money in an indicator sheet (the program's budget beside its indicator) is not a target.
    role: null,
    words: /anggaran|alokasi|pagu|\brp\b|keuangan/,
    variants: ["Anggaran Tahun 2017 Realisasi", "Realisasi Keuangan", "Pagu (Rp)"],
  },
  { role: "sasaran", words: /sasaran/, variants: ["Sasaran", "Sasaran Strategis"] },
  { role: "tujuan", words: /tujuan/, variants: ["Tujuan"] },
  { role: "satuan", words: /satuan/, variants: ["Satuan"] },
  {
    role: "arah",
    words: /\barah\b|polaritas|\bpolarisasi/,
    variants: ["Arah", "Arah Kinerja", "Polaritas"],
  },
  {
    role: "analisa",
    words: /analisa|analisis|penyebab/,
    variants: ["Analisa Penyebab", "Analisis Keberhasilan/Kegagalan", "Penyebab"],
  },
  {
    role: "solusi",
    words: /solusi|upaya|alternatif|tindak lanjut/,
    variants: ["Solusi", "Upaya", "Alternatif Solusi", "Tindak Lanjut"],
  },
  {
    // The year of the row's causes and solutions, when they are written one row per year.
    role: "tahun",
    words: /^(?:tahun|th\.?|thn\.?|tahun (?:analisa|laporan|anggaran))$/,
    variants: ["Tahun", "Th.", "Tahun Laporan"],
  },
  {
    role: null,
    words: /capaian|persentase|prosentase|tingkat/,
    variants: ["Capaian (%)", "Capaian Kinerja", "Persentase Capaian"],
  },
  {
    role: "target",
    words: /\btar ?get\b/,
    variants: ["Target", "Target 2018", "Target Kinerja", "Target Th. 2018", "Tar get"],
  },
  {
    role: "realisasi",
    words: /realisasi|realsiasi|real ?isasi/,
    variants: ["Realisasi", "Realisasi Tahun 2017", "Realisasi Kinerja", "Realsiasi"],
  },
  {
    role: "program",
    words: /program|kegiatan/,
    variants: ["Program Pendukung", "Program/Kegiatan"],
  },
];

/** The role the first matching entry gives a normalised label; null when none matches. */
export function roleOf<Role extends string>(
  vocabulary: HeaderWords<Role>[],
  label: string
): Role | null {
  for (const entry of vocabulary) if (entry.words.test(label)) return entry.role;
  return null;
}
