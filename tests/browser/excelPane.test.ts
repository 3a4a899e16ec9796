import { existsSync } from "fs";
import { join } from "path";
import { openWorkbookFile } from "../../src/workbook/exceljs/files";
import { chromiumAvailable, launchChromium, type Browser } from "./chromium";
import { fakeOfficeScript, fakeRanges } from "./fakeExcel";
import { serveDirectory, type StaticServer } from "./staticServer";

const ROOT = join(__dirname, "..", "..");
const DIST = process.env.LKJIP_DIST ?? join(ROOT, "dist");

const run = chromiumAvailable() ? describe : describe.skip;

async function workbookRanges(file: string) {
  const workbook = await openWorkbookFile(file);
  const sheets = await workbook.listSheets();
  return fakeRanges(await workbook.readSheets(sheets.map((sheet) => sheet.name)));
}

/** The built pane as Excel hosts it (Office played by fakeExcel.ts): the Excel-only paths of the UI. */
run("task pane inside Excel (built page, Office played in the page)", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error(`${DIST}/taskpane.html is missing: run npm run build first`);
    server = await serveDirectory(DIST);
    browser = await launchChromium({ width: 320 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("reads the workbook on open, links findings and made sheets to Excel, remembers choices", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(
      fakeOfficeScript(
        await workbookRanges(join(ROOT, "tests/fixtures/broken/sum-mismatch.xlsx")),
        "id-ID"
      )
    );
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId("generate").waitFor({ timeout: 15_000 });
    await expect(page.locator("body").getAttribute("data-host")).resolves.toBe("excel");
    await expect(page.locator("#workbook-file").count()).resolves.toBe(0);
    await expect(page.getByTestId("generate").innerText()).resolves.toBe("Buat Tabel LKjIP");

    // Keyboard only: Tab reaches the primary button; every picker has its label.
    let reached = false;
    for (let tab = 0; tab < 30 && !reached; tab++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => document.activeElement?.getAttribute("data-testid") === "generate"
      );
    }
    expect(reached).toBe(true);
    for (const [label, id] of [
      ["Lembar realisasi anggaran", "budget-sheet"],
      ["Lembar indikator kinerja", "indicator-sheet"],
      ["Tahun laporan", "report-year"],
      ["Skala predikat", "choice-scale"],
      ["Metode efisiensi", "choice-efisiensi"],
      ["Isi sel tabel", "choice-mode"],
    ]) {
      await expect(page.getByLabel(label, { exact: true }).getAttribute("id")).resolves.toBe(id);
    }

    const calls = () =>
      page.evaluate(() => (window as unknown as { __officeCalls: unknown[][] }).__officeCalls);
    const firstFinding = page.getByTestId("findings").getByRole("button").first();
    const label = (await firstFinding.innerText()).trim();
    await firstFinding.press("Enter");
    await page.waitForFunction(() =>
      (window as unknown as { __officeCalls: unknown[][] }).__officeCalls.some(
        (c) => c[0] === "select"
      )
    );
    const select = (await calls()).find((call) => call[0] === "select")!;
    expect(label).toBe(
      /^[A-Za-z0-9_.]+$/.test(String(select[1]))
        ? `${select[1]}!${select[2]}`
        : `'${select[1]}'!${select[2]}`
    );

    await page.selectOption("#choice-efisiensi", "selisih");
    await page.waitForFunction(() =>
      (window as unknown as { __officeCalls: unknown[][] }).__officeCalls.some(
        (c) => c[0] === "saveSettings"
      )
    );
    const saved = (await calls()).filter((call) => call[0] === "saveSettings").pop()!;
    const stored = JSON.parse(String(saved[1]))["lkjip.choices"];
    expect(JSON.parse(stored)).toEqual({
      scale: "LKJIP",
      efisiensi: "selisih",
      mode: "formulas",
      arah: {},
      renstra: "auto",
    });

    await page.getByTestId("generate").click();
    await page.getByTestId("made").waitFor({ timeout: 30_000 });
    await page
      .getByTestId("made")
      .getByRole("button", { name: /Ringkasan/ })
      .click();
    await page.waitForFunction(() =>
      (window as unknown as { __officeCalls: unknown[][] }).__officeCalls.some(
        (c) => c[0] === "activate" && c[1] === "Ringkasan"
      )
    );

    // The reference is folded at first; opened from the keyboard like any details/summary.
    await page.getByTestId("functions").locator("summary").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: /Sisipkan =LKJIP\.EFISIENSI/ }).click();
    await page.getByTestId("notice").waitFor();
    expect(await calls()).toContainEqual(["formulas", [["=LKJIP.EFISIENSI(165.95%,82.63%)"]]]);
    await page.close();
  }, 90_000);

  it("an Excel error is shown in the pane, in Indonesian, with a way to try again", async () => {
    const page = await browser.context.newPage();
    const ranges = await workbookRanges(join(ROOT, "samples/contoh-dinsos-probolinggo.xlsx"));
    await page.addInitScript(fakeOfficeScript(ranges, "id-ID", true));
    await page.goto(`${server.url}/taskpane.html`);
    const error = page.getByTestId("error");
    await error.waitFor({ timeout: 15_000 });
    const text = await error.innerText();
    expect(text).toContain("Terjadi kesalahan");
    expect(text).toContain("protected sheet. (kode AccessDenied)");
    await expect(
      page.getByRole("button", { name: "Baca ulang workbook" }).isEnabled()
    ).resolves.toBe(true);
    await page.close();
  }, 60_000);
});
