import type { SheetGrid } from "../workbook/grid";
import {
  budgetHeaderRule,
  classifyBudgetLabel,
  missingBudgetRoles,
  paguHeaderRule,
} from "./budgetHeader";
import { findHeader, bestPartialHeader, type HeaderMatch, type HeaderRule } from "./headerFinder";
import { cascadingHeaderRule, indicatorHeaderRule } from "./indicatorHeader";
import { columnLetter } from "../workbook/cellAddress";
import { SheetView } from "./sheetView";

/** "pagu": a budget with pagu but no realisasi (Perjanjian Kinerja, DPA), for Tabel 2.2. */
export type InputKind = "budget" | "indicators" | "cascading" | "pagu";

/** What the readers made of one sheet, for the task pane ("detected as … because …"). */
export interface SheetDetection {
  sheet: string;
  kind: InputKind | null;
  /** Header rows found (1-based), when detected. */
  headerRow?: number;
  /** Role -> column letter, e.g. { name: "B", pagu: "C", realisasi: "D" }. */
  columns?: Record<string, string>;
  /** Message key (findings catalogue) explaining the decision, and its parameters. */
  reasonKey: string;
  params: Record<string, string | number>;
}

export interface DetectedSheet {
  detection: SheetDetection;
  view: SheetView;
  header?: HeaderMatch;
  /** Required budget columns missing from a sheet that looks like a budget, for the finding. */
  missing?: string[];
}

const RULES: Record<InputKind, HeaderRule> = {
  budget: budgetHeaderRule,
  indicators: indicatorHeaderRule,
  cascading: cascadingHeaderRule,
  pagu: paguHeaderRule,
};

const CASCADING_NAME = /renstra|cascad|matriks|matrik|pohon kinerja/i;
const INPUT_NAME = /anggaran|realisasi|indikator|kinerja|renstra|cascad|\bpk\b|\biku\b/i;

/** Decides, by header words only, which sheets are budget, indicator and cascading inputs. */
export function detectInputSheets(grids: SheetGrid[]): SheetDetection[] {
  return grids.map((grid) => detectSheet(grid).detection);
}

export function detectSheet(grid: SheetGrid, forced?: InputKind): DetectedSheet {
  const view = SheetView.of(grid);
  const headers: Partial<Record<InputKind, HeaderMatch | null>> = {};
  const header = (kind: InputKind): HeaderMatch | null => {
    if (headers[kind] === undefined) headers[kind] = findHeader(view, RULES[kind]);
    return headers[kind] ?? null;
  };
  const order: InputKind[] = forced
    ? [forced]
    : CASCADING_NAME.test(grid.name)
      ? ["cascading", "indicators", "budget", "pagu"]
      : ["indicators", "cascading", "budget", "pagu"];
  for (const kind of order) {
    const found = header(kind);
    if (found) return { detection: detected(view, kind, found), view, header: found };
  }
  const partial = bestPartialHeader(view, classifyBudgetLabel);
  const looksLikeBudget =
    partial !== null &&
    partial.roles.size >= 2 &&
    (partial.roles.has("pagu") || partial.roles.has("realisasi"));
  if (forced || looksLikeBudget || INPUT_NAME.test(grid.name)) {
    const missing = missingBudgetRoles(partial?.roles ?? new Set());
    return {
      detection: {
        sheet: grid.name,
        kind: null,
        reasonKey: "finding.detect.notUnderstood",
        params: { missing: missing.join(", ") },
      },
      view,
      missing,
    };
  }
  return {
    detection: { sheet: grid.name, kind: null, reasonKey: "finding.detect.other", params: {} },
    view,
  };
}

function detected(view: SheetView, kind: InputKind, header: HeaderMatch): SheetDetection {
  const columns: Record<string, string> = {};
  for (const [role, cols] of header.columns) columns[role] = columnLetter(cols[0]);
  const described = [...header.columns.entries()]
    .map(([, cols]) => `${header.labels.get(cols[0])} (${columnLetter(cols[0])})`)
    .join(", ");
  return {
    sheet: view.name,
    kind,
    headerRow: header.top,
    columns,
    reasonKey: `finding.detect.${kind}`,
    params: { row: header.top, columns: described },
  };
}
