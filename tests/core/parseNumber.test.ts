import fc from "fast-check";
import { parseIndonesianNumber } from "../../src/core/parseNumber";

describe("parseIndonesianNumber", () => {
  test.each<[string, number, boolean]>([
    // Seed and DOMAIN.md spellings
    ["Rp 1.283.419.000", 1283419000, false],
    ["Rp. 1.125.802.250,-", 1125802250, false],
    ["Rp1.283.419.000", 1283419000, false],
    ["Rp 7.095.515.222", 7095515222, false],
    ["94,19%", 0.9419, true],
    ["60 %", 0.6, true],
    ["60%", 0.6, true],
    ["99,57%", 0.9957, true],
    ["165,95%", 1.6595, true],
    ["99,57", 99.57, false],
    ["89,63", 89.63, false],
    // Thousands "." win the tie: Indonesian
    ["1.000", 1000, false],
    ["12.500", 12500, false],
    ["1.000,5", 1000.5, false],
    ["1.283.419.000,00", 1283419000, false],
    ["Rp 5.000,-", 5000, false],
    ["Rp 5.000.-", 5000, false],
    ["IDR 2.500", 2500, false],
    ["rp 2.500", 2500, false],
    ["1,234", 1.234, false],
    // English spelling when unambiguous
    ["1,234.56", 1234.56, false],
    ["1,234,567", 1234567, false],
    ["1,234,567.5", 1234567.5, false],
    ["99.57", 99.57, false],
    ["0.500", 0.5, false],
    ["12.5%", 0.125, true],
    // Signs
    ["-1.000", -1000, false],
    ["(1.000)", -1000, false],
    ["\u22121.000", -1000, false],
    ["-Rp 1.000", -1000, false],
    ["Rp -1.000", -1000, false],
    ["(Rp 5.000,-)", -5000, false],
    ["Rp (5.000)", -5000, false],
    ["-20%", -0.2, true],
    ["+5", 5, false],
    ["-0", 0, false],
    // Spacing
    ["  42  ", 42, false],
    ["Rp\u00a01.283.419.000", 1283419000, false],
    ["0", 0, false],
    ["007", 7, false],
    // A leading zero or four decimals cannot be thousands: a decimal point
    ["01.000", 1, false],
    ["1.0000", 1, false],
  ])("%j -> %p (percent %p)", (text, value, percent) => {
    expect(parseIndonesianNumber(text)).toEqual({ value, percent });
  });

  test.each([
    "",
    "   ",
    "abc",
    "Rp",
    "%",
    "1.2.3",
    "1,2,3",
    "1.234.56",
    "1.000,000,5",
    "1..000",
    "1.",
    "1,",
    ".5",
    "1e3",
    "12 abc",
    "--1",
    "(1.000",
    "- (1.000)",
    "Rp 1.000 Rp",
    "Sangat Baik",
    "NaN",
    "Infinity",
  ])("%j is not a number", (text) => {
    expect(parseIndonesianNumber(text)).toBeNull();
  });

  test("percentages are the exact double of the decimal fraction", () => {
    expect(parseIndonesianNumber("94,19%")?.value).toBe(0.9419);
    expect(parseIndonesianNumber("0,07%")?.value).toBe(0.0007);
    expect(parseIndonesianNumber("33,33%")?.value).toBe(0.3333);
  });

  test("any integer written with Indonesian thousands separators reads back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = `Rp ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
        expect(parseIndonesianNumber(text)).toEqual({ value: n, percent: false });
      })
    );
  });

  test("any two-decimal percentage reads back as the double of its decimal fraction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_00 }), (hundredths) => {
        const text = `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, "0")}%`;
        expect(parseIndonesianNumber(text)?.value).toBe(Number(`${hundredths}e-4`));
      })
    );
  });
});
