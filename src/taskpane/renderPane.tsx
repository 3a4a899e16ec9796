/* global document */
import * as React from "react";
import { createRoot } from "react-dom/client";
import type { Language } from "../i18n/language";
import { App } from "./components/App";
import { I18nProvider } from "./components/i18nContext";
import { ThemedPane } from "./components/ThemedPane";
import type { PaneActions } from "./paneTypes";
import type { OfficeThemeLike } from "./paneTheme";

/** Shows the pane in `container`: the hosted page (index.tsx) and the one-file web tool share this. */
export function renderPane(
  container: HTMLElement,
  props: { actions: PaneActions; language: Language; officeTheme?: OfficeThemeLike | null }
): void {
  document.documentElement.lang = props.language;
  document.body.dataset.host = props.actions.host;
  createRoot(container).render(
    <ThemedPane officeTheme={props.officeTheme}>
      <I18nProvider language={props.language}>
        <App actions={props.actions} />
      </I18nProvider>
    </ThemedPane>
  );
}
