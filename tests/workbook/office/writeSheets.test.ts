import {
  charactersToPoints,
  officeInput,
  packBatches,
  planSheetWrites,
  styleBlocks,
  writeSheetsWithExcel,
} from "../../../src/workbook/office/writeSheets";
import type { SheetSpec, SpecCell } from "../../../src/workbook/sheetSpec";
import type { WritePlan } from "../../../src/workbook/workbookPort";
import { gridFromRange } from "../../../src/workbook/grid";
import { addGrid, excelGlobal, StrictExcel } from "./strictExcel";
import { manifestRequirementSets } from "./strictExcel/manifestSets";

/** The plan the pipeline would make: sheets in `replace` written again are rewritten in place, the rest removed. */
function plan(sheets: SheetSpec[], replace: string[] = []): WritePlan {
  const written = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  return {
    generation: "g1",
    sheets,
    update: replace.filter((name) => written.has(name.toLowerCase())),
    keep: [],
    remove: replace.filter((name) => !written.has(name.toLowerCase())),
  };
}

/** A workbook holding one user sheet, and a writer run through Excel.run against it. */
function strictHost() {
  const host = new StrictExcel({ declared: manifestRequirementSets() });
  addGrid(host, gridFromRange("Data", { origin: { row: 1, col: 1 }, values: [[5]] }, []));
  const write = (sheets: SheetSpec[], replace: string[] = []) =>
    excelGlobal(host).run((context) =>
      writeSheetsWithExcel(context as unknown as Excel.RequestContext, plan(sheets, replace))
    );
  return { host, write };
}

const cell = (host: StrictExcel, sheet: string, r: number, c: number) =>
  host.sheet(sheet)!.cells.get(r * 16_384 + c);

