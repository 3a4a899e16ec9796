import type { GridValue, SheetGrid } from "../../src/workbook/grid";
import { grid } from "./gridBuilder";

/** The mid-year budget sheet of the quarterly tests: a 2024 realisation, read by its name. */
export const QUARTER_BUDGET_SHEET = "Realisasi 2024";

/** "Realisasi TW I" … "Realisasi TW IV": one realisasi column per quarter, no annual one. */
export const REALISASI_PER_QUARTER = ["TW I", "TW II", "TW III", "TW IV"].map(
  (quarter) => `Realisasi ${quarter}`
);

/** Program 1 with a pagu of Rp 100.000.000, then its cells under the realisasi columns. */
export function rehabilitasiRow(...realisasi: (number | null)[]): GridValue[] {
  return [1, "PROGRAM REHABILITASI SOSIAL", 100_000_000, ...realisasi];
}

/** The budget sheet: No, Program/Kegiatan, Pagu, then the realisasi columns given; a row each. */
export function quarterBudgetGrid(realisasiColumns: string[], rows: GridValue[][]): SheetGrid {
  return grid(QUARTER_BUDGET_SHEET, [
    ["No", "Program/Kegiatan", "Pagu", ...realisasiColumns],
    ...rows,
  ]);
}
