import fc from "fast-check";
import {
  excelRound,
  formatNumber,
  formatNumberId,
  formatPercent,
  formatRupiah,
} from "../../src/core/rounding";

/**
 * The original implementation (BigInt on the digits of toExponential(14)), kept as the reference
 * the fast paths of src/core/rounding.ts must agree with bit for bit.
 */
function referenceParts(x: number, digits: number, shift = 0) {
  const negative = x < 0;
  const [mantissa, exponentText] = Math.abs(x).toExponential(14).split("e");
  const significant = mantissa.replace(".", "");
  const exponent = Number(exponentText) + shift;
  const keep = exponent + digits + 1;
  let kept: bigint;
  if (keep < 0) {
    kept = 0n;
  } else if (keep >= significant.length) {
    kept = BigInt(significant) * 10n ** BigInt(keep - significant.length);
  } else {
    kept = BigInt(significant.slice(0, keep) || "0");
    if (significant.charCodeAt(keep) >= 53) kept += 1n;
  }
  let text = kept.toString();
  if (digits > 0) {
    text = text.padStart(digits + 1, "0");
    return {
      negative: negative && kept !== 0n,
      integer: text.slice(0, -digits),
      fraction: text.slice(-digits),
    };
  }
  const integer = kept === 0n ? "0" : text + "0".repeat(-digits);
  return { negative: negative && kept !== 0n, integer, fraction: "" };
}

function referenceExcelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const parts = referenceParts(x, Math.trunc(digits));
  const value = Number(`${parts.integer}.${parts.fraction || "0"}`);
  return parts.negative ? -value : value;
}

function referenceFormat(x: number, digits: number, shift: number): string {
  const parts = referenceParts(x, digits, shift);
  const grouped = parts.integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = parts.fraction ? `${grouped},${parts.fraction}` : grouped;
  return parts.negative ? `-${body}` : body;
}

/** Doubles of every kind: any bit pattern, money, percentages, ties at a few decimals, tiny and huge. */
const anyDouble = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e16, max: 1e16, noNaN: true }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
  fc
    .tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 1, max: 1e7 }))
    .map(([a, b]) => (a / b) * 100),
  fc
    .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -330, max: 310 }))
    .map(([n, e]) => Number(`${n}5e${e}`)),
  // Just beside a decimal tie, where the 15 digits decide.
  fc
    .tuple(
      fc.integer({ min: -9_999_999, max: 9_999_999 }),
      fc.integer({ min: -12, max: 12 }),
      fc.integer({ min: -8, max: 8 })
    )
    .map(([n, e, ulps]) => Number(`${n}5e${e}`) * (1 + ulps * Number.EPSILON)),
  fc.constantFrom(
    5e-324,
    -5e-324,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    1e-7,
    9.999999999999999e22,
    1e23
  )
);
const anyDigits = fc.oneof(
  fc.integer({ min: -3, max: 6 }),
  fc.integer({ min: -40, max: 40 }),
  fc.double({ min: -30, max: 30, noNaN: true })
);

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

  test("agrees bit for bit with the reference implementation (fast-check)", () => {
    fc.assert(
      fc.property(anyDouble, anyDigits, (x, digits) =>
        Object.is(excelRound(x, digits), referenceExcelRound(x, digits))
      ),
      { numRuns: 50_000 }
    );
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

  test("number and percent texts agree with the reference implementation (fast-check)", () => {
    fc.assert(
      fc.property(anyDouble, fc.integer({ min: 0, max: 40 }), (x, digits) => {
        fc.pre(Number.isFinite(x));
        return (
          formatNumberId(x, digits) === referenceFormat(x, digits, 0) &&
          formatPercent(x, digits) === `${referenceFormat(x, digits, 2)}%`
        );
      }),
      { numRuns: 20_000 }
    );
  });

  test("English grouping", () => {
    expect(formatNumber(1283419000.5, 2, "en")).toBe("1,283,419,000.50");
  });
});
