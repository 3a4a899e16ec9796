import type { SourcedText } from "../model/cellRef";
import type { Finding } from "../model/finding";
import type { Indikator } from "../model/indicators";
import type { IndicatorQuarters, QuarterFigures, Sifat, Triwulan } from "../model/quarters";
import { formatNumber } from "../core/rounding";
import { plainNumber, readSourcedNumber } from "./cellNumber";
import { percent } from "./figures";
import type { HeaderMatch } from "./headerFinder";
import { yearUnknownFinding } from "./indicatorHeader";
import { quarterGapFindings, quarterSum } from "./quarterFigures";
import { sifatOf } from "./quarterWords";
import type { SheetView } from "./sheetView";

/** Quarterly columns of an indicator sheet, per year: quarter -> column. */
export type IndicatorQuarterColumns = Map<
  number,
  { realisasi: Map<Triwulan, number>; targets: Map<Triwulan, number> }
>;

/**
 * The quarterly target and realisasi columns ("Realisasi TW I 2024", "Target Triwulan II"), per
 * year; a label without a year is the report year's (the sheet is for one year), and with no
 * report year known it is reported and left out.
 */
export function indicatorQuarterColumns(
  view: SheetView,
  header: HeaderMatch,
  fallbackYear: number | undefined,
  findings: Finding[]
): IndicatorQuarterColumns {
  const result: IndicatorQuarterColumns = new Map();
  for (const [role, cols] of header.columns) {
    const [kind, quarterText, yearText] = role.split(":");
    if (kind !== "realisasiTw" && kind !== "targetTw") continue;
    const year = yearText ? Number(yearText) : fallbackYear;
    if (year === undefined) {
      findings.push(yearUnknownFinding(view, header, cols[0]));
      continue;
    }
    let entry = result.get(year);
    if (!entry) result.set(year, (entry = { realisasi: new Map(), targets: new Map() }));
    const map = kind === "targetTw" ? entry.targets : entry.realisasi;
    const quarter = Number(quarterText) as Triwulan;
    if (!map.has(quarter)) map.set(quarter, cols[0]);
  }
  return result;
}

/** One indicator row's quarterly figures, keyed by year; undefined when the sheet has none. */
export function readIndicatorQuarters(
  view: SheetView,
  row: number,
  columns: IndicatorQuarterColumns,
  findings: Finding[]
): Record<number, IndicatorQuarters> | undefined {
  if (columns.size === 0) return undefined;
  const read = (map: Map<Triwulan, number>): QuarterFigures => {
    const out: QuarterFigures = {};
    for (const [quarter, col] of map) {
      out[quarter] = plainNumber(readSourcedNumber(view, row, col, findings));
    }
    return out;
  };
  const result: Record<number, IndicatorQuarters> = {};
  for (const [year, entry] of columns) {
    result[year] = { realisasi: read(entry.realisasi), targets: read(entry.targets) };
  }
  return result;
}

/** Whether any quarter of any year holds a target or a realisasi. */
export function hasQuarterValue(triwulan: Record<number, IndicatorQuarters>): boolean {
  return Object.values(triwulan).some((year) =>
    [...Object.values(year.realisasi), ...Object.values(year.targets)].some(
      (cell) => cell?.value != null
    )
  );
}

/**
 * The indicator's Sifat from its cell. Missing: Akhir periode (the latest quarter's value stands,
 * never a sum that could overstate), said per indicator; a word the reader does not know is
 * reported on its cell and taken as Akhir periode too.
 */
export function readSifat(
  view: SheetView,
  row: number,
  header: HeaderMatch,
  name: SourcedText,
  findings: Finding[]
): Sifat {
  const col = header.columns.get("sifat")?.[0];
  const typed = col === undefined ? "" : view.text(row, col);
  if (typed === "") {
    findings.push({
      severity: "info",
      code: "finding.sifatDefaulted",
      ref: col === undefined ? name.ref : view.ref(row, col),
      params: { name: name.text },
    });
    return "akhirPeriode";
  }
  const sifat = sifatOf(typed);
  if (sifat) return sifat;
  findings.push({
    severity: "warning",
    code: "finding.sifatUnknown",
    ref: view.ref(row, col!),
    params: { name: name.text, text: typed },
  });
  return "akhirPeriode";
}

/**
 * An indicator's quarterly checks: gaps between filled quarters, and for a Kumulatif indicator
 * quarters adding up to more than the year's realisasi.
 */
export function checkIndicatorQuarters(indikator: Indikator, findings: Finding[]): void {
  for (const [yearText, quarters] of Object.entries(indikator.triwulan ?? {})) {
    const year = Number(yearText);
    findings.push(...quarterGapFindings(quarters.realisasi, indikator.name.text, year));
    findings.push(...quarterGapFindings(quarters.targets, indikator.name.text, year));
    if (indikator.sifat !== "kumulatif") continue;
    const sum = quarterSum(quarters.realisasi);
    const annual = indikator.realisasi[year];
    if (sum === null || !annual || annual.value === null) continue;
    // Indicator figures are counts or fractions: a relative tolerance keeps 0.1 + 0.2 from firing.
    if (sum - annual.value <= 1e-9 * Math.max(1, Math.abs(annual.value))) continue;
    findings.push({
      severity: "warning",
      code: "finding.quarterSumAboveAnnual",
      ref: annual.ref,
      params: {
        name: indikator.name.text,
        year,
        sum: formatFigure(sum, annual.percent === true),
        annual: formatFigure(annual.value, annual.percent === true),
      },
    });
  }
}

function formatFigure(value: number, isPercent: boolean): string {
  if (isPercent) return percent(value);
  return formatNumber(value, Number.isInteger(value) ? 0 : 2);
}