function bigSheet(name: string, rows: number): SheetSpec {
  const body: SpecCell[][] = [];
  for (let r = 0; r < rows; r++) {
    body.push([
      {
        content: {
          kind: "text",
          text: `Sub kegiatan ${r} dengan nama yang cukup panjang untuk mengisi`,
        },
        style: { border: true, wrap: true },
      },
      {
        content: { kind: "number", value: 1_000_000 + r },
        style: { border: true, numberFormat: '"Rp "#,##0' },
      },
      {
        content: { kind: "formula", formula: `=B${r + 1}/1000`, cached: (1_000_000 + r) / 1000 },
        style: { border: true, numberFormat: "0.00%" },
      },
    ]);
  }
  return {
    name,
    rows: body,
    merges: [],
    columnWidths: [40, 18, 10],
    freezeRows: 1,
    printTitleRows: [1, 1],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}

describe("officeInput: what goes into Range.formulas", () => {
  test.each([
    [{ kind: "text", text: "=SUM(A1)" }, "'=SUM(A1)"],
    [{ kind: "text", text: "+62" }, "'+62"],
    [{ kind: "text", text: "-" }, "'-"],
    [{ kind: "text", text: "@x" }, "'@x"],
    [{ kind: "text", text: "1.06.01" }, "'1.06.01"],
    [{ kind: "text", text: "" }, ""],
    [{ kind: "number", value: 12.5 }, 12.5],
    [{ kind: "formula", formula: "=E8/D8", cached: 1 }, "=E8/D8"],
    [{ kind: "error", error: "#N/A" }, "=NA()"],
    [{ kind: "empty" }, ""],
  ] as const)("%p -> %p", (content, input) => expect(officeInput(content)).toBe(input));
});

describe("style blocks", () => {
  test("a uniform body is one block per run of equal styles, not one call per cell", () => {
    const blocks = styleBlocks(bigSheet("S", 1000));
    // Column A (border+wrap) and columns B:C (border only; number formats travel in the 2-D array).
    expect(blocks).toHaveLength(2);
    expect(blocks).toContainEqual({
      top: 0,
      left: 1,
      rows: 1000,
      columns: 2,
      style: { border: true },
    });
  });

  test("character widths become points", () => {
    expect(charactersToPoints(10)).toBe(56.25);
  });
});

describe("writeSheetsWithExcel against the strict Excel", () => {
  test("a normal report is one sync for the write and one to recalculate", async () => {
    const { host, write } = strictHost();
    await write([bigSheet("Tabel 3.2", 80), bigSheet("Tabel 3.1.1", 5)]);
    expect(host.syncs).toHaveLength(2);
    expect(host.screenUpdatingSuspensions).toBe(1);
    expect(cell(host, "Tabel 3.2", 0, 0)!.value).toBe(
      "Sub kegiatan 0 dengan nama yang cukup panjang untuk mengisi"
    );
    expect(cell(host, "Tabel 3.2", 79, 2)!.formula).toBe("=B80/1000");
    expect(cell(host, "Tabel 3.2", 0, 1)!.numberFormat).toBe('"Rp "#,##0');
    const sheet = host.sheet("Tabel 3.2")!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.pageLayout.printTitleRows).toBe("$1:$1");
  });

  test("manual page breaks go above the row after each break (PageBreakCollection.add)", async () => {
    const { host, write } = strictHost();
    await write([{ ...bigSheet("Tabel 2.2", 40), rowBreaks: [12, 30] }]);
    expect(host.sheet("Tabel 2.2")!.pageBreakRows).toEqual([13, 31]);
  });

  test("the strict Excel refuses a sheet's 1 027th page break (Excel specifications and limits)", async () => {
    const { host } = strictHost();
    const add = (count: number) =>
      excelGlobal(host).run(async (context) => {
        const breaks = context.workbook.worksheets.getItem("Data").horizontalPageBreaks;
        for (let row = 2; row < 2 + count; row++) breaks.add(`A${row}`);
        await context.sync();
      });
    await expect(add(1026)).resolves.toBeUndefined();
    await expect(add(1027)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("the strict Excel refuses a page break that is not one cell's address", async () => {
    const { host } = strictHost();
    await expect(
      excelGlobal(host).run(async (context) => {
        context.workbook.worksheets.getItem("Data").horizontalPageBreaks.add("A1:B2");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("formulas are recalculated after the write: no stale cached value is left", async () => {
    const { host, write } = strictHost();
    await write([bigSheet("Tabel 3.2", 3)]);
    expect(cell(host, "Tabel 3.2", 2, 2)!.value).toBe(1_000_002 / 1000);
    expect(cell(host, "Tabel 3.2", 2, 2)!.stale).toBe(false);
  });

  test("an indented name: left-aligned with its indent level (ExcelApi 1.9)", async () => {
    const { host, write } = strictHost();
    await write([
      {
        name: "Tabel 3.2",
        rows: [[{ content: { kind: "text", text: "Sub kegiatan" }, style: { indent: 2 } }]],
        merges: [],
        columnWidths: [40],
      },
    ]);
    expect(cell(host, "Tabel 3.2", 0, 0)!.format).toMatchObject({
      indentLevel: 2,
      horizontalAlignment: "Left",
    });
  });

  test("print setup: all columns one page wide, rows over as many pages as needed", async () => {
    const { host, write } = strictHost();
    await write([bigSheet("Tabel 3.2", 3)]);
    expect(host.sheet("Tabel 3.2")!.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  test("a write over the 5 MB request limit is split; no request exceeds it", async () => {
    const { host, write } = strictHost();
    // 40 000 rows of ~150 bytes: about 6 MB of formulas and formats.
    await write([bigSheet("Tabel 3.2", 40_000)]);
    expect(host.syncs.length).toBeGreaterThan(2);
    expect(host.syncs.every((sync) => !sync.failed)).toBe(true);
    expect(host.largestRequest).toBeLessThanOrEqual(5_000_000);
    expect(cell(host, "Tabel 3.2", 39_999, 2)!.formula).toBe("=B40000/1000");
    expect(cell(host, "Tabel 3.2", 39_999, 2)!.value).toBe(1_039_999 / 1000);
  });

  test("a sheet of many small style blocks (bordered, indented, filled) stays under 5 MB too", async () => {
    const { host, write } = strictHost();
    // The Lampiran's shape: every row styled unlike the one above, so each is a block of its own
    // whose properties (borders edge by edge, fill, indent) each cost an action in the request.
    const sheet = bigSheet("Lampiran", 12_000);
    sheet.rows.forEach((row, r) => {
      row[0].style = {
        border: true,
        wrap: true,
        indent: 1 + (r % 2),
        fill: "#DDEBF7",
        bold: r % 3 === 0,
      };
    });
    await write([sheet]);
    expect(host.syncs.every((sync) => !sync.failed)).toBe(true);
    expect(host.largestRequest).toBeLessThanOrEqual(5_000_000);
  });

  test("packBatches keeps order and the limit", () => {
    const ops = planSheetWrites(plan([bigSheet("A", 10_000)]));
    const batches = packBatches(ops, 1_000_000);
    expect(batches.flat()).toEqual(ops);
    for (const batch of batches) {
      expect(batch.length === 1 || batch.reduce((sum, op) => sum + op.bytes, 0) <= 1_000_000).toBe(
        true
      );
    }
  });
});
