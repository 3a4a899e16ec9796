import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { chromiumAvailable, launchChromium, type Browser } from "./chromium";
import { serveDirectory, type StaticServer } from "./staticServer";
import { chooseFile, expectEnabled, generateAndDownload, seedFigures2017 } from "./webToolSteps";

const ROOT = join(__dirname, "..", "..");
/** The built page (npm test builds first); LKJIP_DIST points elsewhere for a one-off build. */
const DIST = process.env.LKJIP_DIST ?? join(ROOT, "dist");
const SAMPLE = join(ROOT, "samples", "contoh-dinsos-probolinggo.xlsx");
const BROKEN = join(ROOT, "tests", "fixtures", "broken", "sum-mismatch.xlsx");

const run = chromiumAvailable() ? describe : describe.skip;

async function openTool(page: Page, server: StaticServer): Promise<void> {
  await page.goto(`${server.url}/taskpane.html`);
  // office.js is blocked: the page must become the web tool quickly, not wait for Office.
  await page.locator("#workbook-file").waitFor({ timeout: 10_000 });
}

run("web tool in real Chromium (built page, office.js unreachable)", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html"))) {
      throw new Error(`${DIST}/taskpane.html is missing: run npm run build first (npm test does)`);
    }
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("says in Indonesian that nothing is uploaded, and makes the tables of the sample for 2017", async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.method() + " " + request.url()));
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await openTool(page, server);
    await expect(page.locator("main").innerText()).resolves.toContain("tidak diunggah ke mana pun");
    await chooseFile(page, SAMPLE);
    await page.selectOption("#report-year", "2017");
    await expectEnabled(page);
    await expect(page.locator("#budget-sheet").inputValue()).resolves.not.toBe("");

    const workbook = await generateAndDownload(page);
    const made = await page.getByTestId("made").locator("li").allInnerTexts();
    expect(made.join("\n")).toContain("Tabel 3.1.6");
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Ringkasan",
        "Tabel 3.1.1",
        "Tabel 3.1.4",
        "Tabel 3.1.6",
        "Tabel 3.2",
      ])
    );
    // The user's own sheets are still there, unchanged in number.
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    for (const sheet of original.worksheets) expect(names).toContain(sheet.name);

    expect(seedFigures2017(workbook)).toEqual({ efisiensi: true, proporsi: true, tabel32: true });

    // Nothing but the page itself was fetched: no upload, no other host.
    const foreign = requests.filter(
      (entry) => !entry.includes(server.url) && !/appsforoffice/.test(entry)
    );
    expect(
      foreign.filter((entry) => !entry.startsWith("GET blob:") && !entry.startsWith("GET data:"))
    ).toEqual([]);
    expect(requests.filter((entry) => entry.startsWith("POST") || entry.startsWith("PUT"))).toEqual(
      []
    );
    // Without Office, the functions and ribbon bundles load quietly (no "Office is not defined").
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it("works opened straight from disk (file://), as the README tells offices without a server", async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(DIST, "taskpane.html")).href);
    await page.locator("#workbook-file").waitFor({ timeout: 10_000 });
    await chooseFile(page, SAMPLE);
    await page.selectOption("#report-year", "2017");
    await expectEnabled(page);
    const workbook = await generateAndDownload(page);
    expect(workbook.getWorksheet("Tabel 3.1.6")).toBeDefined();
    await page.close();
  }, 120_000);

  it("shows the findings of a broken workbook, still makes what it can", async () => {
    const page = await browser.context.newPage();
    await openTool(page, server);
    await chooseFile(page, BROKEN);
    const findings = page.getByTestId("findings").locator("li");
    await findings.first().waitFor();
    const texts = await findings.allInnerTexts();
    // Rendered in Indonesian from the catalogue, with the cell: never a raw message key.
    expect(texts.some((text) => /!\$?[A-Z]+\d+/.test(text))).toBe(true);
    expect(texts.join("\n")).not.toMatch(/finding\.\w+/);
    const workbook = await generateAndDownload(page);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Ringkasan");
    await page.close();
  }, 120_000);

  it("tells the user, in Indonesian, when the file is not a workbook", async () => {
    const page = await browser.context.newPage();
    await openTool(page, server);
    await page.setInputFiles("#workbook-file", {
      name: "catatan.xlsx",
      mimeType: "text/plain",
      buffer: Buffer.from("bukan workbook"),
    });
    const error = page.getByTestId("error");
    await error.waitFor({ timeout: 30_000 });
    await expect(error.innerText()).resolves.toContain(
      "catatan.xlsx: Berkas ini bukan buku kerja Excel."
    );
    await page.close();
  }, 60_000);

  it("gives an empty input template to download, before any file is chosen", async () => {
    const page = await browser.context.newPage();
    await openTool(page, server);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("template").click(),
    ]);
    expect(download.suggestedFilename()).toBe("Input LKjIP.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Indikator Kinerja", "Matriks Renstra"])
    );
    await expect(page.getByTestId("notice").innerText()).resolves.toContain("Lembar input dibuat");
    await page.close();
  }, 60_000);

  it("speaks English to an English browser", async () => {
    const english = await launchChromium({ locale: "en-US" });
    try {
      const page = await english.context.newPage();
      await openTool(page, server);
      await chooseFile(page, SAMPLE);
      await expect(page.getByTestId("generate").innerText()).resolves.toBe("Generate LKjIP tables");
    } finally {
      await english.close();
    }
  }, 60_000);
});
