import type { CellRef } from "../model/cellRef";
import type { SheetView } from "./sheetView";

const YEAR = /\b(19[5-9]\d|20\d{2})\b/g;
const TAGGED_YEAR =
  /\b(?:tahun|th|thn|ta|t\.a|anggaran|tahun anggaran)\.?\s*(19[5-9]\d|20\d{2})\b/i;
/** A period such as "2015-2019" or "2015 s.d. 2019" names a Renstra, not a budget year. */
const PERIOD = /\b(19|20)\d{2}\s*(?:-|–|s\.?\s?d\.?|sampai)\s*(19|20)\d{2}\b/gi;

/** The year a text names: one after "Tahun"/"Th."/"TA", else its only year; null when unclear. */
export function yearFromText(text: string): number | null {
  const tagged = TAGGED_YEAR.exec(text);
  if (tagged) return Number(tagged[1]);
  const withoutPeriods = text.replace(PERIOD, " ");
  const years = new Set([...withoutPeriods.matchAll(YEAR)].map((match) => Number(match[1])));
  return years.size === 1 ? [...years][0] : null;
}

export interface FoundYear {
  year: number;
  source: CellRef | "sheetName";
}

/** The year in the rows above a table (its title block), with the cell that states it. */
export function titleYear(view: SheetView, beforeRow: number): FoundYear | null {
  for (let row = view.firstRow; row < beforeRow; row++) {
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const value = view.raw(row, col);
      if (typeof value !== "string") continue;
      const year = yearFromText(value);
      if (year !== null) return { year, source: view.ref(row, col) };
    }
  }
  return null;
}

export function sheetNameYear(name: string): FoundYear | null {
  const year = yearFromText(name);
  return year === null ? null : { year, source: "sheetName" };
}
