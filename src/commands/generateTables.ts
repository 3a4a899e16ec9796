/* global Office, window */
import { showNotice } from "./notice";
import { translate } from "../i18n/catalogue";
import { languageFromTag, type Language } from "../i18n/language";
import { generateReport, type GenerateResult } from "../pipeline";
import { triwulanOfPeriode } from "../report/options";
import { RINGKASAN_SHEET } from "../report/ringkasan";
import {
  DEFAULT_CHOICES,
  loadChoices,
  officeSettingsBackend,
  type PaneChoices,
} from "../taskpane/choices";
import { isGenerationBusy, oneGenerationAtATime } from "../taskpane/oneGeneration";
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";

/**
 * Ribbon button "Generate LKjIP tables" (ExecuteFunction): runs the whole pipeline on the open
 * workbook for the latest year with data, with the choices saved from the task pane (predikat
 * scale, efisiensi method, formulas or values; by default the seed's scale and method, native
 * formulas). The Ringkasan sheet it writes is activated; the outcome (what was made,
 * how many findings, where to look) or the failure is shown in a small dialog (notice.ts), since an
 * ExecuteFunction has no UI of its own. The event is always completed: Office waits for that
 * before it accepts the next click.
 */
export async function generateTables(event: Office.AddinCommands.Event): Promise<void> {
  const language = languageFromTag(Office.context.displayLanguage);
  // The choices the user made in the task pane, kept in the workbook (defaults when none).
  const choices = loadChoices(officeSettingsBackend());
  const message = await runGenerateTables(new OfficeWorkbook(), language, choices);
  showNotice(
    message,
    { office: Office, storage: window.localStorage, origin: window.location.origin },
    () => event.completed()
  );
}

/** The command without Office globals (tests): the message shown to the user. Never throws. */
export async function runGenerateTables(
  port: WorkbookPort,
  language: Language,
  choices: PaneChoices = DEFAULT_CHOICES
): Promise<string> {
  try {
    const result = await oneGenerationAtATime(() =>
      generateReport(port, {
        language,
        skala: choices.scale,
        efisiensi: choices.efisiensi,
        mode: choices.mode,
        rincian: choices.rincian === "auto" ? undefined : choices.rincian,
        triwulan: triwulanOfPeriode(choices.periode),
        namaProgram: choices.namaProgram,
        penandatangan: choices.penandatangan,
        perjanjianKinerja: choices.perjanjianKinerja,
        arahChoices: choices.arah,
        renstraTarget: choices.renstra,
        attributionChoices: choices.attribution,
      })
    );
    return outcomeMessage(result, language);
  } catch (error) {
    if (isGenerationBusy(error)) return translate("generation.busy", language);
    return translate("command.failed", language, {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

export function outcomeMessage(result: GenerateResult, language: Language): string {
  if (result.made.length === 0) {
    const first = result.skipped[0];
    return translate("command.nothing", language, {
      reason: first ? translate(first.reasonKey, language, first.params) : "",
    });
  }
  return translate("command.done", language, {
    tahun: result.tahun ?? "",
    made: result.made.length,
    skipped: result.skipped.length,
    findings: result.findings.length,
    sheet: RINGKASAN_SHEET,
  });
}
