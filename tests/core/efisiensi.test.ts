import { calcError, CalcError } from "../../src/core/calcError";
import type { CalcInput } from "../../src/core/coerce";
import {
  efisiensi,
  EfisiensiMethod,
  EFISIENSI_METHODS,
  parseEfisiensiMethod,
} from "../../src/core/efisiensi";
import { excelRound } from "../../src/core/rounding";

const r4 = (x: number | CalcError) => (typeof x === "number" ? excelRound(x, 4) : x.type);

describe("EFISIENSI", () => {
  test.each<[CalcInput, CalcInput, EfisiensiMethod | undefined, number | string]>([
    // Seed Tabel 3.1.6: serapan 82,63% against capaian 165,95%
    [1.6595, 0.8263, undefined, 0.4979],
    ["165,95%", "82,63%", "serapan_per_capaian", 0.4979],
    [165.95, 82.63, "serapan_per_capaian", 0.4979],
    [1.6595, 0.8263, "satu_minus", 0.5021],
    [1.6595, 0.8263, "selisih", 0.8332],
    [1.6595, 0.8263, "capaian_per_serapan", 2.0084],
    [1, 1, undefined, 1],
    [0.5, 1, "satu_minus", -1],
    [0.5, 1, "selisih", -0.5],
    [0, 0.8, undefined, "DIV0"],
    [0, 0.8, "satu_minus", "DIV0"],
    [0, 0, "selisih", 0],
    [1, 0, "capaian_per_serapan", "DIV0"],
    [1, 0, undefined, 0],
    [null, 0.8, undefined, "NA"],
    [1.2, "", undefined, "NA"],
    ["tinggi", 0.8, undefined, "VALUE"],
    [calcError("DIV0", "k"), calcError("NA", "k"), undefined, "DIV0"],
  ])("EFISIENSI(%p; %p; %p) = %p", (c, s, method, expected) => {
    expect(r4(efisiensi(c, s, method))).toBe(expected);
  });

  test("an unknown metode is #VALUE!, after the errors of the numbers and before #DIV/0!", () => {
    expect(efisiensi("", 0.8, "x")).toMatchObject({ type: "NA" });
    expect(efisiensi(0, 0.8, "x")).toMatchObject({ type: "VALUE" });
  });

  test("capaian_per_serapan of the seed is 2,008", () => {
    expect(excelRound(efisiensi(1.6595, 0.8263, "capaian_per_serapan") as number, 3)).toBe(2.008);
  });

  test.each<[unknown, string]>([
    [undefined, "serapan_per_capaian"],
    ["SATU_MINUS", "satu_minus"],
    ["selisih", "selisih"],
    ["capaian per serapan", "capaian_per_serapan"],
    ["rasio", "VALUE"],
  ])("metode %p -> %p", (value, expected) => {
    const method = parseEfisiensiMethod(value);
    expect(typeof method === "string" ? method : method.type).toBe(expected);
  });

  test.each<[EfisiensiMethod, string]>([
    ["serapan_per_capaian", "G5/F5"],
    ["satu_minus", "1-G5/F5"],
    ["selisih", "F5-G5"],
    ["capaian_per_serapan", "F5/G5"],
  ])("Excel formula of %s is %s", (method, formula) => {
    expect(EFISIENSI_METHODS[method].excelFormula("F5", "G5")).toBe(formula);
  });
});
