import { formatPercent, formatRupiah } from "../core/rounding";

/** Money for a finding's message: "Rp 1.283.419.000", with cents only when the cell has them. */
export function money(value: number): string {
  return formatRupiah(value, Number.isInteger(value) ? 0 : 2);
}

export function percent(fraction: number, digits = 2): string {
  return formatPercent(fraction, digits, "id");
}

/** Amounts typed in whole Rupiah (or cents) compare equal below half a cent. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}
