import { calcError, CalcError, isCalcError } from "./calcError";
import { CalcInput, coerceNumber, isEmptyInput } from "./coerce";
import { parseIndonesianNumber } from "./parseNumber";

export interface PredicateBand {
  /** Lower bound, as a fraction (89% -> 0.89) for the built-in scales. */
  min: number;
  /** true: value >= min; false: value > min. */
  inclusive: boolean;
  label: string;
}

export interface PredicateScale {
  name: string;
  /** Highest first. */
  bands: PredicateBand[];
  /** The label under every band; null when the scale has none (the value is then #N/A). */
  below: string | null;
  /**
   * "score100": the scale is a 0–100 evaluation score. A value above 1 is read as points (85 -> 0.85),
   * a value up to 1 as a fraction (85% -> 0.85). Absent: values are compared as they are.
   */
  unit?: "score100";
}

export type ScaleName = "LKJIP" | "PERMENDAGRI86" | "AKIP";

export const SCALES: Record<ScaleName, PredicateScale> = {
  // The seed's BAB III scale, its 80–89% gap and double 60%/40% closed with lower bounds (DOMAIN.md).
  LKJIP: {
    name: "LKJIP",
    bands: [
      { min: 0.89, inclusive: false, label: "Sangat Baik" },
      { min: 0.6, inclusive: true, label: "Baik" },
      { min: 0.4, inclusive: true, label: "Cukup" },
      { min: 0.2, inclusive: true, label: "Kurang" },
    ],
    below: "Sangat Kurang",
  },
  // Permendagri 86/2017 (evaluasi RKPD/Renstra): integer bands read as lower bounds.
  PERMENDAGRI86: {
    name: "PERMENDAGRI86",
    bands: [
      { min: 0.91, inclusive: true, label: "Sangat Tinggi" },
      { min: 0.76, inclusive: true, label: "Tinggi" },
      { min: 0.66, inclusive: true, label: "Sedang" },
      { min: 0.51, inclusive: true, label: "Rendah" },
    ],
    below: "Sangat Rendah",
  },
  // PermenPAN-RB 88/2021 SAKIP evaluation score (0–100), every bound strict.
  AKIP: {
    name: "AKIP",
    bands: [
      { min: 0.9, inclusive: false, label: "AA" },
      { min: 0.8, inclusive: false, label: "A" },
      { min: 0.7, inclusive: false, label: "BB" },
      { min: 0.6, inclusive: false, label: "B" },
      { min: 0.5, inclusive: false, label: "CC" },
      { min: 0.3, inclusive: false, label: "C" },
    ],
    below: "D",
    unit: "score100",
  },
};

export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

/** A built-in scale by name (case and spacing ignored), or #VALUE!. */
export function scaleByName(name: string): PredicateScale | CalcError {
  const key = name
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, "");
  const found = SCALE_NAMES.find((scaleName) => scaleName === key);
  return found
    ? SCALES[found]
    : calcError("VALUE", "functions.error.unknownChoice", {
        name: "skala",
        text: name.trim(),
        choices: SCALE_NAMES.join(", "),
      });
}

/**
 * The `skala` argument as a user gives it: nothing (the seed's LKJIP scale), a name, or a range of
 * (lower bound, label) rows. Excel hands a single cell or a typed text to a range parameter as [[x]].
 */
export function resolveScale(skala: unknown): PredicateScale | CalcError {
  if (isCalcError(skala)) return skala;
  if (isEmptyInput(skala)) return SCALES.LKJIP;
  if (typeof skala === "string") return scaleByName(skala);
  if (Array.isArray(skala) && skala.every((row) => Array.isArray(row))) {
    const rows = skala as unknown[][];
    if (rows.length === 1 && rows[0].length === 1) return resolveScale(rows[0][0]);
    return customScale(rows);
  }
  if (typeof skala === "object" && skala !== null && "bands" in skala)
    return skala as PredicateScale;
  return calcError("VALUE", "functions.error.unknownChoice", {
    name: "skala",
    text: String(skala),
    choices: SCALE_NAMES.join(", "),
  });
}

