import type { BudgetLine } from "../model/budget";
import type { Attribution } from "../model/indicators";
import { rowOfAddress } from "../workbook/cellAddress";
import type { ReportContext } from "./context";

/** The programs of the year's budget by sasaran and by indicator, in budget order. */
export interface ProgramsByIndicator {
  /** Sasaran index -> for each of its indicators (by index), the programs serving it. */
  perIndikator: Map<number, BudgetLine[][]>;
  /** Sasaran index -> every program attributed to it (each once). */
  perSasaran: Map<number, BudgetLine[]>;
  /** Sasaran indexes whose programs the cascading sheet links to single indicators. */
  byIndikator: Set<number>;
  /** Programs attributed to no sasaran (program pendukung). */
  pendukung: BudgetLine[];
}

/**
 * Which programs serve each indicator: those the cascading sheet links to it, plus those linked
 * to its sasaran as a whole (every program, where the sheet links programs to sasaran only).
 * A program the user attributed by hand serves its sasaran as a whole.
 */
export function programsByIndicator(context: ReportContext): ProgramsByIndicator {
  const result: ProgramsByIndicator = {
    perIndikator: new Map(),
    perSasaran: new Map(),
    byIndikator: new Set(),
    pendukung: [],
  };
  const budget = context.budget;
  if (!budget) return result;
  const sasaranList = context.model.indicators?.sasaran ?? [];
  sasaranList.forEach((sasaran, index) => {
    result.perIndikator.set(
      index,
      sasaran.indikator.map(() => [])
    );
    result.perSasaran.set(index, []);
  });
  const attributionOf = attributionsByRow(context.model.attributions);
  for (const program of budget.programs) {
    const attribution = attributionOf.get(program.name.ref.sheet)?.get(program.row);
    const sasaranIndex = attribution?.sasaranIndex ?? null;
    const perIndikator = sasaranIndex === null ? undefined : result.perIndikator.get(sasaranIndex);
    if (sasaranIndex === null || !perIndikator) {
      result.pendukung.push(program);
      continue;
    }
    result.perSasaran.get(sasaranIndex)!.push(program);
    const served = attribution?.indikatorIndexes?.filter((i) => i < perIndikator.length);
    if (served && served.length > 0) result.byIndikator.add(sasaranIndex);
    perIndikator.forEach((programs, i) => {
      if (!served || served.length === 0 || served.includes(i)) programs.push(program);
    });
  }
  return result;
}

/** The programs serving one indicator (sasaran index, indicator index within it). */
export function programsOfIndicator(
  programs: ProgramsByIndicator,
  sasaranIndex: number,
  indikatorIndex: number
): BudgetLine[] {
  return programs.perIndikator.get(sasaranIndex)?.[indikatorIndex] ?? [];
}

/** The first attribution of each program row (sheet and row), looked up instead of searched. */
export function attributionsByRow(
  attributions: Attribution[]
): Map<string, Map<number, Attribution>> {
  const byRow = new Map<string, Map<number, Attribution>>();
  for (const candidate of attributions) {
    let rows = byRow.get(candidate.programRef.sheet);
    if (!rows) byRow.set(candidate.programRef.sheet, (rows = new Map()));
    const row = rowOfAddress(candidate.programRef.address);
    if (!rows.has(row)) rows.set(row, candidate);
  }
  return byRow;
}
