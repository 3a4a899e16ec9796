import type { Arah } from "../model/indicators";

/**
 * Indicators whose nature says lower is better, by words of their name: used only when the
 * indicator sheet gives no Arah, and always reported (a Warning naming the cell, a line in the
 * pane to confirm or change). The user extends or overrides this list in the "Kamus Arah" sheet
 * of the input template (src/template/), read by arahVocabularyReader.ts.
 *
 * Words are lower case and matched as whole words of the indicator's name.
 */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  // health
  "angka kematian",
  "kematian",
  "mortalitas",
  "prevalensi",
  "stunting",
  "gizi buruk",
  "gizi kurang",
  "wasting",
  "angka kesakitan",
  "kesakitan",
  "morbiditas",
  "insiden",
  "kasus",
  // social and economy
  "tingkat pengangguran",
  "pengangguran",
  "persentase penduduk miskin",
  "penduduk miskin",
  "kemiskinan",
  "rasio gini",
  "indeks gini",
  "inflasi",
  "rawan pangan",
  "kekerasan",
  "perkawinan anak",
  "kriminalitas",
  "kecelakaan",
  "pelanggaran",
  // education
  "angka putus sekolah",
  "putus sekolah",
  "angka mengulang",
  "buta aksara",
  "anak tidak sekolah",
  // services and governance
  "lama pelayanan",
  "waktu pelayanan",
  "lama waktu",
  "waktu tunggu",
  "waktu tanggap",
  "lama penyelesaian",
  "waktu penyelesaian",
  "jumlah temuan",
  "temuan",
  "tunggakan",
  // public works, housing, environment
  "indeks kemahalan",
  "kawasan kumuh",
  "kumuh",
  "tidak layak huni",
  "jalan rusak",
  "kondisi rusak",
  "genangan",
  "banjir",
  "kemacetan",
  "kehilangan air",
  "backlog",
  "pencemaran",
  "emisi",
];

/**
 * Words that make a name higher-is-better even with a lower-is-better word in it: "Persentase
 * penurunan penduduk miskin", "Cakupan penemuan kasus TB", "Tindak lanjut temuan BPK".
 */
export const HIGHER_IS_BETTER_WORDS: readonly string[] = [
  "penurunan",
  "pengurangan",
  "berkurangnya",
  "menurunnya",
  "turunnya",
  "penanganan",
  "ditangani",
  "tertangani",
  "penanggulangan",
  "penemuan",
  "cakupan",
  "terselesaikan",
  "diselesaikan",
  "tindak lanjut",
  "ditindaklanjuti",
  "bebas",
  "tepat waktu",
  "pencegahan",
];

/** One word of the user's "Kamus Arah" sheet: this word in a name means this Arah. */
export interface UserArahWord {
  word: string;
  arah: Arah;
}

export interface ArahByName {
  arah: Arah;
  /** The word of the name that decided it, as the vocabulary spells it. */
  word: string;
  source: "vocabulary" | "user";
}

/**
 * The Arah an indicator's name implies, or null when its words say nothing: the user's words
 * first (longest first), then the exceptions, then the lower-is-better words (longest first).
 */
export function arahFromName(
  name: string,
  userWords: readonly UserArahWord[] = []
): ArahByName | null {
  const words = ` ${wordsOf(name)} `;
  const contains = (word: string) => words.includes(` ${wordsOf(word)} `);
  const userMatch = longestFirst(userWords.map((entry) => entry.word)).find(contains);
  if (userMatch !== undefined) {
    const entry = userWords.find((candidate) => candidate.word === userMatch)!;
    return { arah: entry.arah, word: entry.word, source: "user" };
  }
  if (HIGHER_IS_BETTER_WORDS.some(contains)) return null;
  const lower = longestFirst(LOWER_IS_BETTER_WORDS).find(contains);
  return lower === undefined ? null : { arah: "turun", word: lower, source: "vocabulary" };
}

function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
