import type { SheetView } from "./sheetView";

/** Header rows are looked for in the first rows of a sheet only: below that it is data. */
export const HEADER_SEARCH_ROWS = 30;

/** A column's role from its header label (lower case, single spaces), or null when it has none. */
export type Classifier = (label: string) => string | null;

export interface HeaderMatch {
  /** First and last header row (a two-row header spans two). */
  top: number;
  bottom: number;
  /** First row after the header and its optional column-number row (1 2 3 …). */
  dataStart: number;
  /** Role -> columns having it, left to right. */
  columns: Map<string, number[]>;
  /** Column -> its header label as typed (both rows joined). */
  labels: Map<number, string>;
}

export interface HeaderRule {
  classify: Classifier;
  /** Whether a set of roles is a complete header for this kind of sheet. */
  accept: (roles: Set<string>) => boolean;
}

export function normalizeLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Finds the header row of a table anywhere in the first rows: every row, alone or joined with
 * the row below it (two-row headers under merged group titles), is classified column by column;
 * the candidate the rule accepts with the most roles wins, the earlier and the single row on ties.
 */
export function findHeader(view: SheetView, rule: HeaderRule): HeaderMatch | null {
  let best: { match: HeaderMatch; score: number } | null = null;
  const last = Math.min(view.lastRow, HEADER_SEARCH_ROWS);
  for (let row = view.firstRow; row <= last; row++) {
    if (view.isRowEmpty(row)) continue;
    const candidates = [labelsOf(view, row, row)];
    if (row + 1 <= view.lastRow && isHeaderContinuation(view, row + 1)) {
      candidates.push(labelsOf(view, row, row + 1));
    }
    for (const candidate of candidates) {
      const columns = classifyAll(candidate.labels, rule.classify);
      const roles = new Set(columns.keys());
      if (!rule.accept(roles)) continue;
      const score = roles.size;
      if (!best || score > best.score) {
        const dataStart = isColumnNumberRow(view, candidate.bottom + 1)
          ? candidate.bottom + 2
          : candidate.bottom + 1;
        best = { match: { ...candidate, dataStart, columns }, score };
      }
    }
  }
  return best ? best.match : null;
}

/** Like findHeader, but returns the best partial header (most roles), for "header not understood". */
export function bestPartialHeader(
  view: SheetView,
  classify: Classifier
): { row: number; roles: Set<string> } | null {
  let best: { row: number; roles: Set<string> } | null = null;
  const last = Math.min(view.lastRow, HEADER_SEARCH_ROWS);
  for (let row = view.firstRow; row <= last; row++) {
    const roles = new Set(classifyAll(labelsOf(view, row, row).labels, classify).keys());
    if (roles.size > 0 && (!best || roles.size > best.roles.size)) best = { row, roles };
  }
  return best;
}

function labelsOf(
  view: SheetView,
  top: number,
  bottom: number
): { top: number; bottom: number; labels: Map<number, string> } {
  const labels = new Map<number, string>();
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const parts: string[] = [];
    const upper = view.text(top, col);
    if (upper) parts.push(upper);
    if (bottom > top) {
      const merge = view.merge(bottom, col);
      const sameMerge = merge !== undefined && merge.top <= top;
      const lower = sameMerge ? "" : view.text(bottom, col);
      if (lower) parts.push(lower);
    }
    if (parts.length > 0) labels.set(col, parts.join(" "));
  }
  return { top, bottom, labels };
}

function classifyAll(labels: Map<number, string>, classify: Classifier): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  for (const [col, label] of labels) {
    const role = classify(normalizeLabel(label));
    if (!role) continue;
    const list = columns.get(role) ?? [];
    list.push(col);
    columns.set(role, list);
  }
  return columns;
}

/** A second header row holds labels only: no numbers, and it is not the column-number row. */
function isHeaderContinuation(view: SheetView, row: number): boolean {
  if (view.isRowEmpty(row) || isColumnNumberRow(view, row)) return false;
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const value = view.raw(row, col);
    if (typeof value === "number") return false;
    if (typeof value === "string" && /\d{3}/.test(value) && !/(19|20)\d{2}/.test(value))
      return false;
  }
  return true;
}

/** The row of column numbers printed under a header: 1 2 3 … (at least three, in order). */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  if (row > view.lastRow) return false;
  const numbers: number[] = [];
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const value = view.raw(row, col);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    const n = typeof value === "number" ? value : Number(String(value).replace(/[()]/g, "").trim());
    if (!Number.isInteger(n)) return false;
    numbers.push(n);
  }
  return (
    numbers.length >= 3 &&
    numbers[0] === 1 &&
    numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1)
  );
}
