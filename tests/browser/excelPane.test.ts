import { existsSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { openWorkbookFile } from "../../src/workbook/exceljs/files";
import type { SheetGrid } from "../../src/workbook/grid";
import type { PageSetup } from "../workbook/office/strictExcel/browser";
import { manifestRequirementSets } from "../workbook/office/strictExcel/manifestSets";
import { strictExcelPageScript } from "../workbook/office/strictExcel/pageScript";
import { chromiumAvailable, launchChromium, type Browser } from "./chromium";
import { serveDirectory, type StaticServer } from "./staticServer";

const ROOT = join(__dirname, "..", "..");
const DIST = process.env.LKJIP_DIST ?? join(ROOT, "dist");

const run = chromiumAvailable() ? describe : describe.skip;

async function workbookGrids(file: string): Promise<SheetGrid[]> {
  const workbook = await openWorkbookFile(file);
  const sheets = await workbook.listSheets();
  return workbook.readSheets(sheets.map((sheet) => sheet.name));
}

function setup(grids: SheetGrid[], extra: Partial<PageSetup> = {}): string {
  return strictExcelPageScript({
    grids,
    declared: manifestRequirementSets(),
    displayLanguage: "id-ID",
    ...extra,
  });
}

/** What the strict Excel in the page holds: active sheet, selection, a cell. */
function excelState(page: Page) {
  return page.evaluate(() => {
    const host = (
      window as unknown as { __strictExcel: import("../workbook/office/strictExcel").StrictExcel }
    ).__strictExcel;
    const name = (id: number | null | undefined) =>
      host.state.sheets.find((s) => s.id === id)?.name;
    const selection = host.state.selection;
    return {
      active: name(host.state.activeSheetId),
      selected: selection
        ? { sheet: name(selection.sheetId), row: selection.rect.row, column: selection.rect.column }
        : null,
      failed: host.syncs.filter((sync) => sync.failed).map((sync) => sync.failed),
      sheets: host.state.sheets.map((s) => s.name),
    };
  });
}

/** The built pane as Excel hosts it, Excel played in the page by the strict fake (tests/workbook/office/strictExcel). */
run("task pane inside Excel (built page, the strict Excel in the page)", () => {
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
      setup(await workbookGrids(join(ROOT, "tests/fixtures/broken/sum-mismatch.xlsx")))
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
      ["Rincian Tabel 3.2 dan Lampiran", "choice-rincian"],
      ["Periode", "choice-periode"],
      ["Nama program di tabel", "choice-nama-program"],
    ]) {
      await expect(page.getByLabel(label, { exact: true }).getAttribute("id")).resolves.toBe(id);
    }

    const firstFinding = page.getByTestId("findings").getByRole("button").first();
    const label = (await firstFinding.innerText()).trim();
    await firstFinding.press("Enter");
    await page.waitForFunction(
      () =>
        (window as unknown as { __strictExcel: { state: { selection: unknown } } }).__strictExcel
          .state.selection !== null
    );
    const { selected } = await excelState(page);
    const letters = (column: number) => {
      let text = "";
      for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
        text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
      return text;
    };
    const address = `${letters(selected!.column)}${selected!.row + 1}`;
    expect(label).toBe(
      /^[A-Za-z0-9_.]+$/.test(selected!.sheet!)
        ? `${selected!.sheet}!${address}`
        : `'${selected!.sheet}'!${address}`
    );

    await page.selectOption("#choice-rincian", "kegiatan");
    await page.selectOption("#choice-periode", "tw2");
    await page.selectOption("#choice-efisiensi", "selisih");
    await page.selectOption("#choice-nama-program", "anggaran");
    await page.waitForFunction(() => {
      const office = (
        window as unknown as {
          Office: { context: { document: { settings: { get(k: string): unknown } } } };
        }
      ).Office;
      return office.context.document.settings.get("lkjip.choices") !== null;
    });
    const stored = await page.evaluate(() =>
      (
        window as unknown as {
          Office: { context: { document: { settings: { get(k: string): unknown } } } };
        }
      ).Office.context.document.settings.get("lkjip.choices")
    );
    expect(JSON.parse(String(stored))).toEqual({
      scale: "LKJIP",
      efisiensi: "selisih",
      mode: "formulas",
      arah: {},
      renstra: "auto",
      rincian: "kegiatan",
      attribution: {},
      periode: "tw2",
      namaProgram: "anggaran",
      penandatangan: {},
      perjanjianKinerja: false,
    });

    await page.getByTestId("generate").click();
    await page.getByTestId("made").waitFor({ timeout: 30_000 });
    await page
      .getByTestId("made")
      .getByRole("button", { name: /Ringkasan/ })
      .click();
    await page.waitForFunction(() => {
      const host = (
        window as unknown as { __strictExcel: import("../workbook/office/strictExcel").StrictExcel }
      ).__strictExcel;
      return host.state.sheets.find((s) => s.id === host.state.activeSheetId)?.name === "Ringkasan";
    });

    // The reference is folded at first; opened from the keyboard like any details/summary.
    await page.getByTestId("functions").locator("summary").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: /Sisipkan =LKJIP\.EFISIENSI/ }).click();
    await page.getByTestId("notice").waitFor();
    const inserted = await page.evaluate(() => {
      const host = (
        window as unknown as { __strictExcel: import("../workbook/office/strictExcel").StrictExcel }
      ).__strictExcel;
      const selection = host.state.selection!;
      const sheet = host.state.sheets.find((s) => s.id === selection.sheetId)!;
      return sheet.cells.get(selection.rect.row * 16_384 + selection.rect.column)?.formula;
    });
    expect(inserted).toBe("=LKJIP.EFISIENSI(165.95%,82.63%)");
    expect((await excelState(page)).failed).toEqual(
      (await excelState(page)).failed.filter((code) => code === "InvalidObjectPath")
    );
    await page.close();
  }, 90_000);

  it("an Excel that answers onReady only after 6 s still gets the pane, not the web tool", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(
      setup(await workbookGrids(join(ROOT, "samples/contoh-dinsos-probolinggo.xlsx")), {
        onReadyDelayMs: 6000,
      })
    );
    const started = Date.now();
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId("generate").waitFor({ timeout: 30_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(6000);
    await expect(page.locator("body").getAttribute("data-host")).resolves.toBe("excel");
    await page.close();
  }, 60_000);

  it("an Excel error is shown in the pane, in Indonesian, with a way to try again", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(
      setup(await workbookGrids(join(ROOT, "samples/contoh-dinsos-probolinggo.xlsx")), {
        faults: {
          "Worksheet.getUsedRangeOrNullObject": {
            code: "AccessDenied",
            message: "This operation is not permitted on a protected sheet.",
          },
        },
      })
    );
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
