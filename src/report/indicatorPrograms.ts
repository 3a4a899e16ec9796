import type { BudgetLine } from "../model/budget";
import type { Attribution } from "../model/indicators";
import { rowOfAddress } from "../workbook/cellAddress";
import type { ReportContext } from "./context";

/** The programs serving one sasaran, in budget order. */
export interface SasaranPrograms {
  /** For each indicator (by index), the programs the cascading sheet links to it. */
  own: BudgetLine[][];
  /** Programs serving the sasaran as a whole: every one where the sheet links to sasaran only. */
  shared: BudgetLine[];
  /** Every program attributed to the sasaran, each once. */
  all: BudgetLine[];
}

/** The programs of the year's budget by sasaran and by indicator. */
export interface ProgramsByIndicator {
  bySasaran: Map<number, SasaranPrograms>;
  /** Sasaran indexes some of whose programs the cascading sheet links to single indicators. */
  byIndikator: Set<number>;
  /** Programs attributed to no sasaran (program pendukung). */
  pendukung: BudgetLine[];
}

/**
 * Which programs serve each indicator: those the cascading sheet links to it, plus those serving
 * its sasaran as a whole (all of them, where the sheet links programs to sasaran only). A program
 * the user attributed by hand serves its sasaran as a whole.
 */
export function programsByIndicator(context: ReportContext): ProgramsByIndicator {
  const result: ProgramsByIndicator = {
    bySasaran: new Map(),
    byIndikator: new Set(),
    pendukung: [],
  };
  const budget = context.budget;
  if (!budget) return result;
  (context.model.indicators?.sasaran ?? []).forEach((sasaran, index) => {
    result.bySasaran.set(index, { own: sasaran.indikator.map(() => []), shared: [], all: [] });
  });
  const attributionOf = attributionsByRow(context.model.attributions);
  for (const program of budget.programs) {
    const attribution = attributionOf.get(program.name.ref.sheet)?.get(program.row);
    const sasaranIndex = attribution?.sasaranIndex ?? null;
    const programs = sasaranIndex === null ? undefined : result.bySasaran.get(sasaranIndex);
    if (sasaranIndex === null || !programs) {
      result.pendukung.push(program);
      continue;
    }
    programs.all.push(program);
    const served = attribution?.indikatorIndexes?.filter((i) => i < programs.own.length) ?? [];
    if (served.length === 0) {
      programs.shared.push(program);
      continue;
    }
    result.byIndikator.add(sasaranIndex);
    for (const i of served) programs.own[i].push(program);
  }
  return result;
}

/** The programs serving one indicator (its own and its sasaran's), in budget order. */
export function programsOfIndicator(
  programs: ProgramsByIndicator,
  sasaranIndex: number,
  indikatorIndex: number
): BudgetLine[] {
  const ofSasaran = programs.bySasaran.get(sasaranIndex);
  if (!ofSasaran) return [];
  const own = ofSasaran.own[indikatorIndex] ?? [];
  if (own.length === 0) return ofSasaran.shared;
  const served = new Set([...own, ...ofSasaran.shared]);
  return ofSasaran.all.filter((program) => served.has(program));
}

/** The first attribution of each program row (sheet and row), looked up instead of searched. */
export function attributionsByRow(
  attributions: readonly Attribution[]
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
