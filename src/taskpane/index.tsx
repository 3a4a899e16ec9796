/* global Office, document, navigator */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { I18nProvider } from "./components/i18nContext";
import { createExcelActions } from "./excelActions";
import { detectHost } from "./hostDetection";
import { describeError } from "./paneError";
import { translate } from "../i18n/catalogue";
import { languageFromTag } from "../i18n/language";
import type { PaneActions } from "./paneTypes";
import { createPanePipeline } from "./pipelineBridge";
import { createWebActions, saveWithBrowser } from "./webActions";
import { OfficeWorkbook } from "../workbook/office/OfficeWorkbook";

/** office.js may have failed to load (offline, outside Office): then there is no Office global at all. */
function officeGlobal() {
  return typeof Office === "undefined" ? undefined : Office;
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
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
  document.documentElement.lang = host.language;
  document.body.dataset.host = host.host;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={host.language}>
        <App actions={actions} />
      </I18nProvider>
    </FluentProvider>
  );
}

start().catch((error: unknown) => {
  // The pane could not even start: still say so, in the browser's language, instead of a blank pane.
  const language = languageFromTag(navigator.language);
  const container = document.getElementById("container");
  if (container) {
    container.textContent = `${translate("ui.error.title", language)}: ${describeError(error, language)}`;
  }
});
