import type { Analysis as PipelineAnalysis } from "../pipeline";
import type { LkjipModel } from "../model/lkjipModel";
import type { Analysis, ArahItem, RenstraView } from "./paneTypes";

/**
 * What the pane shows of the pipeline's analysis: the sheets a user may pick (never the generated
 * ones), the budget of the chosen year, years, attributions with sasaran names, findings.
 */
export function paneAnalysis(analysis: PipelineAnalysis, year: number | null): Analysis {
  const { model, detected } = analysis;
  const sasaran = model.indicators?.sasaran ?? [];
  const wantedYear = year ?? analysis.defaultYear;
  const budget =
    detected.budgets.find((entry) => entry.year !== null && entry.year === wantedYear) ??
    detected.budgets[0];
  return {
    sheets: analysis.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name),
    budgetSheet: budget?.sheet ?? null,
    indicatorSheet: detected.indicators ?? null,
    cascadingSheet: detected.cascading ?? null,
    years: analysis.years,
    defaultYear: analysis.defaultYear,
    agency: model.agency ?? model.indicators?.agency ?? model.budgets[0]?.agency,
    attributions: model.attributions.map((attribution) => ({
      programName: attribution.programName,
      programRef: attribution.programRef,
      sasaranName:
        attribution.sasaranIndex === null
          ? null
          : (sasaran[attribution.sasaranIndex]?.name.text ?? null),
      reason: attribution.reason,
      matchedName: attribution.matchedName,
    })),
    sasaranNames: sasaran.map((entry) => entry.name.text),
    arahList: arahList(model),
    ...renstraView(model),
    findings: model.findings,
  };
}

/** Indicators whose Arah was inferred or defaulted, in sheet order. */
function arahList(model: LkjipModel): ArahItem[] {
  const items: ArahItem[] = [];
  for (const sasaran of model.indicators?.sasaran ?? []) {
    for (const indikator of sasaran.indikator) {
      const source = indikator.arahSource;
      if (source !== "name" && source !== "default") continue;
      items.push({
        name: indikator.name.text,
        ref: indikator.name.ref,
        arah: indikator.arah,
        source,
        ...(indikator.arahWord ? { word: indikator.arahWord } : {}),
      });
    }
  }
  return items;
}

function renstraView(model: LkjipModel): { renstra?: RenstraView } {
  const candidates = model.indicators?.renstraCandidates ?? [];
  if (candidates.length === 0) return {};
  return { renstra: { candidates, latest: candidates[candidates.length - 1].year } };
}
