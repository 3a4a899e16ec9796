import ExcelJS from "exceljs";
import { join } from "path";
import { generateReport } from "../src/pipeline";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
import { openWorkbookFile } from "../src/workbook/exceljs/files";
import { KEPALA_DINAS, WALIKOTA } from "./fixtures/builders/penandatanganSheet";
import { FIXTURES } from "./fixtures/loadFixture";

const MULTI_YEAR = join(FIXTURES, "seed-multi-year.xlsx");

async function texts(port: ExcelJsWorkbook, sheet: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await port.toBuffer();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const found: string[] = [];
  workbook.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && !(cell.isMerged && cell.master !== cell)) {
        found.push(cell.value);
      }
    })
  );
  return found;
}

describe("signatures and next year's Perjanjian Kinerja through the whole pipeline", () => {
  test("the workbook's Penandatangan block signs every table; the agreement on request", async () => {
    const port = await openWorkbookFile(MULTI_YEAR);
    const result = await generateReport(port, {
      tahun: 2017,
      language: "id",
      perjanjianKinerja: true,
    });
    expect(result.made.map((entry) => entry.sheet)).toContain("Perjanjian Kinerja 2018");
    expect(result.made.map((entry) => entry.sheet)).toContain("Tabel 3.1.9");
    const tabel = await texts(port, "Tabel 3.1.1");
    expect(tabel.slice(-5)).toEqual([
      "Probolinggo, 31 Januari 2018",
      KEPALA_DINAS.jabatan,
      KEPALA_DINAS.nama,
      KEPALA_DINAS.pangkat,
      `NIP. ${KEPALA_DINAS.nip}`,
    ]);
    const pk = await texts(port, "Perjanjian Kinerja 2018");
    expect(pk).toEqual(
      expect.arrayContaining([
        "LAMPIRAN PERJANJIAN KINERJA TAHUN 2018",
        WALIKOTA.nama,
        "PIHAK KEDUA,",
      ])
    );
    // The Ringkasan is the add-in's account, not a table of the report: unsigned.
    expect(await texts(port, "Ringkasan")).not.toContain(KEPALA_DINAS.nama);
  });

  test("typed signers win field by field; without any, no block and no agreement", async () => {
    const port = await openWorkbookFile(MULTI_YEAR);
    await generateReport(port, {
      tahun: 2017,
      language: "id",
      penandatangan: { pihakPertama: { nama: "Dra. SITI AMINAH", nip: "" } },
    });
    const tabel = await texts(port, "Tabel 3.1.1");
    expect(tabel).toContain("Dra. SITI AMINAH");
    expect(tabel).not.toContain(KEPALA_DINAS.nama);
    expect(tabel).toContain(`NIP. ${KEPALA_DINAS.nip}`);
    expect((await port.listSheets()).map((sheet) => sheet.name)).not.toContain(
      "Perjanjian Kinerja 2018"
    );
    const plain = await openWorkbookFile(join(FIXTURES, "seed-cascading.xlsx"));
    await generateReport(plain, { tahun: 2017, language: "id" });
    expect((await texts(plain, "Tabel 3.1.1")).join(" ")).not.toContain("NIP.");
  });
});
