import ExcelJS from "exceljs";
import { writeSheetsToWorkbook } from "../../../src/workbook/exceljs/writeSheets";
import type { SheetSpec } from "../../../src/workbook/sheetSpec";

function sheet(name: string, rows: SheetSpec["rows"]): SheetSpec {
  return {
    name,
    rows,
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    columnWidths: [12, 30],
    freezeRows: 2,
    printTitleRows: [2, 2],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return reloaded;
}

describe("writeSheetsToWorkbook (ExcelJS)", () => {
  test.each([
    // content written -> value read back from the saved file
    [{ kind: "text", text: "=SUM(A1:A3)" }, "=SUM(A1:A3)"],
    [{ kind: "text", text: "+62 812" }, "+62 812"],
    [{ kind: "text", text: "-" }, "-"],
    [{ kind: "text", text: "@user" }, "@user"],
    [{ kind: "number", value: 0.8263 }, 0.8263],
    [
      { kind: "formula", formula: "=1/4", cached: 0.25 },
      { formula: "1/4", result: 0.25 },
    ],
    [
      { kind: "formula", formula: "=1/0", cached: { error: "#DIV/0!" } },
      { formula: "1/0", result: { error: "#DIV/0!" } },
    ],
    [{ kind: "error", error: "#N/A" }, { error: "#N/A" }],
  ] as const)("%p is read back as %p", async (content, expected) => {
    const workbook = new ExcelJS.Workbook();
    writeSheetsToWorkbook(workbook, [sheet("Out", [[], [{ content }]])], []);
    const cell = (await roundTrip(workbook)).getWorksheet("Out")!.getCell("A2");
    expect(cell.value).toEqual(expected);
  });

  test("an indented name is left-aligned with its indent level", async () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetsToWorkbook(
      workbook,
      [sheet("Out", [[{ content: { kind: "text", text: "Sub kegiatan" }, style: { indent: 2 } }]])],
      []
    );
    const out = (await roundTrip(workbook)).getWorksheet("Out")!;
    expect(out.getCell("A1").alignment).toMatchObject({ horizontal: "left", indent: 2 });
  });

  test("layout: widths, merges, styles, frozen rows, A4 landscape fit to width, print titles", async () => {
    const workbook = new ExcelJS.Workbook();
    const style = {
      bold: true,
      border: true,
      numberFormat: '"Rp "#,##0',
      align: "right" as const,
      fill: "#D9E1F2",
    };
    writeSheetsToWorkbook(
      workbook,
      [
        sheet("Out", [
          [{ content: { kind: "text", text: "T" } }],
          [{ content: { kind: "number", value: 5 }, style }],
        ]),
      ],
      []
    );
    const out = (await roundTrip(workbook)).getWorksheet("Out")!;
    expect(out.getColumn(2).width).toBe(30);
    expect(out.getCell("B1").isMerged).toBe(true);
    expect(out.getCell("A2").numFmt).toBe('"Rp "#,##0');
    expect(out.getCell("A2").font?.bold).toBe(true);
    // A bold cell keeps the body's font family (no serif fallback when printed).
    expect(out.getCell("A2").font).toMatchObject({ name: "Calibri", size: 11 });
    expect(out.getCell("A2").border?.top?.style).toBe("thin");
    expect(out.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(out.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(out.pageSetup.printTitlesRow).toBe("2:2");
  });

  test("manual page breaks: a printed page ends after each listed row", async () => {
    const workbook = new ExcelJS.Workbook();
    const rows = Array.from({ length: 30 }, (_, r) => [
      { content: { kind: "text" as const, text: `baris ${r + 1}` } },
    ]);
    writeSheetsToWorkbook(workbook, [{ ...sheet("Tabel 2.2", rows), rowBreaks: [12, 20] }], []);
    const buffer = await workbook.xlsx.writeBuffer();
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect([...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]))).toEqual([
      12, 20,
    ]);
  });

  test("replaces only the listed sheets; any other clash is refused", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Input").getCell("A1").value = 42;
    workbook.addWorksheet("Tabel 3.2").getCell("A1").value = "old";
    writeSheetsToWorkbook(
      workbook,
      [sheet("Tabel 3.2", [[{ content: { kind: "text", text: "new" } }]])],
      ["Tabel 3.2"]
    );
    expect(workbook.getWorksheet("Tabel 3.2")!.getCell("A1").value).toBe("new");
    expect(workbook.getWorksheet("Input")!.getCell("A1").value).toBe(42);
    expect(() => writeSheetsToWorkbook(workbook, [sheet("input", [])], [])).toThrow(/not listed/);
    expect(workbook.getWorksheet("Input")!.getCell("A1").value).toBe(42);
  });

  test("many merges come out as ExcelJS's own mergeCells makes them; overlapping ones are refused", async () => {
    const merges: SheetSpec["merges"] = [{ top: 1, left: 1, bottom: 1, right: 4 }];
    for (let top = 3; top < 300; top += 3) {
      merges.push({ top, left: 1, bottom: top + 2, right: 1 });
      merges.push({ top, left: 2, bottom: top + 2, right: 3 });
    }
    const rows: SheetSpec["rows"] = [];
    for (let r = 0; r < 302; r++) {
      rows.push(
        [0, 1, 2, 3].map((c) => ({
          content: { kind: "number", value: r * 10 + c },
          style: { border: true, bold: c === 0 },
        }))
      );
    }
    const ours = new ExcelJS.Workbook();
    writeSheetsToWorkbook(ours, [{ ...sheet("Out", rows), merges }], []);
    const plain = new ExcelJS.Workbook();
    writeSheetsToWorkbook(plain, [{ ...sheet("Out", rows), merges: [] }], []);
    for (const merge of merges) {
      plain.getWorksheet("Out")!.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
    }
    const model = (workbook: ExcelJS.Workbook) => {
      const out = workbook.getWorksheet("Out")!;
      const cells: unknown[] = [];
      out.eachRow((row) =>
        row.eachCell({ includeEmpty: true }, (cell) =>
          cells.push([cell.address, cell.value, cell.style, cell.isMerged, cell.master.address])
        )
      );
      return { cells, merges: out.model.merges };
    };
    expect(model(ours)).toEqual(model(plain));
    expect(model(await roundTrip(ours))).toEqual(model(await roundTrip(plain)));

    const overlapping = new ExcelJS.Workbook();
    expect(() =>
      writeSheetsToWorkbook(
        overlapping,
        [
          {
            ...sheet("Out", rows),
            merges: [
              { top: 1, left: 1, bottom: 3, right: 1 },
              { top: 3, left: 1, bottom: 3, right: 2 },
            ],
          },
        ],
        []
      )
    ).toThrow(/already merged/);
  });
});
