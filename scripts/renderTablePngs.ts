/**
 * Renders every generated table of a workbook as printed: each table alone in a workbook (values
 * mode, so it needs no input sheet), through LibreOffice to PDF, then each page to PNG at 100 dpi.
 * Usage: npx tsx scripts/renderTablePngs.ts <input.xlsx> <tahun> <outdir> <prefix> [triwulan 1-4]
 *        [--perjanjian-kinerja]
 * Writes <outdir>/<prefix>-<sheet>[-<page>].png; used for docs/tables and docs/screenshots.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Triwulan } from "../src/model/quarters";
import { generateReport } from "../src/pipeline";
import { parseTriwulan } from "../src/report/options";
import { openWorkbookFile } from "../src/workbook/exceljs/files";
import { writeSheetsToWorkbook } from "../src/workbook/exceljs/writeSheets";
import type { SheetSpec } from "../src/workbook/sheetSpec";
import type { WritePlan } from "../src/workbook/workbookPort";
import { convert, findSoffice, makeProfile } from "../tests/e2e/libreoffice";

/** One generated sheet and the PNG files (names in outDir) of its printed pages. */
export interface RenderedSheet {
  sheet: string;
  files: string[];
}

export async function renderTablePngs(
  input: string,
  tahun: number,
  outDir: string,
  prefix: string,
  /** A quarter: its "Pengukuran Kinerja TW N" sheet is rendered too. */
  triwulan?: Triwulan,
  /** Also render next year's Perjanjian Kinerja. */
  options: { perjanjianKinerja?: boolean } = {}
): Promise<RenderedSheet[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found");
  const workbook = await openWorkbookFile(input);
  let written: SheetSpec[] = [];
  const capture = {
    listSheets: () => workbook.listSheets(),
    readSheets: (names: string[]) => workbook.readSheets(names),
    writeSheets: async (plan: WritePlan) => {
      written = [...plan.sheets];
    },
  };
  await generateReport(capture, {
    tahun,
    mode: "values",
    language: "id",
    triwulan,
    perjanjianKinerja: options.perjanjianKinerja === true,
  });
  const rendered: RenderedSheet[] = [];
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "lkjip-png-"));
  // Numbers as an Indonesian Excel shows them: Rp1.283.419.000, 94,19%.
  const profile = makeProfile("id-ID");
  for (const sheet of written) {
    const slug = sheet.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/-$/, "");
    const single = new ExcelJS.Workbook();
    writeSheetsToWorkbook(single, [{ ...sheet, activate: false }], []);
    const file = join(work, `${prefix}-${slug}.xlsx`);
    await single.xlsx.writeFile(file);
    convert(soffice, profile, file, "pdf", work);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "100",
      file.replace(/\.xlsx$/, ".pdf"),
      join(work, `${prefix}-${slug}`),
    ]);
    const pages = readdirSync(work).filter(
      (name) => name.startsWith(`${prefix}-${slug}-`) && name.endsWith(".png")
    );
    pages.sort();
    const files = pages.map((page, index) => {
      const target =
        pages.length === 1 ? `${prefix}-${slug}.png` : `${prefix}-${slug}-${index + 1}.png`;
      renameSync(join(work, page), join(outDir, target));
      return target;
    });
    rendered.push({ sheet: sheet.name, files });
  }
  return rendered;
}

async function main(): Promise<void> {
  const [input, tahunText, outDir, prefix, ...rest] = process.argv.slice(2);
  const flags = rest.filter((arg) => arg.startsWith("--"));
  const triwulanText = rest.find((arg) => !arg.startsWith("--"));
  if (!input || !tahunText || !outDir || !prefix) {
    throw new Error("usage: renderTablePngs.ts <input.xlsx> <tahun> <outdir> <prefix> [1-4]");
  }
  const triwulan = triwulanText === undefined ? undefined : parseTriwulan(triwulanText);
  if (triwulan === null) throw new Error("triwulan: 1, 2, 3 or 4");
  const rendered = await renderTablePngs(input, Number(tahunText), outDir, prefix, triwulan, {
    perjanjianKinerja: flags.includes("--perjanjian-kinerja"),
  });
  for (const { sheet, files } of rendered) {
    console.log(`${sheet}: ${files.length} page(s)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
