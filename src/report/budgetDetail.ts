import type { Budget, BudgetLevel, BudgetLine } from "../model/budget";
import type { Rincian } from "./options";
import type { TableCell } from "./tableSpec";

const DEPTH: Record<BudgetLevel, number> = { program: 0, kegiatan: 1, subKegiatan: 2 };
const RINCIAN_DEPTH: Record<Rincian, number> = { program: 0, kegiatan: 1, sub_kegiatan: 2 };

/** The deepest level the budget has: 0 programs only, 1 kegiatan, 2 sub kegiatan. */
export function deepestLevel(budget: Budget): number {
  let deepest = 0;
  const visit = (line: BudgetLine) => {
    deepest = Math.max(deepest, DEPTH[line.level]);
    line.children.forEach(visit);
  };
  budget.programs.forEach(visit);
  return deepest;
}

/** How deep the budget tables list lines: the user's choice, never deeper than the budget goes. */
export function detailDepth(budget: Budget, rincian: Rincian | undefined): number {
  const deepest = deepestLevel(budget);
  return rincian === undefined ? deepest : Math.min(RINCIAN_DEPTH[rincian], deepest);
}

/** The lines to list, depth first, down to `depth`, and how many lines below it were left out. */
export function linesToDepth(
  programs: BudgetLine[],
  depth: number
): { lines: BudgetLine[]; omitted: number } {
  const lines: BudgetLine[] = [];
  let omitted = 0;
  const visit = (line: BudgetLine) => {
    lines.push(line);
    if (DEPTH[line.level] < depth) line.children.forEach(visit);
    else omitted += countBelow(line);
  };
  programs.forEach(visit);
  return { lines, omitted };
}

function countBelow(line: BudgetLine): number {
  return line.children.reduce((count, child) => count + 1 + countBelow(child), 0);
}

/**
 * A line's name, indented by its level under its program (bold); `text` is the name the report
 * prints (programNames.ts), by default the line's own.
 */
export function nameCell(line: BudgetLine, text = line.name.text): TableCell {
  const depth = DEPTH[line.level];
  return depth === 0 ? { kind: "text", text, bold: true } : { kind: "text", text, indent: depth };
}

/** The No/Kode column: a SIPD code as text, a program's number as a number, otherwise empty. */
export function codeCell(line: BudgetLine): TableCell {
  const value = line.code || line.number;
  if (value === undefined || value === "") return { kind: "empty" };
  return /^\d+$/.test(value)
    ? { kind: "number", value: Number(value), format: "integer" }
    : { kind: "text", text: value, align: "left" };
}

/** Width of the Kode column: its longest code ("1.06.01.2.01.0001") with a margin, at least 6. */
export function codeWidth(lines: BudgetLine[]): number {
  let longest = 0;
  for (const line of lines) longest = Math.max(longest, (line.code || line.number || "").length);
  return Math.max(6, longest + 2);
}
