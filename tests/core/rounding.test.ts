import fc from "fast-check";
import {
  excelRound,
  formatNumber,
  formatNumberId,
  formatPercent,
  formatRupiah,
} from "../../src/core/rounding";

describe("excelRound: half away from zero on the decimal value, as Excel's ROUND", () => {
  test.each<[number, number, number]>([
    [1.005, 2, 1.01],
    [(27895000 / 28000000) * 100, 2, 99.63],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.4999, 0, 1],
    [0.125, 2, 0.13],
    [-0.125, 2, -0.13],
    [1.0049999, 2, 1],
    [0.285, 2, 0.29],
    [1.255, 2, 1.26],
    [2.675, 2, 2.68],
    [1234.5, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [49, -2, 0],
    [0.004, 2, 0],
    [-0.004, 2, 0],
    [0, 2, 0],
    [99.57 / 60, 4, 1.6595],
    [3307232516 / 4002524072, 4, 0.8263],
    [123456789.123, 0, 123456789],
    [1e-20, 2, 0],
    [5e-7, 6, 0.000001],
    [1e21, 2, 1e21],
    [0.1 + 0.2, 15, 0.3],
    [1.23456, 10, 1.23456],
  ])("ROUND(%p; %p) = %p", (x, digits, expected) => {
    expect(excelRound(x, digits)).toBe(expected);
  });

  test("never returns -0", () => {
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
  });

  test("non-finite values pass through", () => {
    expect(excelRound(Infinity, 2)).toBe(Infinity);
    expect(excelRound(NaN, 2)).toBeNaN();
  });

  test("agrees with exact decimal rounding of any two-decimal-plus-half value", () => {
    // x = n/1000 with last digit 5 is a tie in decimal: Excel goes away from zero.
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
        const x = Number(`${n * 10 + (n < 0 ? -5 : 5)}e-3`);
        const expected = Number(`${n + (n < 0 ? -1 : 1)}e-2`);
        expect(excelRound(x, 2)).toBe(expected);
      })
    );
  });
});

describe("formatting", () => {
  test.each<[number, number | undefined, "id" | "en" | undefined, string]>([
    [27895000 / 28000000, 2, "id", "99,63%"],
    [27895000 / 28000000, 2, "en", "99.63%"],
    [89.63 / 80, undefined, undefined, "112,04%"],
    [99.57 / 60, 2, "id", "165,95%"],
    [3307232516 / 4002524072, 2, "id", "82,63%"],
    [99.57 / 85, 2, "id", "117,14%"],
    [4002524072 / 7095515222, 2, "id", "56,41%"],
    [6268903009 / 7095515222, 2, "id", "88,35%"],
    [0.8263 / 1.6595, 2, "id", "49,79%"],
    [12.345, 2, "id", "1.234,50%"],
    [-0.2, 0, "id", "-20%"],
    [-0.00001, 2, "id", "0,00%"],
    [0, 2, "en", "0.00%"],
  ])("formatPercent(%p, %p, %p) = %p", (fraction, digits, lang, text) => {
    expect(formatPercent(fraction, digits, lang)).toBe(text);
  });

  test.each<[number, string]>([
    [1283419000, "Rp 1.283.419.000"],
    [7095515222, "Rp 7.095.515.222"],
    [0, "Rp 0"],
    [999, "Rp 999"],
    [1000, "Rp 1.000"],
    [-1125802250, "-Rp 1.125.802.250"],
    [1283419000.5, "Rp 1.283.419.001"],
  ])("formatRupiah(%p) = %p", (x, text) => {
    expect(formatRupiah(x)).toBe(text);
  });

  test.each<[number, number, string]>([
    [1283419000.5, 2, "1.283.419.000,50"],
    [99.625, 2, "99,63"],
    [1.005, 2, "1,01"],
    [-1234567.891, 1, "-1.234.567,9"],
    [0.5, 0, "1"],
  ])("formatNumberId(%p, %p) = %p", (x, digits, text) => {
    expect(formatNumberId(x, digits)).toBe(text);
  });

  test("English grouping", () => {
    expect(formatNumber(1283419000.5, 2, "en")).toBe("1,283,419,000.50");
  });
});
