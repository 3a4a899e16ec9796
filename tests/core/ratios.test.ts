import { calcError, CalcError } from "../../src/core/calcError";
import { capaian, capaianExcelFormula, parseArah } from "../../src/core/capaian";
import type { CalcInput } from "../../src/core/coerce";
import { kemajuan } from "../../src/core/kemajuan";
import { proporsi } from "../../src/core/proporsi";
import { formatPercent } from "../../src/core/rounding";
import { serapan } from "../../src/core/serapan";
import type { Arah } from "../../src/model/indicators";

/** What Excel shows in a cell formatted 0,00%. */
const shown = (x: number | CalcError) => (typeof x === "number" ? formatPercent(x) : x.type);

describe("CAPAIAN", () => {
  test.each<[CalcInput, CalcInput, Arah | undefined, string]>([
    // Seed (DOMAIN.md): 2018 and 2017 of "Persentase PMKS yang terpenuhi kebutuhan dasarnya"
    [89.63, 80, undefined, "112,04%"],
    [99.57, 60, undefined, "165,95%"],
    [0.8963, 0.8, "naik", "112,04%"],
    ["89,63%", "80%", "naik", "112,04%"],
    ["99,57", "60 %", "naik", "16.595,00%"], // units differ: the user's mistake shows, as in Excel
    ["99,57%", 0.6, "naik", "165,95%"],
    [27895000, 28000000, "naik", "99,63%"],
    [0, 80, "naik", "0,00%"],
    [-10, 80, "naik", "-12,50%"],
    // Lower is better
    [8, 10, "turun", "120,00%"],
    [10, 10, "turun", "100,00%"],
    [20, 10, "turun", "0,00%"],
    [25, 10, "turun", "-50,00%"], // above 2×target: the rule goes negative
    [0, 10, "turun", "200,00%"],
    [8, 10, "turun_rasio", "125,00%"],
    [10, 8, "turun_rasio", "80,00%"],
    // Division by zero
    [5, 0, "naik", "DIV0"],
    [5, "0%", "turun", "DIV0"],
    [0, 5, "turun_rasio", "DIV0"],
    [0, 0, "naik", "DIV0"],
    // Empty, text, error inputs: first error wins
    [null, 80, "naik", "NA"],
    [89.63, "", "naik", "NA"],
    ["abc", 80, "naik", "VALUE"],
    [89.63, "delapan puluh", "naik", "VALUE"],
    [null, "abc", "naik", "NA"],
    ["abc", null, "naik", "VALUE"],
    [calcError("NUM", "k"), null, "naik", "NUM"],
    [null, 0, "naik", "NA"],
  ])("CAPAIAN(%p; %p; %p) shows %p", (r, t, arah, expected) => {
    expect(shown(capaian(r, t, arah))).toBe(expected);
  });

  test("results are plain division, not rounded", () => {
    expect(capaian(89.63, 80)).toBe(89.63 / 80);
    expect(capaian(8, 10, "turun")).toBe(1.2);
  });

  test("an unknown arah is #VALUE!, after the errors of the numbers and before #DIV/0!", () => {
    expect(capaian(null, 2, "x" as Arah)).toMatchObject({ type: "NA" });
    expect(capaian(5, 0, "x" as Arah)).toMatchObject({
      type: "VALUE",
      messageKey: "functions.error.unknownChoice",
    });
    expect(capaian(8, 10, "TURUN" as Arah)).toBe(1.2);
  });

  test("division by zero names the denominator", () => {
    expect(capaian(5, 0)).toEqual(
      calcError("DIV0", "functions.error.targetZero", { name: "target" })
    );
    expect(capaian(0, 5, "turun_rasio")).toEqual(
      calcError("DIV0", "functions.error.realisasiZero", { name: "realisasi" })
    );
  });

  test.each<[unknown, Arah | "VALUE"]>([
    [undefined, "naik"],
    [null, "naik"],
    ["Naik", "naik"],
    ["TURUN", "turun"],
    ["turun_rasio", "turun_rasio"],
    ["turun rasio", "turun_rasio"],
    ["down", "VALUE"],
    [1, "VALUE"],
  ])("arah %p -> %p", (value, expected) => {
    const arah = parseArah(value);
    expect(typeof arah === "string" ? arah : arah.type).toBe(expected);
  });

  test.each<[Arah, string]>([
    ["naik", "E5/D5"],
    ["turun", "(2*D5-E5)/D5"],
    ["turun_rasio", "D5/E5"],
  ])("Excel formula for %s is %s", (arah, formula) => {
    expect(capaianExcelFormula("E5", "D5", arah)).toBe(formula);
  });
});

describe("SERAPAN, KEMAJUAN, proporsi", () => {
  test.each<
    [string, (a: CalcInput, b: CalcInput) => number | CalcError, CalcInput, CalcInput, string]
  >([
    // Seed: programs 5–9 and the total of the 2017 budget
    ["serapan", serapan, 3307232516, 4002524072, "82,63%"],
    ["serapan", serapan, 6268903009, 7095515222, "88,35%"],
    ["serapan", serapan, "Rp 3.307.232.516", "Rp. 4.002.524.072,-", "82,63%"],
    ["serapan", serapan, 27895000, 28000000, "99,63%"],
    ["serapan", serapan, 0, 100, "0,00%"],
    ["serapan", serapan, 100, 0, "DIV0"],
    ["serapan", serapan, 100, "Rp 0", "DIV0"],
    ["serapan", serapan, null, 100, "NA"],
    ["serapan", serapan, 100, "-", "VALUE"],
    // Seed: 99,57 against the end-of-Renstra target 85 (the seed printed 99,57%: wrong)
    ["kemajuan", kemajuan, 99.57, 85, "117,14%"],
    ["kemajuan", kemajuan, "99,57%", "85%", "117,14%"],
    ["kemajuan", kemajuan, 99.57, 0, "DIV0"],
    ["kemajuan", kemajuan, 99.57, undefined, "NA"],
    // Seed: Tabel 3.1.4
    ["proporsi", proporsi, 4002524072, 7095515222, "56,41%"],
    ["proporsi", proporsi, 1, 0, "DIV0"],
    ["proporsi", proporsi, "x", 0, "VALUE"],
  ])("%s(%p; %p) shows %p", (_name, fn, a, b, expected) => {
    expect(shown(fn(a, b))).toBe(expected);
  });

  test.each([
    // Issue 10: 15% against an end-of-Renstra target of 10%, lower is better: not 150%.
    [0.15, 0.1, "turun", "50,00%"],
    [0.08, 0.1, "turun", "120,00%"],
    [0.15, 0.1, "turun_rasio", "66,67%"],
    [0.15, 0.1, "Turun", "50,00%"],
    [99.57, 85, "naik", "117,14%"],
    [0.15, 0.1, "ke atas", "VALUE"],
    [0.15, 0, "turun", "DIV0"],
  ] as const)("kemajuan(%p; %p; %p) follows the arah: %p", (r, t, arah, expected) => {
    expect(shown(kemajuan(r, t, arah))).toBe(expected);
  });

  test("kemajuan's zero target is named as the end-of-Renstra target", () => {
    expect(kemajuan(1, 0)).toEqual(
      calcError("DIV0", "functions.error.targetZero", { name: "target_akhir_renstra" })
    );
  });

  test("zero pagu says so", () => {
    expect(serapan(1, 0)).toEqual(calcError("DIV0", "functions.error.paguZero", { name: "pagu" }));
  });
});
