/**
 * Renders generated sheets to PNG for the README (docs/screenshots/tabel-*.png): the multi-year
 * fixture through the real pipeline (with its Penandatangan block and the Perjanjian Kinerja),
 * each sheet alone through LibreOffice to PDF, then pdftoppm. Needs soffice and pdftoppm.
 * Run: npx tsx scripts/tableScreenshots.ts
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { mkdtempSync, renameSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateReport } from "../src/pipeline";
import { openWorkbookFile, saveWorkbookFile } from "../src/workbook/exceljs/files";
import { convert, findSoffice, makeProfile } from "../tests/e2e/libreoffice";

const ROOT = join(__dirname, "..");
const SHEETS: Record<string, string> = {
  "Tabel 3.1.2": "tabel-3-1-2",
  "Tabel 3.1.9": "tabel-3-1-9",
  "Perjanjian Kinerja 2018": "perjanjian-kinerja",
};

async function main(): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found");
  const dir = mkdtempSync(join(tmpdir(), "lkjip-shots-"));
  const port = await openWorkbookFile(join(ROOT, "tests", "fixtures", "seed-multi-year.xlsx"));
  await generateReport(port, { tahun: 2017, language: "id", perjanjianKinerja: true });
  const generated = join(dir, "generated.xlsx");
  await saveWorkbookFile(port, generated);
  const profile = makeProfile();
  for (const [sheet, name] of Object.entries(SHEETS)) {
    // Only the sheet shown is visible, so the PDF holds its pages alone.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(generated);
    for (const other of workbook.worksheets)
      other.state = other.name === sheet ? "visible" : "hidden";
    workbook.views = [
      { activeTab: workbook.worksheets.findIndex((w) => w.name === sheet) } as ExcelJS.WorkbookView,
    ];
    const file = join(dir, `${name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    convert(soffice, profile, file, "pdf", dir);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      "1",
      "-l",
      "1",
      join(dir, `${name}.pdf`),
      join(dir, name),
    ]);
    renameSync(join(dir, `${name}-1.png`), join(ROOT, "docs", "screenshots", `${name}.png`));
    console.log(`docs/screenshots/${name}.png`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
