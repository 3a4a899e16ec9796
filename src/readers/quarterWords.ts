import type { Sifat, Triwulan } from "../model/quarters";

/**
 * Quarter (triwulan) words in header labels, lower case with single spaces (normalizeLabel):
 * "TW I", "TW 1", "Triwulan I", "Trw I", "Tw.II", with or without a year after them.
 */
const QUARTER = /\b(?:tw|trw|triwulan|tri wulan)\.?\s*-?\s*(iv|iii|ii|i|[1-4])\b/;
/** "Realisasi s.d. TW II", "s/d TW II", "sampai dengan Triwulan II", "Kumulatif TW II": up to the quarter. */
const UP_TO = /(?:^|\s)s\s?[./]?\s?d\.?(?=\s|$)|\bsampai\b|\bkumulatif\b/;
/** A header that is nothing but a quarter (a realisasi column under a merged "Realisasi"). */
const BARE_QUARTER =
  /^(?:tw|trw|triwulan|tri wulan)\.?\s*-?\s*(?:iv|iii|ii|i|[1-4])(?:\s+(?:tahun|th\.?|thn)?\s*(?:19|20)\d{2})?$/;

const NUMERALS: Record<string, Triwulan> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

/** The quarter a label names, and whether it means "up to" that quarter; null when none. */
export function quarterOfLabel(label: string): { quarter: Triwulan; upTo: boolean } | null {
  const match = QUARTER.exec(label);
  if (!match) return null;
  return { quarter: NUMERALS[match[1]], upTo: UP_TO.test(label) };
}

export function isBareQuarterLabel(label: string): boolean {
  return BARE_QUARTER.test(label);
}

/** Words of the Sifat column, lower case: what each value means. */
const SIFAT_VALUES: { words: RegExp; sifat: Sifat }[] = [
  { words: /^(?:non|tidak|bukan)[\s-]*kumulatif$/, sifat: "akhirPeriode" },
  { words: /^kumulatif$/, sifat: "kumulatif" },
  {
    words: /^(?:akhir\s*periode|akhir\s*tahun|posisi\s*akhir|nilai\s*akhir|terakhir)$/,
    sifat: "akhirPeriode",
  },
];

/** The Sifat a cell's text names; null when it names none of them. */
export function sifatOf(text: string): Sifat | null {
  const normal = text.toLowerCase().replace(/\s+/g, " ").trim();
  for (const entry of SIFAT_VALUES) if (entry.words.test(normal)) return entry.sifat;
  return null;
}
