import type { Finding } from "../model/finding";
import type { RenstraCandidate, RenstraChoice } from "../model/indicators";
import type { HeaderMatch } from "./headerFinder";
import type { SheetView } from "./sheetView";

/**
 * The end-of-Renstra target by evidence, for a sheet with no "Target Akhir Renstra" column: a
 * target column for a year after the report year, with no realisasi column for that year, is a
 * target nobody can have reached yet, the Renstra's. The latest such column is taken unless the
 * user chose another or none in the pane; the choice is reported as an Info on the column's
 * header cell.
 */
export function renstraByEvidence(
  view: SheetView,
  header: HeaderMatch,
  targets: Map<number, number>,
  realisasi: Map<number, number>,
  reportYear: number | undefined,
  choice: RenstraChoice,
  findings: Finding[]
): { candidates: RenstraCandidate[]; taken?: { year: number; col: number } } {
  const realised = [...realisasi.keys()];
  const after = reportYear ?? (realised.length > 0 ? Math.max(...realised) : undefined);
  if (after === undefined) return { candidates: [] };
  const columns = [...targets.entries()]
    .filter(([year]) => year > after && !realisasi.has(year))
    .sort(([a], [b]) => a - b);
  const candidates = columns.map(([year, col]) => ({
    year,
    ref: view.ref(header.top, col),
    label: header.labels.get(col) ?? String(year),
  }));
  if (columns.length === 0 || choice === "none") return { candidates };
  const picked =
    typeof choice === "number"
      ? columns.find(([year]) => year === choice)
      : columns[columns.length - 1];
  if (!picked) return { candidates };
  const [year, col] = picked;
  const candidate = candidates.find((entry) => entry.year === year)!;
  findings.push({
    severity: "info",
    code: "finding.renstraTargetByEvidence",
    ref: candidate.ref,
    params: { label: candidate.label, year, reportYear: after },
  });
  return { candidates, taken: { year, col } };
}
