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

/** x × 10^shift rounded to `digits` decimals, as decimal digit strings (no float arithmetic). */
function roundedDecimal(x: number, digits: number, shift = 0): DecimalParts {
  const negative = x < 0;
  const [mantissa, exponentText] = Math.abs(x).toExponential(14).split("e");
  const significant = mantissa.replace(".", "");
  const exponent = Number(exponentText) + shift;
  // Digit i of `significant` has place value 10^(exponent - i); keep those down to 10^(-digits).
  const keep = exponent + digits + 1;
  let kept: bigint;
  if (keep < 0) {
    kept = 0n;
  } else if (keep >= significant.length) {
    kept = BigInt(significant) * 10n ** BigInt(keep - significant.length);
  } else {
    kept = BigInt(significant.slice(0, keep) || "0");
    if (significant.charCodeAt(keep) >= 53 /* "5" */) kept += 1n;
  }
  // kept is the result × 10^digits.
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

export function excelRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const d = Math.trunc(digits);
  const parts = roundedDecimal(x, d);
  const value = Number(`${parts.integer}.${parts.fraction || "0"}`);
  return parts.negative ? -value : value;
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
