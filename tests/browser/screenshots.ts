/**
 * Screenshots for the README (Indonesian), from the built page: `npm run build`, then
 * `npx tsx tests/browser/screenshots.ts`. The pane is shown as Excel hosts it (Office played in the
 * page by the strict fake, tests/workbook/office/strictExcel) at the task pane's 320 px; the web tool as a plain browser shows it.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { openWorkbookFile } from "../../src/workbook/exceljs/files";
import { launchChromium } from "./chromium";
import { manifestRequirementSets } from "../workbook/office/strictExcel/manifestSets";
import { strictExcelPageScript } from "../workbook/office/strictExcel/pageScript";
import { serveDirectory } from "./staticServer";

const ROOT = join(__dirname, "..", "..");
const DIST = process.env.LKJIP_DIST ?? join(ROOT, "dist");
const OUT = join(ROOT, "docs", "screenshots");
const SAMPLE = join(ROOT, "samples", "contoh-dinsos-probolinggo.xlsx");
const BROKEN = join(ROOT, "tests", "fixtures", "broken", "sum-mismatch.xlsx");

async function inExcel(file: string): Promise<string> {
  const workbook = await openWorkbookFile(file);
  const sheets = await workbook.listSheets();
  return strictExcelPageScript({
    grids: await workbook.readSheets(sheets.map((sheet) => sheet.name)),
    declared: manifestRequirementSets(),
    displayLanguage: "id-ID",
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(document.querySelector("[data-testid=generate]") as HTMLButtonElement | null)?.disabled
  );
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveDirectory(DIST);
  try {
    const pane = await launchChromium({ width: 320, height: 1100 });
    try {
      const page = await pane.context.newPage();
      await page.addInitScript(await inExcel(SAMPLE));
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByTestId("generate").waitFor();
      await page.selectOption("#report-year", "2017");
      await settle(page);
      await page.screenshot({ path: join(OUT, "taskpane-id.png"), fullPage: true });
      await page.getByTestId("attributions").locator("summary").click();
      await page
        .getByTestId("attributions")
        .screenshot({ path: join(OUT, "taskpane-atribusi-id.png") });
      await page.getByTestId("generate").click();
      await page.getByTestId("made").waitFor();
      await page.locator("section", { has: page.getByTestId("generate") }).screenshot({
        path: join(OUT, "taskpane-hasil-id.png"),
      });

      const broken = await pane.context.newPage();
      await broken.addInitScript(await inExcel(BROKEN));
      await broken.goto(`${server.url}/taskpane.html`);
      await broken.getByTestId("findings").waitFor();
      await broken.getByTestId("findings").scrollIntoViewIfNeeded();
      await broken.screenshot({ path: join(OUT, "taskpane-temuan-id.png"), fullPage: true });
    } finally {
      await pane.close();
    }

    const web = await launchChromium({ width: 1000, height: 900 });
    try {
      const page = await web.context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      await page.locator("#workbook-file").waitFor();
      await page.screenshot({ path: join(OUT, "webtool-id.png"), fullPage: true });
      await page.setInputFiles("#workbook-file", SAMPLE);
      await page.getByTestId("generate").waitFor();
      await page.selectOption("#report-year", "2017");
      await settle(page);
      await page.getByTestId("generate").click();
      await page.getByTestId("download").waitFor();
      await page.screenshot({ path: join(OUT, "webtool-hasil-id.png"), fullPage: true });
    } finally {
      await web.close();
    }
  } finally {
    await server.close();
  }
  console.log(`Screenshots written to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
