import ExcelJS from "exceljs";
import { a1Address } from "../../../src/workbook/cellAddress";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/ExcelJsWorkbook";
import { fingerprintGrid, fingerprintSpec } from "../../../src/workbook/generatedMarker";
import type { SheetSpec } from "../../../src/workbook/sheetSpec";
import { valueAt } from "../denseRange";
import type { WritePlan } from "../../../src/workbook/workbookPort";

function spec(name: string, text: string): SheetSpec {
  return { name, rows: [[{ content: { kind: "text", text } }]], merges: [], columnWidths: [20] };
}

function plan(sheets: SheetSpec[], parts: Partial<WritePlan> = {}): WritePlan {
  return { generation: "g1", sheets, update: [], keep: [], remove: [], ...parts };
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

  test("written sheets carry the mark (a sheet-scoped name), and only marked sheets are changed", async () => {
    const workbook = await userWorkbook();
    await workbook.writeSheets(plan([spec("Tabel 3.2", "satu")]));
    const listed = await workbook.listSheets();
    expect(
      listed.map(({ name, generated, visibility }) => ({ name, generated, visibility }))
    ).toEqual([
      { name: "Data Saya", generated: false, visibility: "visible" },
      { name: "Tabel 3.2", generated: true, visibility: "visible" },
    ]);
    expect(listed[1].mark).toMatchObject({ generation: "g1", name: "Tabel 3.2" });

    await workbook.writeSheets(
      plan([spec("Tabel 3.2", "dua"), spec("Tabel 3.1.1", "tiga")], { update: ["Tabel 3.2"] })
    );
    const reopened = await ExcelJsWorkbook.fromBuffer(await workbook.toBuffer());
    expect(
      (await reopened.listSheets()).map(({ name, generated }) => ({ name, generated }))
    ).toEqual([
      { name: "Data Saya", generated: false },
      { name: "Tabel 3.2", generated: true },
      { name: "Tabel 3.1.1", generated: true },
    ]);
    const [grid] = await reopened.readSheets(["Tabel 3.2"]);
    expect(valueAt(grid, 1, 1)).toBe("dua");
    await expect(reopened.writeSheets(plan([], { remove: ["Data Saya"] }))).rejects.toThrow(
      /did not generate/
    );
    await expect(reopened.writeSheets(plan([spec("Data Saya", "x")]))).rejects.toThrow(
      /not the add-in's/
    );
  });

  test("the fingerprint in the mark equals the fingerprint of the sheet read back", async () => {
    const workbook = await userWorkbook();
    const written: SheetSpec = {
      name: "Tabel 3.1.1",
      rows: [
        [
          { content: { kind: "text", text: "Capaian" } },
          { content: { kind: "number", value: 0.1 + 0.2 } },
          { content: { kind: "formula", formula: "='Data Saya'!B2*2", cached: 4 } },
          { content: { kind: "formula", formula: '=IF(1>0,"ya","tidak")', cached: "ya" } },
          { content: { kind: "error", error: "#N/A" } },
          { content: { kind: "text", text: "" } },
          { content: { kind: "text", text: '1.06.01 <&> "kutip"' } },
        ],
      ],
      merges: [],
      columnWidths: [],
    };
    await workbook.writeSheets(plan([written]));
    const reopened = await ExcelJsWorkbook.fromBuffer(await workbook.toBuffer());
    const [info] = (await reopened.listSheets()).filter((sheet) => sheet.generated);
    const [grid] = await reopened.readSheets(["Tabel 3.1.1"]);
    expect(info.mark?.fingerprint).toBe(fingerprintSpec(written));
    expect(fingerprintGrid(grid)).toBe(fingerprintSpec(written));
    expect(valueAt(grid, 1, 7)).toBe('1.06.01 <&> "kutip"');
  });

  test("a user's sheet named like the old marker is listed, and read, as theirs", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("_lkjip").getCell("A1").value = "Tabel 3.1.2";
    workbook.addWorksheet("Tabel 3.1.2").getCell("A1").value = "milik saya";
    const port = await ExcelJsWorkbook.fromBuffer(await new ExcelJsWorkbook(workbook).toBuffer());
    expect((await port.listSheets()).map((sheet) => sheet.generated)).toEqual([false, false]);
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
