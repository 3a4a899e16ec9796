/* global globalThis, Blob, BlobPart, URL, document, setTimeout */
import { hasMessage, translate, type MessageParams } from "../i18n/catalogue";
import type { Language } from "../i18n/language";
import { tooLarge } from "../workbook/xlsx/packagePart";
import { READ_LIMITS } from "../workbook/xlsx/readLimits";
import type { SheetSpec } from "../workbook/sheetSpec";
import type { WorkbookPort } from "../workbook/workbookPort";
import {
  CHOICES_KEY,
  loadChoices,
  localStorageBackend,
  saveChoices,
  savedChoices,
  type KeyValueBackend,
} from "./choices";
import { PaneError } from "./paneError";
import type { PanePipeline } from "./panePipeline";
import type { DownloadableFile, PaneActions } from "./paneTypes";
import { withProgress } from "./progressPort";

/** What the web tool needs of ExcelJS; loaded on demand so the add-in's bundle stays small. */
export interface WebWorkbookAdapter {
  open(bytes: ArrayBuffer): Promise<WorkbookPort>;
  empty(): Promise<WorkbookPort>;
  save(port: WorkbookPort): Promise<Uint8Array>;
  /** Writes sheets as the user's own (not marked as generated). */
  writeInputSheets(port: WorkbookPort, sheets: SheetSpec[]): Promise<void>;
  /** A setting an add-in saved in the opened file inside Excel (undefined when none). */
  savedSetting(port: WorkbookPort, key: string): Promise<unknown>;
}

export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "Laporan 2017.xlsx" -> "Laporan 2017 - LKjIP.xlsx": the result never overwrites the input. */
export function outputFileName(inputName: string): string {
  const base = inputName.replace(/\.xlsx$/i, "").trim() || "workbook";
  return `${base} - LKjIP.xlsx`;
}

/**
 * The pane's actions in a plain browser: the chosen file is read into memory, the same pipeline
 * runs over the ExcelJS adapter, and the result is offered as a download. Nothing is sent anywhere.
 */
export function createWebActions(deps: {
  pipeline: PanePipeline;
  loadAdapter: () => Promise<WebWorkbookAdapter>;
  saveFile: SaveFile;
  language: Language;
  storage?: KeyValueBackend;
}): PaneActions {
  const { pipeline, loadAdapter, saveFile, language } = deps;
  const storage = deps.storage ?? localStorageBackend(globalThis.localStorage);
  let opened: { port: WorkbookPort; name: string } | null = null;
  let result: DownloadableFile | null = null;

  const current = (): { port: WorkbookPort; name: string } => {
    if (!opened) throw new PaneError("ui.error.noFile");
    return opened;
  };

  return {
    host: "web",
    language,
    async openFile(file) {
      opened = null;
      result = null;
      // Refused before the bytes are read: a huge file would take the tab down with it.
      if (file.size !== undefined && file.size > READ_LIMITS.fileBytes) {
        throw unreadable(file.name, tooLarge(READ_LIMITS.fileBytes), language);
      }
      const adapter = await loadAdapter();
      const bytes = await file.arrayBuffer();
      let port: WorkbookPort;
      try {
        port = await adapter.open(bytes);
      } catch (cause) {
        throw unreadable(file.name, cause, language);
      }
      opened = { port, name: file.name };
      return savedChoices(await adapter.savedSetting(port, CHOICES_KEY));
    },
    analyze: async (selection) => pipeline.analyze(current().port, selection),
    async generate(request, onProgress) {
      const { port, name } = current();
      result = null;
      const outcome = await pipeline.generate(withProgress(port, onProgress), request);
      onProgress("saving");
      const bytes = await (await loadAdapter()).save(port);
      const fileName = outputFileName(name);
      result = { fileName, save: () => saveFile(bytes, fileName) };
      return outcome;
    },
    async createTemplate(year) {
      const adapter = await loadAdapter();
      const port = await adapter.empty();
      const specs = await pipeline.templateSheets(year);
      await adapter.writeInputSheets(port, specs);
      const sheets = specs.map((spec) => spec.name);
      const bytes = await adapter.save(port);
      const fileName = "Input LKjIP.xlsx";
      return { sheets, download: { fileName, save: () => saveFile(bytes, fileName) } };
    },
    loadChoices: () => loadChoices(storage),
    saveChoices: (choices) => saveChoices(storage, choices),
    download: () => result,
  };
}

/**
 * Why a chosen file could not be opened, in the user's language: the reader's own message (.xls,
 * .ods, password, damaged, too large …) when it gave one, never a library's text.
 */
function unreadable(name: string, cause: unknown, language: Language): PaneError {
  const key = (cause as { messageKey?: unknown } | null)?.messageKey;
  if (typeof key === "string" && key.startsWith("read.error.") && hasMessage(key)) {
    const params = (cause as { params?: MessageParams }).params ?? {};
    const reason = translate(key, language, params);
    return new PaneError("ui.error.unreadable", { name, reason }, { cause });
  }
  return new PaneError("ui.error.notXlsx", { name }, { cause });
}

/** Hands bytes to the browser as a file download. */
export function saveWithBrowser(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
