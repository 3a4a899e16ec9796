import ExcelJS from "exceljs";
import { a1Address } from "../../../src/workbook/cellAddress";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/ExcelJsWorkbook";
import { GENERATED_MARKER_SHEET } from "../../../src/workbook/generatedMarker";
import type { SheetSpec } from "../../../src/workbook/sheetSpec";
import { valueAt } from "../denseRange";

function spec(name: string, text: string): SheetSpec {
  return { name, rows: [[{ content: { kind: "text", text } }]], merges: [], columnWidths: [20] };
}

async function userWorkbook(): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data Saya");
  sheet.getCell("A1").value = "Program";
  sheet.getCell("B2").value = { formula: "1+1", result: 2 };
  sheet.getCell("C2").value = { formula: "1-1", result: 0 };
  sheet.getCell("C3").value = {
    richText: [{ text: "Rp " }, { text: "1.000", font: { bold: true } }],
  };
  sheet.getCell("D4").value = new Date(Date.UTC(2017, 11, 31));
  sheet.getCell("E5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  sheet.getCell("A1").font = { bold: true };
  sheet.mergeCells("A6:C6");
  sheet.getCell("A6").value = "judul";
  return ExcelJsWorkbook.fromBuffer(await new ExcelJsWorkbook(workbook).toBuffer());
}

describe("ExcelJsWorkbook", () => {
  test("reads values, formulas, rich text, dates, errors, bold and merges as a grid", async () => {
    const workbook = await userWorkbook();
    const [grid] = await workbook.readSheets(["data saya"]);
    const at = (address: string) => {
      const cell = grid.cells.find((c) => a1Address(c.row, c.col) === address);
      return cell && [cell.value, cell.formula, cell.bold];
    };
    expect(at("A1")).toEqual(["Program", null, true]);
    expect(at("B2")).toEqual([2, "=1+1", false]);
    expect(at("C2")).toEqual([0, "=1-1", false]);
    expect(at("C3")?.[0]).toBe("Rp 1.000");
    expect(at("D4")?.[0]).toBe(43100); // 31-12-2017 as an Excel serial
    expect(at("E5")?.[0]).toEqual({ error: "#REF!" });
    expect(grid.merges).toEqual([{ top: 6, left: 1, bottom: 6, right: 3 }]);
    // Cells covered by a merge do not exist, as in Excel.
    expect([at("A6")?.[0], at("B6")]).toEqual(["judul", undefined]);
  });

  test("written sheets are marked as generated in a very hidden sheet, and only they are replaced", async () => {
    const workbook = await userWorkbook();
    await workbook.writeSheets([spec("Tabel 3.2", "satu")], []);
    expect(await workbook.listSheets()).toEqual([
      { name: "Data Saya", generated: false },
      { name: "Tabel 3.2", generated: true },
    ]);
    const marker = workbook.workbook.getWorksheet(GENERATED_MARKER_SHEET)!;
    expect(marker.state).toBe("veryHidden");

    await workbook.writeSheets(
      [spec("Tabel 3.2", "dua"), spec("Tabel 3.1.1", "tiga")],
      ["Tabel 3.2"]
    );
    const reopened = await ExcelJsWorkbook.fromBuffer(await workbook.toBuffer());
    expect(await reopened.listSheets()).toEqual([
      { name: "Data Saya", generated: false },
      { name: "Tabel 3.2", generated: true },
      { name: "Tabel 3.1.1", generated: true },
    ]);
    const [grid] = await reopened.readSheets(["Tabel 3.2"]);
    expect(valueAt(grid, 1, 1)).toBe("dua");
    await expect(reopened.writeSheets([], ["Data Saya"])).rejects.toThrow(/did not generate/);
  });

  test("reading a sheet that does not exist is a programming error", async () => {
    const workbook = await userWorkbook();
    await expect(workbook.readSheets(["Tidak Ada"])).rejects.toThrow(/does not exist/);
  });

  test("reading a workbook held in memory adds no row or cell to the user's sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    sheet.getColumn(2).numFmt = "0.00%";
    sheet.getCell("A1").value = "judul";
    sheet.getCell("C4").value = 5;
    const rowsOf = (worksheet: ExcelJS.Worksheet) =>
      JSON.stringify((worksheet.model as unknown as { rows: unknown[] }).rows);
    const before = rowsOf(sheet);
    const [grid] = await new ExcelJsWorkbook(workbook).readSheets(["Data"]);
    expect(rowsOf(sheet)).toBe(before);
    expect(grid.cells.map((cell) => [cell.row, cell.col, cell.value])).toEqual([
      [1, 1, "judul"],
      [4, 3, 5],
    ]);
  });
});