/** Excel compares at 15 significant digits; so do we, so 0,1×6 is exactly 60% and "Baik". */
function comparable(value: number, scale: PredicateScale): number {
  const scaled = scale.unit === "score100" && value > 1 ? value / 100 : value;
  return Number(scaled.toPrecision(15));
}

/** The label of `nilai` on the scale; the value's error wins over the scale's. */
export function predikat(
  nilai: CalcInput,
  scale: PredicateScale | CalcError = SCALES.LKJIP
): string | CalcError {
  const value = coerceNumber(nilai, "nilai");
  if (isCalcError(value)) return value;
  if (isCalcError(scale)) return scale;
  const v = comparable(value, scale);
  for (const band of scale.bands) {
    if (band.inclusive ? v >= band.min : v > band.min) return band.label;
  }
  return scale.below ?? calcError("NA", "functions.error.belowScale", { value });
}

const BOUND = /^\s*(>=|≥|=>|>)?\s*(.*)$/;

/**
 * A user's own scale from a two-column range: (lower bound, label) per row. Bounds are numbers or
 * text ("60%", ">89%", ">= 0,6"); ">" makes a bound strict, anything else is "at least". A row with
 * an empty bound gives the label under every band. A first row whose bound is not a number is a
 * header and is skipped. Bounds are compared with the value in the units written: "60%" and 0,6 are
 * the same bound, 60 is sixty.
 */
export function customScale(rows: unknown[][]): PredicateScale | CalcError {
  const bands: PredicateBand[] = [];
  let below: string | null = null;
  for (let i = 0; i < rows.length; i++) {
    const [bound, label] = rows[i] ?? [];
    if (isEmptyInput(bound) && isEmptyInput(label)) continue;
    const labelText = isEmptyInput(label) || isCalcError(label) ? null : String(label).trim();
    const invalid = calcError("VALUE", "functions.error.scaleRow", { row: i + 1 });
    if (labelText === null) return invalid;
    if (isEmptyInput(bound)) {
      if (below !== null) return invalid;
      below = labelText;
      continue;
    }
    const band = parseBand(bound, labelText);
    if (band === null) {
      if (i === 0 && typeof bound === "string") continue;
      return invalid;
    }
    bands.push(band);
  }
  if (bands.length === 0) return calcError("VALUE", "functions.error.scaleEmpty");
  bands.sort((a, b) => b.min - a.min || Number(a.inclusive) - Number(b.inclusive));
  for (let i = 1; i < bands.length; i++) {
    const same = bands[i].min === bands[i - 1].min && bands[i].inclusive === bands[i - 1].inclusive;
    if (same) return calcError("VALUE", "functions.error.scaleDuplicate", { bound: bands[i].min });
  }
  return { name: "custom", bands, below };
}

function parseBand(bound: unknown, label: string): PredicateBand | null {
  if (typeof bound === "number") {
    return Number.isFinite(bound) ? { min: bound, inclusive: true, label } : null;
  }
  if (typeof bound !== "string") return null;
  const match = BOUND.exec(bound);
  const parsed = match ? parseIndonesianNumber(match[2]) : null;
  if (!match || parsed === null) return null;
  return { min: parsed.value, inclusive: match[1] !== ">", label };
}

function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A native Excel formula (English names, "," separators) giving the same label as predikat(), for
 * the report generator: nested IFs from the highest band down, #N/A for an empty cell.
 */
export function predikatExcelFormula(
  valueRef: string,
  scale: PredicateScale = SCALES.LKJIP
): string {
  const x = scale.unit === "score100" ? `IF(${valueRef}>1,${valueRef}/100,${valueRef})` : valueRef;
  let formula = scale.below === null ? "NA()" : excelString(scale.below);
  for (let i = scale.bands.length - 1; i >= 0; i--) {
    const band = scale.bands[i];
    formula = `IF(${x}${band.inclusive ? ">=" : ">"}${band.min},${excelString(band.label)},${formula})`;
  }
  return `IF(ISBLANK(${valueRef}),NA(),${formula})`;
}
