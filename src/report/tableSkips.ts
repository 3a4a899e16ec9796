import type { BudgetLine } from "../model/budget";
import type { BuildResult, TableCell, TableSpec } from "./tableSpec";

/**
 * Skip reason for a table of budget per sasaran when no program of the year's budget is attributed
 * to any sasaran: it would print Anggaran 0 and #DIV/0! for every sasaran. Null when some is.
 */
export function unattributedSkip(bySasaran: Map<number | null, BudgetLine[]>): BuildResult | null {
  const attributed = [...bySasaran.entries()].some(
    ([sasaranIndex, programs]) => sasaranIndex !== null && programs.length > 0
  );
  if (attributed) return null;
  return {
    skip: {
      reasonKey: "report.skip.notAttributed",
      params: { programs: bySasaran.get(null)?.length ?? 0 },
    },
  };
}

/**
 * Skip reason for a table whose every computed cell would be an error (no figure could be
 * computed from the inputs), with the first error; null when some figure has a value.
 */
export function allErrorsSkip(spec: TableSpec): BuildResult | null {
  let firstError: string | null = null;
  let computed = 0;
  for (const block of spec.blocks) {
    for (const row of block.rows) {
      for (const cell of Object.values(row.cells)) {
        const error = computedError(cell);
        if (error === undefined) continue;
        computed++;
        if (error === null) return null;
        firstError ??= error;
      }
    }
  }
  if (computed === 0 || firstError === null) return null;
  return { skip: { reasonKey: "report.skip.allErrors", params: { error: firstError } } };
}

/** undefined: not a computed cell; null: computed, with a value; else the error it shows. */
function computedError(cell: TableCell | undefined): string | null | undefined {
  if (!cell) return undefined;
  if (cell.kind === "error") return cell.error;
  if (cell.kind !== "figure" || cell.input) return undefined;
  return typeof cell.value === "object" ? cell.value.error : null;
}
