import type { SourcedNumber } from "./cellRef";

/** The four quarters (triwulan) of a budget year. */
export const TRIWULAN = [1, 2, 3, 4] as const;
export type Triwulan = (typeof TRIWULAN)[number];

/** Roman numerals as the agencies write quarters: "TW III". */
export const TRIWULAN_ROMAN: Record<Triwulan, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/**
 * How an indicator's quarterly figures add up: `kumulatif` (people served, documents made: the
 * quarters add) or `akhirPeriode` (percentages, indices: the latest quarter's value stands).
 */
export type Sifat = "kumulatif" | "akhirPeriode";

/** Figures of one quarter, keyed by quarter; a quarter without a column is absent. */
export type QuarterFigures = Partial<Record<Triwulan, SourcedNumber>>;

/** An indicator's quarterly targets and realisasi of one year. */
export interface IndicatorQuarters {
  realisasi: QuarterFigures;
  targets: QuarterFigures;
}

/**
 * A budget line's quarterly realisasi: `perQuarter` the amount spent in each quarter
 * ("Realisasi TW I"), `cumulative` the amount spent up to the end of a quarter
 * ("Realisasi s.d. TW II").
 */
export interface BudgetQuarters {
  perQuarter: QuarterFigures;
  cumulative: QuarterFigures;
}
