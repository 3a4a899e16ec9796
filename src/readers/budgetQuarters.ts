import type { SourcedNumber } from "../model/cellRef";
import type { Finding } from "../model/finding";
import {
  TRIWULAN,
  type BudgetQuarters,
  type QuarterFigures,
  type Triwulan,
} from "../model/quarters";
import { readPlainNumber } from "./cellNumber";
import { money, sameAmount } from "./figures";
import type { HeaderMatch } from "./headerFinder";
import { quarterGapFindings, quarterName, quarterSum } from "./quarterFigures";
import type { SheetView } from "./sheetView";

/** Quarter -> column of a budget sheet's quarterly realisasi ("Realisasi TW I", "s.d. TW II"). */
export interface BudgetQuarterColumns {
  perQuarter: Map<Triwulan, number>;
  cumulative: Map<Triwulan, number>;
}

export function budgetQuarterColumns(header: HeaderMatch): BudgetQuarterColumns {
  const result: BudgetQuarterColumns = { perQuarter: new Map(), cumulative: new Map() };
  for (const [role, cols] of header.columns) {
    const [kind, quarter] = role.split(":");
    if (kind === "realisasiTw") result.perQuarter.set(Number(quarter) as Triwulan, cols[0]);
    if (kind === "realisasiSd") result.cumulative.set(Number(quarter) as Triwulan, cols[0]);
  }
  return result;
}

export function hasQuarterColumns(columns: BudgetQuarterColumns): boolean {
  return columns.perQuarter.size > 0 || columns.cumulative.size > 0;
}

/** One row's quarterly realisasi; undefined when the sheet has no quarterly column. */
export function readBudgetQuarters(
  view: SheetView,
  row: number,
  columns: BudgetQuarterColumns,
  findings: Finding[]
): BudgetQuarters | undefined {
  if (!hasQuarterColumns(columns)) return undefined;
  const read = (map: Map<Triwulan, number>): QuarterFigures => {
    const out: QuarterFigures = {};
    for (const quarter of TRIWULAN) {
      const col = map.get(quarter);
      if (col !== undefined) out[quarter] = readPlainNumber(view, row, col, findings);
    }
    return out;
  };
  return { perQuarter: read(columns.perQuarter), cumulative: read(columns.cumulative) };
}

/**
 * The year's realisasi of a sheet with no annual realisasi column: the latest cumulative
 * figure ("s.d. TW IV") when the sheet has one at least as late as its per-quarter columns,
 * else the sum of the per-quarter figures, written in the tables as a SUM of those cells.
 */
export function realisasiFromQuarters(quarters: BudgetQuarters): SourcedNumber {
  const latestCumulative = [...TRIWULAN]
    .reverse()
    .find((quarter) => quarters.cumulative[quarter]?.value != null);
  const lastPerQuarter = Math.max(
    0,
    ...TRIWULAN.filter((quarter) => quarters.perQuarter[quarter] !== undefined)
  );
  if (latestCumulative !== undefined && latestCumulative >= lastPerQuarter) {
    return quarters.cumulative[latestCumulative]!;
  }
  const cells = TRIWULAN.map((quarter) => quarters.perQuarter[quarter]).filter(
    (cell): cell is SourcedNumber => cell !== undefined
  );
  if (cells.length === 0) {
    const anyCumulative = TRIWULAN.map((quarter) => quarters.cumulative[quarter]).find(Boolean);
    return anyCumulative!;
  }
  return { value: quarterSum(quarters.perQuarter), ref: cells[0].ref, sumOf: cells };
}

/** Which quarterly columns stand for the year's realisasi, for the finding that says so. */
export function quarterColumnsText(columns: BudgetQuarterColumns): string {
  const names = (map: Map<Triwulan, number>, prefix: string) =>
    [...map.keys()].sort().map((quarter) => `${prefix}${quarterName(quarter)}`);
  return [...names(columns.perQuarter, ""), ...names(columns.cumulative, "s.d. ")].join(", ");
}

/**
 * A budget line's quarterly checks: quarters left empty between filled ones, and quarters that
 * add up to (or a cumulative figure that reaches) more than the annual realisasi column.
 */
export function checkBudgetQuarters(
  name: string,
  quarters: BudgetQuarters,
  annual: SourcedNumber | undefined
): Finding[] {
  const findings = [
    ...quarterGapFindings(quarters.perQuarter, name, undefined),
    ...quarterGapFindings(quarters.cumulative, name, undefined),
  ];
  if (!annual || annual.value === null || annual.sumOf) return findings;
  const sum = quarterSum(quarters.perQuarter);
  const latest = [...TRIWULAN].reverse().find((q) => quarters.cumulative[q]?.value != null);
  const reached = latest === undefined ? null : quarters.cumulative[latest]!.value;
  const highest = Math.max(sum ?? -Infinity, reached ?? -Infinity);
  if (!Number.isFinite(highest) || highest <= annual.value || sameAmount(highest, annual.value)) {
    return findings;
  }
  findings.push({
    severity: "warning",
    code: "finding.quarterSumAboveRealisasi",
    ref: annual.ref,
    params: { name, sum: money(highest), annual: money(annual.value) },
  });
  return findings;
}
