/* global setTimeout */

/**
 * taskpane.html loads office.js with `async` and records its fate in `lkjipOfficeScript`: a blocking
 * tag would leave the page blank for as long as Microsoft's CDN does not answer (offline, a proxy that
 * holds the request). The pane waits for the script only as long as makes sense where it runs.
 */
export type OfficeScriptState = "pending" | "loaded" | "failed";

/** In Office the script may take its time: the pane is useless there without it. */
export const OFFICE_SCRIPT_WAIT_IN_OFFICE_MS = 30_000;
/** In a plain browser tab the web tool must be usable within 2 s, office.js or not. */
export const OFFICE_SCRIPT_WAIT_IN_BROWSER_MS = 1_200;

interface WindowLike {
  location?: { search?: string; hash?: string };
  name?: string;
  parent?: unknown;
  sessionStorage?: { getItem(key: string): string | null };
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: unknown };
}

/**
 * Whether the page looks as if an Office host opened it. Office passes `_host_Info` in the URL
 * (office.js keeps it in sessionStorage as `hostInfoValue` across reloads), Excel on the web shows
 * the pane in an iframe, and the desktop hosts inject their bridge (WebView2's `chrome.webview`,
 * WKWebView's `webkit.messageHandlers`). Only a hint: office.js itself decides the host.
 */
export function looksHostedByOffice(win: WindowLike): boolean {
  const url = `${win.location?.search ?? ""}${win.location?.hash ?? ""}`;
  if (/[?&#]_host_Info=/i.test(url)) return true;
  try {
    if (win.sessionStorage?.getItem("hostInfoValue")) return true;
  } catch {
    // storage denied (privacy settings): not a hint either way
  }
  if (win.parent !== undefined && win.parent !== win) return true;
  return Boolean(win.chrome?.webview || win.webkit?.messageHandlers);
}

/** Resolves when the script has loaded or failed, or with "pending" after `timeoutMs`. */
export async function settledOfficeScript(
  state: () => OfficeScriptState | undefined,
  timeoutMs: number,
  pollMs = 25
): Promise<OfficeScriptState> {
  const started = Date.now();
  for (;;) {
    // A page without the tag (the single-file web tool) has nothing to wait for.
    const current = state() ?? "failed";
    if (current !== "pending" || Date.now() - started >= timeoutMs) return current;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
