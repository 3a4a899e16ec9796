import { parseIndonesianNumber } from "../core/parseNumber";
import type { Finding } from "../model/finding";
import type { CellRef, SourcedNumber } from "../model/cellRef";
import type { GridValue } from "../workbook/grid";
import { singleSpaced, type SheetView } from "./sheetView";

/** What a cell meant to hold a number turned out to contain. */
export type NumberCell =
  | { kind: "empty" }
  | { kind: "number"; value: number; percent: boolean; decimals: number | null }
  | { kind: "text"; text: string }
  | { kind: "error"; error: string };

/** Error values that reached us as text (CSV exports, pasted values). */
const EXCEL_ERROR = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/** Placeholders typed for "nothing" in Indonesian tables. */
const BLANK_TEXT = /^(?:-+|–|—|\.|n\/?a|nihil)$/i;

/**
 * A cell value as a number: native numbers keep their value (a percent format makes it a
 * fraction already, as Excel stores it), text is read the Indonesian way ("Rp 1.283.419.000",
 * "94,19%"). Never throws: anything else is reported as text or as an error cell.
 */
export function cellToNumber(value: GridValue, numberFormat = "General"): NumberCell {
  if (value === null) return { kind: "empty" };
  if (typeof value === "object") return { kind: "error", error: value.error };
  if (typeof value === "boolean") return { kind: "text", text: String(value).toUpperCase() };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
    const shown = formatFacts(numberFormat);
    return { kind: "number", value, percent: shown.percent, decimals: shown.decimals };
  }
  const text = singleSpaced(value);
  if (text === "" || BLANK_TEXT.test(text)) return { kind: "empty" };
  if (EXCEL_ERROR.test(text)) {
    return { kind: "error", error: text };
  }
  const parsed = parseIndonesianNumber(text);
  if (!parsed) return { kind: "text", text };
  return {
    kind: "number",
    value: parsed.value,
    percent: parsed.percent,
    decimals: textDecimals(text),
  };
}

/** What a number format tells of its cells, by format code: a sheet has a handful of formats. */
interface FormatFacts {
  percent: boolean;
  decimals: number | null;
  date: boolean;
}

const formatFactsCache = new Map<string, FormatFacts>();

function formatFacts(format: string): FormatFacts {
  let facts = formatFactsCache.get(format);
  if (!facts) {
    // Formats come from user files: keep the cache bounded whatever a workbook holds.
    if (formatFactsCache.size >= 1000) formatFactsCache.clear();
    facts = {
      percent: isPercentFormat(format),
      decimals: formatDecimals(format),
      date: isDateFormat(format),
    };
    formatFactsCache.set(format, facts);
  }
  return facts;
}

/** A "%" outside quotes and brackets in the first section of a number format. */
export function isPercentFormat(format: string): boolean {
  const first = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return first.includes("%");
}

/**
 * A date or time format: day, month, year, hour or second codes outside quotes, brackets and
 * escapes in its first section ("dd/mm/yyyy", "d-mmm-yy", "[$-421]dd mmmm yyyy", "h:mm").
 */
export function isDateFormat(format: string): boolean {
  const first = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  return !/^general$/i.test(first.trim()) && /[dmyhs]/i.test(first);
}

/** An Excel serial date (1900 system) as d-m-yyyy, for messages. */
function serialToDate(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  if (Number.isNaN(date.getTime())) return String(serial);
  return `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
}

/** Decimals a number format shows ("0.00%" -> 2), or null for General. */
function formatDecimals(format: string): number | null {
  if (/^general$/i.test(format.trim())) return null;
  const first = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  const match = /\.([0#?]+)/.exec(first);
  return match ? match[1].length : 0;
}

function textDecimals(text: string): number {
  const match = /,(\d+)\s*%?\s*$/.exec(text);
  return match ? match[1].length : 0;
}

/**
 * Reads a number cell of a sheet into a SourcedNumber, adding a finding when the cell holds text
 * that is not a number or an error value. Empty cells give value null without a finding: whether
 * an empty cell matters is the caller's business.
 */
export function readSourcedNumber(
  view: SheetView,
  row: number,
  col: number,
  findings: Finding[],
  /** A derived figure (the % column): a formula without a value is not worth a finding. */
  derived = false
): SourcedNumber & { decimals?: number | null } {
  return readNumberCell(view, row, col, findings, derived, true);
}

function readNumberCell(
  view: SheetView,
  row: number,
  col: number,
  findings: Finding[],
  derived: boolean,
  withDecimals: boolean
): SourcedNumber & { decimals?: number | null } {
  const ref = view.ref(row, col);
  const raw = view.raw(row, col);
  if (typeof raw === "number" && Number.isFinite(raw)) {
    // The usual case, as cellToNumber reads it, without its intermediate object.
    const shown = formatFacts(view.format(row, col));
    if (shown.date) {
      // A date where an amount belongs (a pagu typed as 1-6-2017) is not Rp 42.887.
      findings.push({
        severity: "error",
        code: "finding.dateInNumberCell",
        ref,
        params: { date: serialToDate(raw) },
      });
      return { value: null, ref };
    }
    return sourced(raw, ref, shown.percent, shown.decimals, withDecimals);
  }
  const cell = cellToNumber(raw, view.format(row, col));
  switch (cell.kind) {
    case "number":
      return sourced(cell.value, ref, cell.percent, cell.decimals, withDecimals);
    case "text":
      findings.push({
        severity: "error",
        code: "finding.notANumber",
        ref,
        params: { text: cell.text },
      });
      return { value: null, ref };
    case "error":
      findings.push({
        severity: "error",
        code: "finding.errorCell",
        ref,
        params: { error: cell.error },
      });
      return { value: null, ref };
    case "empty":
      // Files written by tools that do not calculate carry formulas without a value.
      if (!derived && view.formula(row, col)) {
        findings.push({
          severity: "warning",
          code: "finding.formulaWithoutValue",
          ref,
          params: { formula: view.formula(row, col)! },
        });
      }
      return { value: null, ref };
  }
}

/**
 * Reads a number cell as readSourcedNumber does, as the model's SourcedNumber (without the
 * reader's working field `decimals`): plainNumber(readSourcedNumber(…)) in one object.
 */
export function readPlainNumber(
  view: SheetView,
  row: number,
  col: number,
  findings: Finding[]
): SourcedNumber {
  return readNumberCell(view, row, col, findings, false, false);
}

function sourced(
  value: number,
  ref: CellRef,
  percent: boolean,
  decimals: number | null,
  withDecimals: boolean
): SourcedNumber & { decimals?: number | null } {
  if (!withDecimals) return percent ? { value, ref, percent: true } : { value, ref };
  return percent ? { value, ref, percent: true, decimals } : { value, ref, decimals };
}

/** The model's SourcedNumber without the reader's working field `decimals`. */
export function plainNumber(figure: SourcedNumber & { decimals?: number | null }): SourcedNumber {
  return figure.percent
    ? { value: figure.value, ref: figure.ref, percent: true }
    : { value: figure.value, ref: figure.ref };
}
