import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { BENCH_YEAR, syntheticWorkbook } from "../../bench/syntheticWorkbook";
import { generateReport } from "../../src/pipeline";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { saveWorkbookFile } from "../../src/workbook/exceljs/files";
import { writeSheetsToWorkbook } from "../../src/workbook/exceljs/writeSheets";
import type { SheetSpec } from "../../src/workbook/sheetSpec";
import type { WritePlan } from "../../src/workbook/workbookPort";
import { KEPALA_DINAS } from "../fixtures/builders/penandatanganSheet";
import { convert, findSoffice, makeProfile } from "./libreoffice";

const soffice = findSoffice();
if (!soffice && process.env.CI === "true") {
  throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc-nogui");
}
const describeWithSoffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("tests/e2e/pageBreaks: soffice not found, LibreOffice tests skipped");

/** Fourteen sasaran of three indicators (42 rows) and ten programs: Tabel 2.2 takes three pages. */
const source = () => new ExcelJsWorkbook(syntheticWorkbook(1000, 14, 3));
const options = {
  tahun: BENCH_YEAR,
  language: "id" as const,
  rincian: "program" as const,
  penandatangan: { pihakPertama: KEPALA_DINAS },
};

/** The PDF's pages as text, each line where it prints (pdftotext -layout). */
function pdfPages(xlsx: string, profile: string): string[] {
  convert(soffice!, profile, xlsx, "pdf", xlsx.replace(/\/[^/]*$/, ""));
  const text = execFileSync("pdftotext", ["-layout", xlsx.replace(/xlsx$/, "pdf"), "-"], {
    encoding: "utf8",
  });
  return text.split("\f").filter((page) => page.trim() !== "");
}

/** Tabel 2.2's pages: from the one opening with its title to the one with its signer's NIP. */
function tabel22Pages(pages: string[]): string[] {
  const first = pages.findIndex((page) => page.trim().startsWith("TABEL 2.2"));
  const last = pages.findIndex((page, index) => index >= first && page.includes(KEPALA_DINAS.nip));
  expect([first, last].every((index) => index >= 0)).toBe(true);
  return pages.slice(first, last + 1);
}

/**
 * What a Kasubag reads on each page: every indicator row under the indicator block's header
 * printed above it on the same page, every program row under the program block's, and the
 * signature's lines together on the last page.
 */
function expectHeadersOnEveryPage(pages: string[]): void {
  expect(pages.length).toBeGreaterThanOrEqual(3);
  const indicators = pages.flatMap(
    (page) => page.match(/Persentase capaian layanan \d+\.\d+/g) ?? []
  );
  expect(indicators).toHaveLength(42);
  for (const page of pages) {
    const firstIndicator = page.search(/Persentase capaian layanan/);
    if (firstIndicator >= 0) {
      const header = page.indexOf("Indikator Kinerja");
      expect({ page, header: header >= 0 && header < firstIndicator }).toEqual({
        page,
        header: true,
      });
    }
    const firstProgram = page.search(/Program Contoh Nomor/i);
    if (firstProgram >= 0) {
      const header = page.search(/Anggaran Tahun/);
      expect({ page, header: header >= 0 && header < firstProgram }).toEqual({
        page,
        header: true,
      });
    }
  }
  const signature = [KEPALA_DINAS.jabatan, KEPALA_DINAS.nama, KEPALA_DINAS.nip];
  const withLines = pages.filter((page) => signature.some((line) => page.includes(line)));
  expect(withLines).toHaveLength(1);
  for (const line of signature) expect(withLines[0]).toContain(line);
}

describeWithSoffice("LibreOffice prints every page of Tabel 2.2 under its block's header", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-pages-"));
  const profile = makeProfile("id-ID");
  jest.setTimeout(240_000);

  test("the saved workbook (formulas, package writer): pages as planned, each under its header", async () => {
    const workbook = source();
    await generateReport(workbook, options);
    const file = join(dir, "tabel22-formulas.xlsx");
    await saveWorkbookFile(workbook, file);
    const pages = tabel22Pages(pdfPages(file, profile));
    expectHeadersOnEveryPage(pages);
    // LibreOffice broke nowhere but where the table asked: the estimate of a page is safe.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string"))
    );
    const xml = parts.find((part) => part.includes(">TABEL 2.2<"))!;
    const breaks = xml.match(/<brk id="\d+"[^>]*man="1"/g) ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    expect(pages).toHaveLength(breaks.length + 1);
  });

  test("the sheet written by the ExcelJS writer alone (values) prints the same way", async () => {
    let written: SheetSpec[] = [];
    const workbook = source();
    await generateReport(
      {
        listSheets: () => workbook.listSheets(),
        readSheets: (names: string[]) => workbook.readSheets(names),
        writeSheets: async (plan: WritePlan) => {
          written = [...plan.sheets];
        },
      },
      { ...options, mode: "values" }
    );
    const sheet = written.find((spec) => spec.name === "Tabel 2.2")!;
    expect(sheet.rowBreaks?.length).toBeGreaterThanOrEqual(2);
    const single = new ExcelJS.Workbook();
    writeSheetsToWorkbook(single, [{ ...sheet, activate: false }], []);
    const file = join(dir, "tabel22-values.xlsx");
    await single.xlsx.writeFile(file);
    const pages = pdfPages(file, profile);
    expectHeadersOnEveryPage(pages);
    expect(pages).toHaveLength(sheet.rowBreaks!.length + 1);
  });
});
