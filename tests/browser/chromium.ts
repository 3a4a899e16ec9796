import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Microsoft's CDN is unreachable here; the page must cope, as in an offline government office. */
export const OFFICE_JS = /appsforoffice\.microsoft\.com/;

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a message, except on
 * CI (CI=true), where a missing browser is a failure, not a silent pass.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === "true") {
    throw new Error(
      `Chromium not found at ${CHROMIUM}; CI must install it (apt-get install chromium)`
    );
  }
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH or install chromium).`
  );
  return false;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Real Chromium, headless, with a fresh profile that is removed afterwards. */
export async function launchChromium(
  options: { width?: number; height?: number; locale?: string } = {}
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "lkjip-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: options.locale ?? "id-ID",
    viewport: { width: options.width ?? 360, height: options.height ?? 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await context.route(OFFICE_JS, (route) => route.abort());
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
