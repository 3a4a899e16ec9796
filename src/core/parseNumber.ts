/**
 * Numbers typed the Indonesian way ("Rp 1.283.419.000", "Rp. 1.125.802.250,-", "94,19%", "60 %")
 * and, where unambiguous, the English way ("1,234.56"). Thousands "." and decimals "," win every
 * tie, because that is how the users' sheets are typed: "1.000" is one thousand.
 */
export interface ParsedNumber {
  value: number;
  /** True when the text ended in "%": value is then the fraction ("60%" -> 0.6). */
  percent: boolean;
}

const CURRENCY_PREFIX = /^(?:rp\.?|idr)\s*/i;
/** ",-" closes a Rupiah amount in Indonesian writing ("Rp 5.000,-"): no decimals follow. */
const MONEY_SUFFIX = /[.,]\s*[-\u2013\u2014]$/;
const BODY = /^\d[\d.,]*$/;

export function parseIndonesianNumber(text: string): ParsedNumber | null {
  let s = text
    .replace(/[\u00a0\u202f\u2007\t]/g, " ")
    .replace(/\u2212/g, "-")
    .trim();
  let negative = false;
  let percent = false;

  // The sign may stand before or after the currency, as "-" or as accounting parentheses.
  for (let pass = 0; pass < 2; pass++) {
    const signed = stripSign(s);
    if (signed.negative) {
      if (negative) return null;
      negative = true;
    }
    s = signed.rest;
    if (pass === 0) s = s.replace(CURRENCY_PREFIX, "");
  }

  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  } else if (MONEY_SUFFIX.test(s)) {
    s = s.replace(MONEY_SUFFIX, "");
  }
  if (!BODY.test(s) || /[.,]$/.test(s)) return null;

  const parts = splitDecimal(s);
  if (parts === null) return null;
  const exponent = parts.fraction.length + (percent ? 2 : 0);
  // One decimal-to-double conversion, so "94,19%" is exactly the double 0.9419.
  const magnitude = Number(`${parts.integer}${parts.fraction}e-${exponent}`);
  if (!Number.isFinite(magnitude)) return null;
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { value, percent };
}

function stripSign(s: string): { negative: boolean; rest: string } {
  if (s.startsWith("(") && s.endsWith(")")) {
    return { negative: true, rest: s.slice(1, -1).trim() };
  }
  if (s.startsWith("-")) return { negative: true, rest: s.slice(1).trim() };
  if (s.startsWith("+")) return { negative: false, rest: s.slice(1).trim() };
  return { negative: false, rest: s };
}

/** Digits before and after the decimal separator, or null when the separators make no sense. */
function splitDecimal(body: string): { integer: string; fraction: string } | null {
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal separator and occurs once.
    const decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    if (count(body, decimal) !== 1) return null;
    const [integer, fraction] = body.split(decimal);
    return isGrouped(integer, group) ? { integer: ungroup(integer, group), fraction } : null;
  }
  if (commas > 0 || dots > 0) {
    const separator = commas > 0 ? "," : ".";
    const many = commas + dots > 1;
    if (many)
      return isGrouped(body, separator)
        ? { integer: ungroup(body, separator), fraction: "" }
        : null;
    // A single separator: "1.000" is a thousand (Indonesian), "99,57" and "99.57" are decimals.
    if (separator === "." && isGrouped(body, "."))
      return { integer: ungroup(body, "."), fraction: "" };
    const [integer, fraction] = body.split(separator);
    return { integer, fraction };
  }
  return { integer: body, fraction: "" };
}

function isGrouped(integer: string, separator: string): boolean {
  if (!integer.includes(separator)) return /^\d+$/.test(integer);
  const sep = separator === "." ? "\\." : ",";
  return new RegExp(`^[1-9]\\d{0,2}(?:${sep}\\d{3})+$`).test(integer);
}

function ungroup(text: string, separator: string): string {
  return text.split(separator).join("");
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
