/* global document, navigator */
import { languageFromTag } from "../i18n/language";
import { createPanePipeline } from "./pipelineBridge";
import { renderPane } from "./renderPane";
import { showStartFailure } from "./startFailure";
import { createWebActions, saveWithBrowser } from "./webActions";
import { webWorkbookAdapter } from "./webWorkbook";

/**
 * The web tool as one file (dist/lkjip-web.html): no office.js, no chunk to fetch, nothing to ask
 * of any server, so it works opened from a USB stick or an e-mail attachment.
 */
function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const language = languageFromTag(navigator.language);
  const actions = createWebActions({
    pipeline: createPanePipeline(language),
    language,
    saveFile: saveWithBrowser,
    loadAdapter: async () => webWorkbookAdapter,
  });
  renderPane(container, { actions, language });
}

try {
  start();
} catch (error) {
  showStartFailure(error);
}
