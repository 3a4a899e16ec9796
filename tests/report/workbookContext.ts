import { numericCellLookup } from "../../src/pipeline";
import { readWorkbook } from "../../src/readers/readWorkbook";
import type { ReportContext } from "../../src/report/context";
import type { SheetGrid } from "../../src/workbook/grid";
import { seedContext } from "./seedModel";

/**
 * The report context the pipeline builds from a workbook's grids for a year: the model read from
 * them, the agency they name, that year's realisation sheet, and which cells hold numbers.
 */
export function workbookContext(
  grids: SheetGrid[],
  tahun: number,
  overrides: Partial<ReportContext> = {}
): ReportContext {
  const model = readWorkbook(grids, { tahun });
  return seedContext(tahun, {
    model,
    agency: model.agency ?? "",
    budget: model.budgets.find((budget) => budget.year === tahun),
    isNumericCell: numericCellLookup(grids),
    ...overrides,
  });
}
