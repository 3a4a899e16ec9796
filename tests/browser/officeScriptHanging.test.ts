import { existsSync } from "fs";
import { join } from "path";
import { chromiumAvailable, launchChromium, OFFICE_JS, type Browser } from "./chromium";
import { serveDirectory, type StaticServer } from "./staticServer";

/**
 * A proxy that holds Microsoft's CDN request open (no answer, no error) must not hold the page: the
 * hosted taskpane.html loads office.js without blocking and is the web tool within 2 s.
 */
const DIST = process.env.LKJIP_DIST ?? join(__dirname, "..", "..", "dist");
const run = chromiumAvailable() ? describe : describe.skip;

run("taskpane.html while the office.js request never answers", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error(`${DIST}/taskpane.html is missing: run npm run build first (npm test does)`);
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is usable within 2 s of the page arriving", async () => {
    const page = await browser.context.newPage();
    let officeRequested = false;
    // Neither answered nor refused: the request just hangs, like a stuck proxy.
    await page.route(OFFICE_JS, () => {
      officeRequested = true;
    });
    await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
    const arrived = Date.now();
    await page.locator("#workbook-file").waitFor({ timeout: 10_000 });
    const usableAfter = Date.now() - arrived;
    expect(officeRequested).toBe(true);
    expect(usableAfter).toBeLessThanOrEqual(2_000);
    await expect(page.locator("#workbook-file").isEnabled()).resolves.toBe(true);
    await page.close();
  }, 60_000);
});
