import { OfficeMockObject } from "office-addin-mock";
import {
  charactersToPoints,
  officeInput,
  packBatches,
  planSheetWrites,
  styleBlocks,
  writeSheetsWithExcel,
} from "../../../src/workbook/office/writeSheets";
import { fingerprintSpec, MARK_NAME, parseMark } from "../../../src/workbook/generatedMarker";
import type { SheetSpec, SpecCell } from "../../../src/workbook/sheetSpec";
import type { WritePlan } from "../../../src/workbook/workbookPort";
import { FakeExcel } from "./fakeExcel";

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

function plan(sheets: SheetSpec[]): WritePlan {
  return { generation: "g1", sheets, update: [], keep: [], remove: [] };
}

describe("writeSheetsWithExcel", () => {
  test("a normal report is one sync, with calculation and screen updating suspended", async () => {
    const fake = new FakeExcel([]);
    await writeSheetsWithExcel(
      fake.context,
      plan([bigSheet("Tabel 3.2", 80), bigSheet("Tabel 3.1.1", 5)])
    );
    expect(fake.syncs).toBe(1);
    expect(fake.suspendedCalculation).toBe(1);
    expect(fake.suspendedScreen).toBe(1);
    const sheet = fake.sheet("Tabel 3.2")!;
    expect(sheet.written.get("0,0")).toBe(
      "'Sub kegiatan 0 dengan nama yang cukup panjang untuk mengisi"
    );
    expect(sheet.written.get("79,2")).toBe("=B80/1000");
    expect(sheet.numberFormats.get("0,1")).toBe('"Rp "#,##0');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.printTitles).toBe("$1:$1");
  });

  test("every written sheet carries the mark with the fingerprint of what was written", async () => {
    const fake = new FakeExcel([]);
    const spec = bigSheet("Tabel 3.2", 3);
    await writeSheetsWithExcel(fake.context, plan([spec]));
    const mark = parseMark(fake.sheet("Tabel 3.2")!.names.get(MARK_NAME));
    expect(mark).toEqual({
      generation: "g1",
      fingerprint: fingerprintSpec(spec),
      name: "Tabel 3.2",
    });
  });

  test("an update rewrites the same sheet in place; an edited one is renamed and un-marked", async () => {
    const fake = new FakeExcel([]);
    await writeSheetsWithExcel(
      fake.context,
      plan([bigSheet("Tabel 3.2", 3), bigSheet("Tabel 3.1.7", 2)])
    );
    const sheet = fake.sheet("Tabel 3.2")!;
    await writeSheetsWithExcel(fake.context, {
      ...plan([bigSheet("Tabel 3.2", 4), bigSheet("Tabel 3.1.7", 2)]),
      update: ["Tabel 3.2"],
      keep: [{ sheet: "Tabel 3.1.7", to: "Tabel 3.1.7 (diedit)" }],
    });
    expect(fake.sheet("Tabel 3.2")).toBe(sheet);
    expect(sheet.cleared).toBe(1);
    expect(sheet.written.get("3,0")).toMatch(/Sub kegiatan 3/);
    expect(fake.sheet("Tabel 3.1.7 (diedit)")!.names.has(MARK_NAME)).toBe(false);
    expect(fake.sheet("Tabel 3.1.7")!.names.has(MARK_NAME)).toBe(true);
  });

  test("sheets no longer made are deleted after the new ones are added", async () => {
    const fake = new FakeExcel([]);
    await writeSheetsWithExcel(fake.context, plan([bigSheet("Tabel 3.1.8", 2)]));
    // Tabel 3.1.8 is the only visible sheet: Excel refuses to delete it before Ringkasan exists.
    await writeSheetsWithExcel(fake.context, {
      ...plan([bigSheet("Ringkasan", 1)]),
      remove: ["Tabel 3.1.8"],
    });
    expect(fake.sheet("Tabel 3.1.8")).toBeUndefined();
    expect(fake.sheet("Ringkasan")).toBeDefined();
  });

  test("a write over the 5 MB request limit is split; no request exceeds it", async () => {
    const fake = new FakeExcel([]);
    // 40 000 rows of ~150 bytes: about 6 MB of formulas and formats.
    await writeSheetsWithExcel(fake.context, plan([bigSheet("Tabel 3.2", 40_000)]));
    expect(fake.syncs).toBeGreaterThan(1);
    expect(Math.max(...fake.payloads)).toBeLessThan(5 * 1024 * 1024);
    expect(fake.suspendedCalculation).toBe(fake.syncs);
    expect(fake.sheet("Tabel 3.2")!.written.get("39999,2")).toBe("=B40000/1000");
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

  test("runs under office-addin-mock's Excel.run", async () => {
    const fake = new FakeExcel([]);
    const excel = new OfficeMockObject({
      run: async (callback: (context: Excel.RequestContext) => Promise<void>) =>
        callback(fake.context),
    }) as unknown as typeof Excel;
    await excel.run((context) => writeSheetsWithExcel(context, plan([bigSheet("X", 2)])));
    expect(fake.syncs).toBe(1);
  });
});
