import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { generateReport } from "../../src/pipeline";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { CHART_TITLE, richPackage, USER_SHEET } from "../fixtures/builders/richPackage";
import { convert, findSoffice, makeProfile, recalculate } from "./libreoffice";

const soffice = findSoffice();
if (!soffice && process.env.CI === "true") {
  throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc-nogui");
}
const describeWithSoffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("tests/e2e/package: soffice not found, LibreOffice tests skipped");

async function generate(bytes: Uint8Array): Promise<Uint8Array> {
  const port = await ExcelJsWorkbook.fromBuffer(bytes);
  await generateReport(port, { tahun: 2017, language: "id" });
  return port.toBuffer();
}

describeWithSoffice("the spliced package in LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-package-"));
  const file = join(dir, "regenerated.xlsx");
  let profile: string;

  beforeAll(async () => {
    profile = makeProfile();
    // Generated, then regenerated: the second run rewrites the generated sheets in place.
    writeFileSync(file, await generate(await generate(await richPackage())));
  }, 120_000);

  test("still renders the user's chart (its title is in the PDF's text)", () => {
    convert(soffice!, profile, file, "pdf", dir);
    const pdf = readdirSync(dir).find((name) => name.endsWith(".pdf"))!;
    const text = execFileSync("pdftotext", [join(dir, pdf), "-"], { encoding: "utf8" });
    expect(text).toContain(CHART_TITLE);
    expect(text).toContain("Catatan analisis BAB III");
  }, 180_000);

  test("a user's formula on a rewritten generated sheet still points at it and recalculates", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    // The user's sheet part is theirs, byte for byte: the formula text is as they wrote it.
    const userSheet = await zip.file("xl/worksheets/sheet4.xml")!.async("string");
    expect(userSheet).toContain("<f>&apos;Tabel 3.1.4&apos;!D8</f>");
    const sheets = recalculate(soffice!, profile, file, [USER_SHEET, "Tabel 3.1.4"]);
    const table = sheets.get("Tabel 3.1.4")!;
    const total = table[7][3];
    expect(Number(total)).toBeGreaterThan(0);
    expect(sheets.get(USER_SHEET)![1][1]).toBe(total);
  }, 180_000);
});
