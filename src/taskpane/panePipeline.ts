import type { SheetSpec } from "../workbook/sheetSpec";
import type { WorkbookPort } from "../workbook/workbookPort";
import type { Analysis, GenerateOutcome, GenerateRequest, SheetSelection } from "./paneTypes";

/**
 * The pipeline as the pane uses it, over any WorkbookPort. pipelineBridge.ts implements it with
 * src/pipeline.ts; tests give a fake. Both hosts (Excel, web tool) share it unchanged.
 */
export interface PanePipeline {
  analyze(port: WorkbookPort, selection: SheetSelection): Promise<Analysis>;
  generate(port: WorkbookPort, request: GenerateRequest): Promise<GenerateOutcome>;
  /** The empty input sheets of the template for `year` (null: last year), to be written as the user's own. */
  templateSheets(year: number | null): Promise<SheetSpec[]>;
}

/**
 * Template sheets get names no existing sheet has (Excel compares case-insensitively), so creating
 * the template twice adds "Realisasi Anggaran (2)" instead of failing or touching the first.
 */
export function freeSheetNames(wanted: string[], existing: string[]): string[] {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  return wanted.map((name) => {
    for (let attempt = 1; ; attempt++) {
      const suffix = attempt === 1 ? "" : ` (${attempt})`;
      const candidate = name.slice(0, 31 - suffix.length) + suffix;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}
