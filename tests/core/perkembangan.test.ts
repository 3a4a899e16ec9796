import {
  perkembangan,
  perkembanganExcelFormula,
  type Perkembangan,
} from "../../src/core/perkembangan";
import type { Arah } from "../../src/model/indicators";

describe("PERKEMBANGAN (performance against the year before)", () => {
  test.each<[number, number, Arah, Perkembangan]>([
    // Seed indicator: 99,57% in 2017, 89,63% in 2018, higher is better: down.
    [0.9957, 0.8963, "naik", "Turun"],
    [0.6, 0.8, "naik", "Naik"],
    [0.8, 0.8, "naik", "Tetap"],
    // Lower is better (a rate of neglected children): a lower value is an improvement.
    [12.5, 11.2, "turun", "Naik"],
    [11.2, 12.5, "turun", "Turun"],
    [11.2, 11.2, "turun", "Tetap"],
    [4, 3, "turun_rasio", "Naik"],
    [-2, -1, "naik", "Naik"],
  ])("%p then %p (%s) -> %s", (before, now, arah, expected) => {
    expect(perkembangan(before, now, arah)).toBe(expected);
  });

  test.each<[Arah, string]>([
    ["naik", 'IF(F8=E8,"Tetap",IF(F8>E8,"Naik","Turun"))'],
    ["turun", 'IF(F8=E8,"Tetap",IF(F8<E8,"Naik","Turun"))'],
    ["turun_rasio", 'IF(F8=E8,"Tetap",IF(F8<E8,"Naik","Turun"))'],
  ])("Excel formula for %s", (arah, formula) => {
    expect(perkembanganExcelFormula("E8", "F8", arah)).toBe(formula);
  });
});
