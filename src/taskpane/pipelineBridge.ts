import type { Language } from "../i18n/language";
import { analyzeWorkbook, generateReport } from "../pipeline";
import { triwulanOfPeriode } from "../report/options";
import { keptMessage, RINGKASAN_SHEET } from "../report/ringkasan";
import { buildInputTemplate } from "../template/inputTemplate";
import { paneAnalysis } from "./analysisView";
import type { PanePipeline } from "./panePipeline";
import type { SheetSelection } from "./paneTypes";

function readOptions(selection: SheetSelection) {
  return {
    tahun: selection.year ?? undefined,
    budgetSheet: selection.budgetSheet ?? undefined,
    indicatorSheet: selection.indicatorSheet ?? undefined,
  };
}

/** src/pipeline.ts as the pane needs it; the same for Excel and the web tool. */
export function createPanePipeline(language: Language): PanePipeline {
  return {
    async analyze(port, selection) {
      return paneAnalysis(await analyzeWorkbook(port, readOptions(selection)), selection.year);
    },
    async generate(port, { selection, choices }) {
      const result = await generateReport(port, {
        ...readOptions(selection),
        arahChoices: choices.arah,
        renstraTarget: choices.renstra,
        attributionChoices: choices.attribution,
        skala: choices.scale,
        efisiensi: choices.efisiensi,
        mode: choices.mode,
        rincian: choices.rincian === "auto" ? undefined : choices.rincian,
        triwulan: triwulanOfPeriode(choices.periode),
        namaProgram: choices.namaProgram,
        penandatangan: choices.penandatangan,
        perjanjianKinerja: choices.perjanjianKinerja,
        language,
      });
      // The Ringkasan (summary) is written with the tables whenever a year is known.
      const ringkasan =
        result.renamed.find((entry) => entry.wanted === RINGKASAN_SHEET)?.sheet ?? RINGKASAN_SHEET;
      const made =
        result.tahun !== null ? [{ table: RINGKASAN_SHEET, sheet: ringkasan }, ...result.made] : [];
      return {
        made,
        skipped: result.skipped.map(({ table, reasonKey, params }) => ({
          table,
          reasonKey,
          params,
        })),
        renamed: result.renamed,
        kept: result.kept.map((entry) => keptMessage(entry, language)),
        findings: result.findings,
      };
    },
    async templateSheets(year) {
      return buildInputTemplate(year ?? undefined);
    },
  };
}
