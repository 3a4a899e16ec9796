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

/** A name prepared once for many comparisons. */
interface PreparedName {
  normalized: string;
  compact: string;
}

function prepare(name: string): PreparedName {
  const normalized = normalizeName(name);
  return { normalized, compact: normalized.replace(/ /g, "") };
}

/** 1 for the same name, 0.99 when only spacing differs, else a similarity in [0, 1). */
export function nameSimilarity(a: string, b: string): number {
  return preparedSimilarity(prepare(a), prepare(b), 0);
}

/**
 * The similarity of two prepared names. Below `floor` the result may be any value under `floor`:
 * the edit distance, the costly part, is skipped when the lengths alone keep it under the floor.
 */
function preparedSimilarity(a: PreparedName, b: PreparedName, floor: number): number {
  if (a.normalized === "" || b.normalized === "") return 0;
  if (a.normalized === b.normalized) return 1;
  if (a.compact === b.compact) return 0.99;
  const longest = Math.max(a.compact.length, b.compact.length);
  const lengthBound = 1 - Math.abs(a.compact.length - b.compact.length) / longest;
  const ratio = lengthBound < floor ? 0 : 1 - levenshtein(a.compact, b.compact) / longest;
  return Math.min(0.98, Math.max(ratio, containment(a.normalized, b.normalized)));
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
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

export interface BestMatch<T> {
  item: T;
  score: number;
  /** Other candidates with exactly the same score: the match may be ambiguous. */
  ties: T[];
}

/**
 * Candidates prepared once, for matching many names against them: a name typed identically
 * (the common case) is found by lookup, and only the rest is compared candidate by candidate.
 */
export class NameMatcher<T> {
  private readonly prepared: { item: T; name: PreparedName }[];
  private readonly byNormalized = new Map<string, T[]>();
  private readonly byCompact = new Map<string, T[]>();

  constructor(candidates: readonly T[], nameOf: (item: T) => string) {
    this.prepared = candidates.map((item) => ({ item, name: prepare(nameOf(item)) }));
    for (const { item, name } of this.prepared) {
      if (name.normalized === "") continue;
      push(this.byNormalized, name.normalized, item);
      push(this.byCompact, name.compact, item);
    }
  }

  /** The candidate closest to `name`, if it clears the threshold; the first of equals wins. */
  best(name: string): BestMatch<T> | null {
    const wanted = prepare(name);
    if (wanted.normalized === "") return null;
    const same = this.byNormalized.get(wanted.normalized);
    if (same) return { item: same[0], score: 1, ties: same.slice(1) };
    const spaced = this.byCompact.get(wanted.compact);
    if (spaced) return { item: spaced[0], score: 0.99, ties: spaced.slice(1) };
    let best: BestMatch<T> | null = null;
    for (const { item, name: candidate } of this.prepared) {
      const score = preparedSimilarity(wanted, candidate, MATCH_THRESHOLD);
      if (score < MATCH_THRESHOLD) continue;
      if (!best || score > best.score) best = { item, score, ties: [] };
      else if (score === best.score) best.ties.push(item);
    }
    return best;
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
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

const routineMatcher = new NameMatcher(ROUTINE_PROGRAMS, (item) => item);

export function routineProgram(name: string): BestMatch<string> | null {
  return routineMatcher.best(name);
}
