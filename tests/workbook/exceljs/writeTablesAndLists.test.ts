import ExcelJS from "exceljs";
import { buildInputTemplate } from "../../../src/template/inputTemplate";
import { writeSheetsToWorkbook } from "../../../src/workbook/exceljs/writeSheets";

async function writtenTemplate(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  writeSheetsToWorkbook(workbook, buildInputTemplate(2019), []);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await workbook.xlsx.writeBuffer());
  return reread;
}

describe("writeTablesAndLists (ExcelJS)", () => {
  test("every template sheet is an Excel table named after it, its columns the header cells", async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetsToWorkbook(workbook, buildInputTemplate(2019), []);
    const budget = workbook.getWorksheet("Realisasi Anggaran 2019")!;
    const table = budget.getTable("RealisasiAnggaran") as unknown as {
      table: { ref: string; columns: { name: string }[]; headerRow: boolean };
    };
    expect(table.table.ref).toBe("A5");
    expect(table.table.headerRow).toBe(true);
    expect(table.table.columns.map((column) => column.name)).toEqual([
      "No",
      "Kode",
      "Program/Kegiatan",
      "Pagu Anggaran",
      "Realisasi",
      "%",
      "Realisasi TW I",
      "Realisasi TW II",
      "Realisasi TW III",
      "Realisasi TW IV",
    ]);
    expect(workbook.getWorksheet("Indikator Kinerja")!.getTable("IndikatorKinerja")).toBeDefined();
    expect(workbook.getWorksheet("Matriks Renstra")!.getTable("MatriksRenstra")).toBeDefined();
  });

  test("the table keeps the cells' formulas and formats", async () => {
    const budget = (await writtenTemplate()).getWorksheet("Realisasi Anggaran 2019")!;
    expect(budget.getCell("F6").value).toMatchObject({ formula: 'IF(N(D6)=0,"",E6/D6)' });
    expect(budget.getCell("F6").numFmt).toBe("0.00%");
    expect(budget.getCell("D6").numFmt).toBe('"Rp "#,##0');
    expect(budget.getCell("C5").value).toBe("Program/Kegiatan");
  });

  test("Arah is one drop-down rule over the whole column range (no overlapping rules)", async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetsToWorkbook(workbook, buildInputTemplate(2019), []);
    const model = (
      workbook.getWorksheet("Indikator Kinerja") as unknown as {
        dataValidations: { model: Record<string, unknown> };
      }
    ).dataValidations.model;
    expect(Object.keys(model)).toEqual(["E5:E34", "O5:O34"]);
    const reread = (await writtenTemplate()).getWorksheet("Indikator Kinerja")!;
    for (const address of ["E5", "E20", "E34"]) {
      expect(reread.getCell(address).dataValidation).toMatchObject({
        type: "list",
        formulae: ['"naik,turun"'],
      });
    }
    expect(reread.getCell("E35").dataValidation).toBeUndefined();
  });
});
