import type { Analysis as PipelineAnalysis } from "../pipeline";
import type { Analysis } from "./paneTypes";

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
    findings: model.findings,
  };
}
