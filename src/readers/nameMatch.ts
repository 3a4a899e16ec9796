/**
 * Program names are typed differently from sheet to sheet ("PROGRAM PENINGKATAN ANSARAN DAN
 * PRASARANA APARATUR", "Peningkatan Sarana dan Prasarana Aparatur", "KINERJADAN KEUANGAN"):
 * names are compared without case, punctuation, the word "Program" and spaces, allowing small
 * typos (edit distance) and a name cut short (all words of the shorter in the longer).
 */
export const MATCH_THRESHOLD = 0.85;

export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/^\s*program\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** 1 for the same name, 0.99 when only spacing differs, else a similarity in [0, 1). */
export function nameSimilarity(a: string, b: string): number {
  const left = normalizeName(a);
  const right = normalizeName(b);
  if (left === "" || right === "") return 0;
  if (left === right) return 1;
  const compactLeft = left.replace(/ /g, "");
  const compactRight = right.replace(/ /g, "");
  if (compactLeft === compactRight) return 0.99;
  const distance = levenshtein(compactLeft, compactRight);
  const ratio = 1 - distance / Math.max(compactLeft.length, compactRight.length);
  return Math.min(0.98, Math.max(ratio, containment(left, right)));
}

/** A name cut short: every word (2 at least) of the shorter name appears in the longer one. */
function containment(a: string, b: string): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const words = shorter.split(" ").filter((word) => word.length > 2);
  if (words.length < 2) return 0;
  const pool = longer.split(" ");
  const found = words.every((word) =>
    pool.some((other) => other === word || (word.length >= 5 && levenshtein(word, other) <= 1))
  );
  return found ? 0.88 : 0;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[b.length];
}

export interface BestMatch<T> {
  item: T;
  score: number;
}

/** The candidate closest to `name`, if it clears the threshold. */
export function bestMatch<T>(
  name: string,
  candidates: readonly T[],
  nameOf: (item: T) => string
): BestMatch<T> | null {
  let best: BestMatch<T> | null = null;
  for (const item of candidates) {
    const score = nameSimilarity(name, nameOf(item));
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { item, score };
  }
  return best;
}

/**
 * The routine supporting programs every agency runs (DOMAIN.md): they serve the office, not a
 * sasaran, so without a cascading table they are attributed to none. "Peningkatan kapasitas
 * sumber daya aparatur" belongs to the same Permendagri 13/2006 family of routine programs.
 */
export const ROUTINE_PROGRAMS = [
  "Pelayanan Administrasi Perkantoran",
  "Peningkatan Sarana dan Prasarana Aparatur",
  "Peningkatan Disiplin Aparatur",
  "Peningkatan Kapasitas Sumber Daya Aparatur",
  "Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
  "Penunjang Urusan Pemerintahan Daerah",
];

export function routineProgram(name: string): BestMatch<string> | null {
  return bestMatch(name, ROUTINE_PROGRAMS, (item) => item);
}
