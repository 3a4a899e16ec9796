import type { Finding } from "../../src/model/finding";
import { parseArah } from "../../src/readers/arahText";

const ref = { sheet: "Indikator", address: "E6" };

describe("an Arah typed in a cell, read by its leading word", () => {
  test.each([
    ["naik", "naik"],
    ["Meningkat", "naik"],
    ["Positif", "naik"],
    ["↑", "naik"],
    ["+", "naik"],
    ["Lebih tinggi lebih baik", "naik"],
    ["turun", "turun"],
    ["Menurun", "turun"],
    ["negatif", "turun"],
    ["↓", "turun"],
    ["Lebih rendah", "turun"],
    ["turun (rasio T/R)", "turun_rasio"],
    ["Turun (target/realisasi)", "turun_rasio"],
    ["turun_rasio", "turun_rasio"],
    ["Naik (realisasi/target)", "naik"],
  ])("%s -> %s, nothing to report", (text, arah) => {
    const findings: Finding[] = [];
    expect(parseArah({ text, ref }, findings)).toBe(arah);
    expect(findings).toEqual([]);
  });

  test.each([
    ["Naik (target/realisasi)", "naik"],
    ["naik/turun", "naik"],
    ["Turun ↑", "turun"],
    ["turun (realisasi/target)", "turun"],
    ["rasio", "turun_rasio"],
  ])("%s -> %s, reported as ambiguous on its cell", (text, arah) => {
    const findings: Finding[] = [];
    expect(parseArah({ text, ref }, findings)).toBe(arah);
    expect(findings).toEqual([
      { severity: "warning", code: "finding.arahAmbiguous", ref, params: { text, arah } },
    ]);
  });

  test.each(["ke atas", "tetap", "?"])("%s -> naik, reported as unknown", (text) => {
    const findings: Finding[] = [];
    expect(parseArah({ text, ref }, findings)).toBe("naik");
    expect(findings.map((f) => [f.code, f.ref])).toEqual([["finding.arahUnknown", ref]]);
  });
});
