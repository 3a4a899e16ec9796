import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";

/** What a user does in the web tool, step by step; shared by the hosted page's and the one-file tool's tests. */

/** Cached results of every formula cell of a sheet, by address. */
export function cachedResults(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const results = new Map<string, unknown>();
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as { formula?: string; result?: unknown } | null;
      if (value && typeof value === "object" && "formula" in value)
        results.set(cell.address, value.result);
    })
  );
  return results;
}

export async function expectEnabled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(document.querySelector("[data-testid=generate]") as HTMLButtonElement | null)?.disabled,
    undefined,
    { timeout: 30_000 }
  );
}

export async function chooseFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles("#workbook-file", path);
  await page.getByTestId("generate").waitFor({ timeout: 30_000 });
  await expectEnabled(page);
}

export async function generateAndDownload(page: Page): Promise<ExcelJS.Workbook> {
  await page.getByTestId("generate").click();
  await page.getByTestId("download").waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The seed's figures for 2017 in the generated workbook: Tabel 3.1.6 49,79%, 3.1.4 56,41%, 3.2 Rp 7.095.515.222. */
export function seedFigures2017(workbook: ExcelJS.Workbook): {
  efisiensi: boolean;
  proporsi: boolean;
  tabel32: boolean;
} {
  const values = (name: string) => [...cachedResults(workbook.getWorksheet(name)!).values()];
  const percent = (name: string, basisPoints: number) =>
    values(name).some(
      (value) => typeof value === "number" && Math.round(value * 10_000) === basisPoints
    );
  return {
    efisiensi: percent("Tabel 3.1.6", 4979),
    proporsi: percent("Tabel 3.1.4", 5641),
    tabel32: values("Tabel 3.2").includes(7_095_515_222),
  };
}
