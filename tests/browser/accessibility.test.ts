import { existsSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { openWorkbookFile } from "../../src/workbook/exceljs/files";
import { chromiumAvailable, launchChromium, type Browser } from "./chromium";
import type { SheetGrid } from "../../src/workbook/grid";
import { manifestRequirementSets } from "../workbook/office/strictExcel/manifestSets";
import { strictExcelPageScript } from "../workbook/office/strictExcel/pageScript";
import { serveDirectory, type StaticServer } from "./staticServer";
import { chooseFile } from "./webToolSteps";

/**
 * axe-core over the built pages in real Chromium: the pane inside Excel (Office played by
 * the strict fake, tests/workbook/office/strictExcel) in each of Office's themes, and the web tool (hosted and one-file), in Indonesian and
 * English. No serious or critical violation is allowed; each is listed with its rule and element.
 */
const ROOT = join(__dirname, "..", "..");
const DIST = process.env.LKJIP_DIST ?? join(ROOT, "dist");
const SAMPLE = join(ROOT, "samples", "contoh-dinsos-probolinggo.xlsx");
const BROKEN = join(ROOT, "tests", "fixtures", "broken", "sum-mismatch.xlsx");

const run = chromiumAvailable() ? describe : describe.skip;

/** Office's themes as Excel reports them in Office.context.officeTheme. */
const OFFICE_THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF" },
  dark: { bodyBackgroundColor: "#262626", isDarkTheme: true },
} as const;

async function workbookGrids(file: string): Promise<SheetGrid[]> {
  const workbook = await openWorkbookFile(file);
  return workbook.readSheets((await workbook.listSheets()).map((sheet) => sheet.name));
}

/** Excel in the page, with the given workbook, display language and Office theme. */
function excelInPage(
  grids: SheetGrid[],
  displayLanguage: string,
  officeTheme: { bodyBackgroundColor: string; isDarkTheme?: boolean }
): string {
  return strictExcelPageScript({
    grids,
    declared: manifestRequirementSets(),
    displayLanguage,
    officeTheme,
  });
}

/**
 * Under forced colours the browser paints every text and background in the user's own system
 * palette, so the page's colours (what axe's color-contrast rule measures) are not what is seen:
 * that one rule is left out there, every other rule still applies.
 */
async function seriousViolations(page: Page, forcedColors = false): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (forcedColors) builder.disableRules(["color-contrast"]);
  const result = await builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")}`
      )
    );
}

async function themeOf(page: Page): Promise<string | null> {
  return page.locator("body").getAttribute("data-theme");
}

/** The pane follows a system setting as it changes, without a reload. */
async function waitForTheme(page: Page, theme: string): Promise<void> {
  await page.waitForFunction((expected) => document.body.dataset.theme === expected, theme, {
    timeout: 5_000,
  });
}

run("accessibility (axe-core) of the pane and the web tool", () => {
  let server: StaticServer;

  beforeAll(async () => {
    for (const file of ["taskpane.html", "lkjip-web.html"])
      if (!existsSync(join(DIST, file)))
        throw new Error(`${DIST}/${file} is missing: run npm run build first (npm test does)`);
    server = await serveDirectory(DIST);
  }, 60_000);

  afterAll(async () => {
    await server?.close();
  });

  describe.each([
    ["id-ID", "Buat Tabel LKjIP"],
    ["en-US", "Generate LKjIP tables"],
  ])("in %s", (locale, generateLabel) => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchChromium({ locale, width: 320 });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it.each(["light", "dark"] as const)(
      "the pane inside Excel, Office theme %s, with findings shown",
      async (theme) => {
        const page = await browser.context.newPage();
        await page.addInitScript(
          excelInPage(await workbookGrids(BROKEN), locale, OFFICE_THEMES[theme])
        );
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByTestId("findings").waitFor({ timeout: 15_000 });
        await expect(page.getByTestId("generate").innerText()).resolves.toBe(generateLabel);
        await expect(themeOf(page)).resolves.toBe(theme);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      },
      60_000
    );

    it("the pane in Windows high contrast (forced colours) takes the high-contrast theme", async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ forcedColors: "active" });
      await page.addInitScript(
        excelInPage(await workbookGrids(SAMPLE), locale, OFFICE_THEMES.light)
      );
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByTestId("generate").waitFor({ timeout: 15_000 });
      await expect(themeOf(page)).resolves.toBe("highContrast");
      expect(await seriousViolations(page, true)).toEqual([]);
      await page.close();
    }, 60_000);

    it("the hosted web tool, before and after reading the sample", async () => {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      await page.locator("#workbook-file").waitFor({ timeout: 10_000 });
      await expect(themeOf(page)).resolves.toBe("light");
      expect(await seriousViolations(page)).toEqual([]);
      await chooseFile(page, SAMPLE);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }, 60_000);

    it("the one-file web tool, light, dark (system preference) and forced colours", async () => {
      const page = await browser.context.newPage();
      await page.goto(pathToFileURL(join(DIST, "lkjip-web.html")).href);
      await page.locator("#workbook-file").waitFor({ timeout: 10_000 });
      await chooseFile(page, SAMPLE);
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      await waitForTheme(page, "dark");
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
      await waitForTheme(page, "highContrast");
      expect(await seriousViolations(page, true)).toEqual([]);
      await page.close();
    }, 90_000);
  });
});
