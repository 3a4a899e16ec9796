/* global setTimeout, clearTimeout */
import { languageFromTag, type Language } from "../i18n/language";

export type PaneHost = { host: "excel"; language: Language } | { host: "web"; language: Language };

/**
 * office.js allows itself 5 seconds to hear from its host before it reports none, so giving up
 * sooner would turn a slow Excel into the web tool. Waited for only when office.js loaded but has
 * not answered: a plain browser gets its answer (no host) at once, an offline one has no office.js.
 */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string };
}

/**
 * Inside Excel, office.js reports the Excel host. Anywhere else the page is the web tool: office.js
 * failed to load (offline, blocked), reports no host (a plain browser), or never answers.
 */
export async function detectHost(
  office: OfficeLike | undefined,
  browserLanguage: string | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS
): Promise<PaneHost> {
  const web: PaneHost = { host: "web", language: languageFromTag(browserLanguage) };
  if (!office || typeof office.onReady !== "function") return web;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    const excel = office.HostType?.Excel ?? "Excel";
    if (!info || info.host !== excel) return web;
    return {
      host: "excel",
      language: languageFromTag(office.context?.displayLanguage ?? browserLanguage),
    };
  } catch {
    // office.js that throws on start is the same as no office.js: the page still works as the web tool.
    return web;
  } finally {
    clearTimeout(timer);
  }
}
