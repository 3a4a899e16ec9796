/* global Office, document, navigator, window */
import { createExcelActions } from "./excelActions";
import { detectHost } from "./hostDetection";
import {
  OFFICE_SCRIPT_WAIT_IN_BROWSER_MS,
  OFFICE_SCRIPT_WAIT_IN_OFFICE_MS,
  looksHostedByOffice,
  settledOfficeScript,
  type OfficeScriptState,
} from "./officeScript";
import type { PaneActions } from "./paneTypes";
import { createPanePipeline } from "./pipelineBridge";
import { renderPane } from "./renderPane";
import { showStartFailure } from "./startFailure";
import { createWebActions, saveWithBrowser } from "./webActions";
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";

/** office.js may have failed to load (offline, outside Office): then there is no Office global at all. */
function officeGlobal() {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Office's theme colours; some hosts have none, and reading them never stops the pane. */
function readOfficeTheme(): Office.OfficeTheme | undefined {
  try {
    return officeGlobal()?.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/** Set by the office.js tag's onload/onerror in taskpane.html. */
function officeScriptState(): OfficeScriptState | undefined {
  return (window as unknown as { lkjipOfficeScript?: OfficeScriptState }).lkjipOfficeScript;
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const inOffice = looksHostedByOffice(window as never);
  await settledOfficeScript(
    officeScriptState,
    inOffice ? OFFICE_SCRIPT_WAIT_IN_OFFICE_MS : OFFICE_SCRIPT_WAIT_IN_BROWSER_MS
  );
  const host = await detectHost(officeGlobal(), navigator.language);
  const pipeline = createPanePipeline(host.language);
  const actions: PaneActions =
    host.host === "excel"
      ? createExcelActions({ pipeline, port: new OfficeWorkbook(), language: host.language })
      : createWebActions({
          pipeline,
          language: host.language,
          saveFile: saveWithBrowser,
          // ExcelJS is large: fetched only here, in a plain browser, as a chunk of its own.
          loadAdapter: async () =>
            (await import(/* webpackChunkName: "webtool-exceljs" */ "./webWorkbook"))
              .webWorkbookAdapter,
        });
  const officeTheme = host.host === "excel" ? readOfficeTheme() : undefined;
  renderPane(container, { actions, language: host.language, officeTheme });
}

start().catch(showStartFailure);
