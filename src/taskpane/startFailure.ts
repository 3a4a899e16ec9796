/* global document, navigator */
import { translate } from "../i18n/catalogue";
import { languageFromTag } from "../i18n/language";
import { describeError } from "./paneError";

/** The pane could not even start: still say so, in the browser's language, instead of a blank pane. */
export function showStartFailure(error: unknown): void {
  const language = languageFromTag(navigator.language);
  const container = document.getElementById("container");
  if (container) {
    container.textContent = `${translate("ui.error.title", language)}: ${describeError(error, language)}`;
  }
}
