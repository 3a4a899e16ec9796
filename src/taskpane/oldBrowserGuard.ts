import { translate } from "../i18n/catalogue";

/**
 * On Windows builds without WebView2 an add-in with <Runtimes> runs in Internet Explorer 11, which
 * cannot parse the pane's ES2020 bundle: the pane would stay blank. This plain ES5 script, put in
 * taskpane.html at build time before the bundle, checks the browser first and, if it is too old,
 * says so in both languages (office.js has not told the display language yet) and points to the
 * web tool and the command line. Its text comes from the catalogue (`ui.oldBrowser`).
 */
export function oldBrowserGuardScript(): string {
  const message = (language: "id" | "en") =>
    JSON.stringify(translate("ui.oldBrowser", language)).replace(/</g, "\\u003c");
  return `(function () {
  var modern = typeof Promise !== "undefined" && typeof Symbol !== "undefined" &&
    typeof window.fetch === "function" && !document.documentMode;
  if (modern) {
    try { new Function("var a = null; return a?.b ?? (async () => 1);"); } catch (e) { modern = false; }
  }
  if (modern) return;
  window.__lkjipOldBrowser = true;
  var container = document.getElementById("container");
  var texts = [${message("id")}, ${message("en")}];
  for (var i = 0; i < texts.length; i++) {
    var p = document.createElement("p");
    p.appendChild(document.createTextNode(texts[i]));
    container.appendChild(p);
  }
})();`;
}
