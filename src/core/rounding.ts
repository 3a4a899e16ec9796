import type { Language } from "../i18n/language";

/**
 * Rounding the way Excel's ROUND does: Excel first sees a double as its 15 significant decimal
 * digits, then rounds half away from zero on that decimal value. So ROUND(1.005; 2) is 1,01 although
 * the double 1.005 lies just below it, and 27.895.000 / 28.000.000 shows as 99,63%.
 */
interface DecimalParts {
  negative: boolean;
  integer: string;
  fraction: string;
}

/**
 * |x| as Excel sees it: its 15 significant decimal digits (no leading zero unless x is 0) and the
 * exponent of the first.
 */
function significantDigits(x: number): { significant: string; exponent: number } {
  const text = Math.abs(x).toExponential(14); // "d.dddddddddddddde±n"
  const e = text.indexOf("e");
  return { significant: text[0] + text.slice(2, e), exponent: Number(text.slice(e + 1)) };
}

/**
 * The first `keep` digits of a 15-digit significand, rounded half up on the next digit, as an
 * integer. 0 <= keep < 15, so the result is at most 10^15: a safe integer, exact in a double.
 */
function keptDigits(significant: string, keep: number): number {
  const head = keep === 0 ? 0 : Number(significant.slice(0, keep));
  return significant.charCodeAt(keep) >= 53 /* "5" */ ? head + 1 : head;
}

/**
 * x × 10^shift rounded to `digits` decimals as Excel rounds (half away from zero on its 15
 * significant digits), as decimal digit strings.
 */
function roundedDecimal(x: number, digits: number, shift = 0): DecimalParts {
  const negative = x < 0;
  // The result × 10^digits as an integer's digits, without leading zeros ("0" when nothing is left).
  const power = digits + shift;
  const kept = power >= -22 && power <= 22 ? keptScaled(Math.abs(x), power) : undefined;
  let text = kept !== undefined ? String(kept) : keptText(x, power);
  const zero = text === "0";
  if (digits > 0) {
    text = text.padStart(digits + 1, "0");
    return {
      negative: negative && !zero,
      integer: text.slice(0, -digits),
      fraction: text.slice(-digits),
    };
  }
  const integer = zero ? "0" : text + "0".repeat(-digits);
  return { negative: negative && !zero, integer, fraction: "" };
}

/** The digits of |x| × 10^power rounded half up on its 15 significant digits (string arithmetic). */
function keptText(x: number, power: number): string {
  if (x === 0) return "0";
  const { significant, exponent } = significantDigits(x);
  // Digit i of `significant` has place value 10^(exponent - i); keep those down to 10^(-power).
  const keep = exponent + power + 1;
  if (keep < 0) return "0";
  if (keep >= significant.length) return significant + "0".repeat(keep - significant.length);
  return String(keptDigits(significant, keep));
}

/** 10^0 … 10^22: the powers of ten a double holds exactly (literals, so no Math.pow rounding). */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
];

/** n × 10^power, correctly rounded, for a safe integer n; undefined when 10^|power| is not exact. */
function scaleExact(n: number, power: number): number | undefined {
  if (power >= 0) return power <= 22 ? n * POWERS_OF_TEN[power] : undefined;
  return power >= -22 ? n / POWERS_OF_TEN[-power] : undefined;
}

export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const d = Math.trunc(digits);
  if (d >= -22 && d <= 22) {
    const value = roundScaled(Math.abs(x), d) ?? roundDigits(Math.abs(x), d);
    if (value !== undefined) return x < 0 && value !== 0 ? -value : value;
  }
  const parts = roundedDecimal(x, d);
  const value = Number(`${parts.integer}.${parts.fraction || "0"}`);
  return parts.negative ? -value : value;
}

/**
 * ROUND(x; d) for x > 0 without looking at its decimal digits, when they cannot matter. Let D be
 * the 15-digit decimal Excel sees and s the double x × 10^d (10^d is exact, so s is x × 10^d
 * within a relative 2^-53). D and x differ by at most 5e-15 × x, so s lies within 1e-14 × s of
 * D × 10^d. When s is farther than that from a half, D × 10^d rounds (half up) to the same
 * integer n as s, and the result is n / 10^d, as the decimal path computes it. Near a half it
 * gives up (undefined).
 */
function roundScaled(x: number, d: number): number | undefined {
  const kept = keptScaled(x, d);
  return kept === undefined ? undefined : scaleExact(kept, -d);
}

/**
 * The integer D × 10^d rounds to (half up) for x >= 0 and |d| <= 22, D being x's 15-digit
 * decimal, found without D as roundScaled argues; undefined near a half.
 */
function keptScaled(x: number, d: number): number | undefined {
  const scaled = d >= 0 ? x * POWERS_OF_TEN[d] : x / POWERS_OF_TEN[-d];
  if (!(scaled < 2 ** 52)) return undefined;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole; // exact below 2^52
  if (Math.abs(fraction - 0.5) <= scaled * 1e-14 + 1e-300) return undefined;
  return fraction < 0.5 ? whole : whole + 1;
}

/**
 * ROUND(x; d) for x > 0 from its 15 significant digits. The result is the integer of the kept
 * digits times 10^-d (or the 15-digit value itself when every digit is kept): both factors are
 * exact doubles, so one IEEE multiplication or division rounds it exactly as parsing its decimal
 * text would. Undefined when a power of ten beyond 10^22 would be needed.
 */
function roundDigits(x: number, d: number): number | undefined {
  const { significant, exponent } = significantDigits(x);
  const keep = exponent + d + 1;
  if (keep < 0) return 0;
  if (keep >= significant.length) {
    return scaleExact(Number(significant), exponent - (significant.length - 1));
  }
  return scaleExact(keptDigits(significant, keep), -d);
}

const SEPARATORS: Record<Language, { group: string; decimal: string }> = {
  id: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function formatParts(parts: DecimalParts, lang: Language): string {
  const { group, decimal } = SEPARATORS[lang];
  const grouped = parts.integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = parts.fraction ? `${grouped}${decimal}${parts.fraction}` : grouped;
  return parts.negative ? `-${body}` : body;
}

/** A number with thousands and decimal separators, e.g. formatNumber(1283419000.5, 2) -> "1.283.419.000,50". */
export function formatNumber(x: number, digits = 0, lang: Language = "id"): string {
  if (!Number.isFinite(x)) return String(x);
  return formatParts(roundedDecimal(x, Math.max(0, Math.trunc(digits))), lang);
}

export function formatNumberId(x: number, digits = 0): string {
  return formatNumber(x, digits, "id");
}

/** A fraction as a percentage: 0.99625 -> "99,63%" (id) or "99.63%" (en). */
export function formatPercent(fraction: number, digits = 2, lang: Language = "id"): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  return `${formatParts(roundedDecimal(fraction, Math.max(0, Math.trunc(digits)), 2), lang)}%`;
}

/** Money as the seed writes it: "Rp 1.283.419.000"; cents only when asked for. */
export function formatRupiah(x: number, digits = 0): string {
  const text = formatNumber(Math.abs(x), digits, "id");
  return x < 0 && /[1-9]/.test(text) ? `-Rp ${text}` : `Rp ${text}`;
}
