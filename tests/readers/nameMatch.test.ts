import fc from "fast-check";
import {
  levenshtein,
  MATCH_THRESHOLD,
  NameMatcher,
  nameSimilarity,
} from "../../src/readers/nameMatch";

const PROGRAMS = [
  "Program Pelayanan Administrasi Perkantoran",
  "PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR",
  "Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan PMKS Lainnya",
  "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
  "Program Pembinaan Anak Terlantar",
];

describe("levenshtein", () => {
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
    ["sarana", "ansaran", 3],
    ["kinerjadan", "kinerja dan", 1],
  ])("%j → %j is %d", (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });
});

describe("NameMatcher", () => {
  const matcher = new NameMatcher(PROGRAMS, (name) => name);

  test("an identical name (case, punctuation, the word Program aside) scores 1", () => {
    expect(matcher.best("pelayanan administrasi perkantoran.")).toEqual({
      item: PROGRAMS[0],
      score: 1,
      ties: [],
    });
  });

  test("a name differing only in spacing scores 0.99", () => {
    expect(matcher.best("Pembinaan AnakTerlantar")?.score).toBe(0.99);
  });

  test("a small typo still matches, below 1", () => {
    const match = matcher.best("PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR");
    expect(match?.item).toBe(PROGRAMS[1]);
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(match!.score).toBeLessThan(1);
  });

  test("an unrelated or empty name matches nothing", () => {
    expect(matcher.best("Program Pengelolaan Keuangan Daerah")).toBeNull();
    expect(matcher.best("  ")).toBeNull();
  });

  test("candidates equally close are reported as ties, the first one wins", () => {
    const links = [
      { program: "Pembinaan Anak Terlantar", sasaran: "A" },
      { program: "PEMBINAAN ANAK TERLANTAR", sasaran: "B" },
      { program: "Pembinaan Panti Asuhan", sasaran: "C" },
    ];
    const match = new NameMatcher(links, (link) => link.program).best("Pembinaan anak terlantar");
    expect(match?.item).toBe(links[0]);
    expect(match?.ties).toEqual([links[1]]);
  });

  test("fuzzy ties are found too", () => {
    const match = new NameMatcher(["abcdefghij", "abcdefghiz"], (name) => name).best("abcdefghiy");
    expect(match).toEqual({ item: "abcdefghij", score: 0.9, ties: ["abcdefghiz"] });
  });

  test("agrees with nameSimilarity: the best score over the candidates, when it clears the threshold", () => {
    const word = fc.constantFrom(
      "pelayanan",
      "pelayanen",
      "sosial",
      "anak",
      "terlantar",
      "dan",
      "program",
      "Program",
      "kesejahteraan",
      "rehabilitasi",
      "PMKS",
      "-"
    );
    const name = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(name, fc.array(name, { maxLength: 8 }), (wanted, candidates) => {
        const best = new NameMatcher(candidates, (item) => item).best(wanted);
        const scores = candidates.map((candidate) => nameSimilarity(wanted, candidate));
        const top = Math.max(0, ...scores);
        if (top < MATCH_THRESHOLD) {
          expect(best).toBeNull();
        } else {
          expect(best?.score).toBe(top);
          expect(best?.item).toBe(candidates[scores.indexOf(top)]);
          expect(best?.ties).toHaveLength(scores.filter((score) => score === top).length - 1);
        }
      }),
      { numRuns: 500 }
    );
  });
});
