import { readdirSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/ExcelJsWorkbook";
import { WorkbookReadError } from "../../../src/workbook/workbookReadError";
import { XlsxPackage } from "../../../src/workbook/xlsx/xlsxPackage";
import { nodeZipCodec } from "../../../src/workbook/xlsx/nodeZipCodec";
import { READ_LIMITS } from "../../../src/workbook/xlsx/readLimits";
import type { ZipCodec } from "../../../src/workbook/xlsx/zipCodec";
import { readZipLayout } from "../../../src/workbook/xlsx/zipDirectory";
import {
  inlineCell,
  numberCell,
  RAW_STYLE,
  rawXlsx,
  rawXlsxZip,
  stringCell,
} from "../../fixtures/builders/rawXlsx";

function cellsOf(grid: { cells: { row: number; col: number; value: unknown }[] }) {
  return grid.cells.map((cell) => [cell.row, cell.col, cell.value]);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.messageKey;
    throw error;
  }
  throw new Error("not refused");
}

// Inflated by JSZip (the web page) or by Node's zlib from the zip's bytes (the command line).
describe.each([
  ["JSZip", {}],
  ["Node's zlib", nodeZipCodec],
] as [string, ZipCodec][])(
  "XlsxPackage reads cells straight from the package (%s)",
  (_label, codec) => {
    test("values, shared and inline strings, formats, bold, formulas (shared ones moved), merges", async () => {
      const bytes = await rawXlsx({
        sharedStrings: ["Program", "PROGRAM A"],
        sheets: [
          {
            name: "Anggaran 2017",
            rows: [
              `<row r="1">${stringCell("A1", 0, RAW_STYLE.bold)}</row>`,
              `<row r="2">${stringCell("A2", 1)}${numberCell("B2", 1283419000, RAW_STYLE.rupiah)}<c r="C2" s="${RAW_STYLE.percent}"><f>B2/B3</f><v>0.5</v></c></row>`,
              `<row r="3">${inlineCell("A3", "keg & co")}${numberCell("B3", 2)}<c r="C3"><f t="shared" ref="C3:C5" si="0">B3*$B$2+SUM(B$1:B3)</f><v>1</v></c></row>`,
              `<row r="5"><c r="C5"><f t="shared" si="0"/><v>7</v></c><c r="D5" t="b"><v>1</v></c><c r="E5" t="e"><v>#REF!</v></c><c r="F5" s="1"/></row>`,
            ].join(""),
            after: `<mergeCells count="1"><mergeCell ref="A6:C7"/></mergeCells>`,
          },
        ],
      });
      const workbook = await XlsxPackage.open(bytes, READ_LIMITS, codec);
      const grid = await workbook.readSheet("anggaran 2017");
      expect(cellsOf(grid)).toEqual([
        [1, 1, "Program"],
        [2, 1, "PROGRAM A"],
        [2, 2, 1283419000],
        [2, 3, 0.5],
        [3, 1, "keg & co"],
        [3, 2, 2],
        [3, 3, 1],
        [5, 3, 7],
        [5, 4, true],
        [5, 5, { error: "#REF!" }],
      ]);
      const at = (row: number, col: number) =>
        grid.cells.find((cell) => cell.row === row && cell.col === col)!;
      expect(at(1, 1).bold).toBe(true);
      expect(at(2, 2).format).toBe('"Rp "#,##0');
      expect(at(2, 3)).toMatchObject({ format: "0.00%", formula: "=B2/B3" });
      expect(at(5, 3).formula).toBe("=B5*$B$2+SUM(B$1:B5)");
      expect(grid.merges).toEqual([{ top: 6, left: 1, bottom: 7, right: 3 }]);
    });

    test("a cell at XFD1048576 and a merge to it cost one cell, not a used range", async () => {
      const bytes = await rawXlsx({
        sheets: [
          {
            name: "Jauh",
            rows: `<row r="1">${inlineCell("A1", "judul")}</row><row r="1048576">${numberCell("XFD1048576", 1)}</row>`,
            after: `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
          },
        ],
      });
      expect(bytes.length).toBeLessThan(20_000);
      // The reader itself: no limit on merges, and still one cell.
      const unlimited = { ...READ_LIMITS, mergeCells: Infinity };
      const grid = await (await XlsxPackage.open(bytes, unlimited, codec)).readSheet("Jauh");
      expect(cellsOf(grid)).toEqual([
        [1, 1, "judul"],
        [1048576, 16384, 1],
      ]);
      expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1048576, right: 16384 }]);
      // By default such a merge is refused: ExcelJS, which writes the output, would make each cell.
      await expect(
        refusal(XlsxPackage.open(bytes, READ_LIMITS, codec).then((p) => p.readSheet("Jauh")))
      ).resolves.toBe("read.error.hugeMerge");
    });

    test("hidden rows, hidden columns and sheet visibility are read", async () => {
      const bytes = await rawXlsx({
        sheets: [
          {
            name: "Data",
            before: `<cols><col min="3" max="4" width="0" hidden="1"/></cols>`,
            rows: `<row r="2" hidden="1">${numberCell("A2", 1)}</row>`,
          },
          { name: "Rahasia", rows: "", state: "veryHidden" },
        ],
      });
      const workbook = await XlsxPackage.open(bytes, READ_LIMITS, codec);
      expect(workbook.sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
        ["Data", "visible"],
        ["Rahasia", "veryHidden"],
      ]);
      const grid = await workbook.readSheet("Data");
      expect([grid.hiddenRows, grid.hiddenColumns]).toEqual([[2], [3, 4]]);
    });

    test("text over Excel's 32 767 characters is cut there and the cell listed", async () => {
      const bytes = await rawXlsx({
        sheets: [
          { name: "Panjang", rows: `<row r="4">${inlineCell("B4", "x".repeat(40_000))}</row>` },
        ],
      });
      const grid = await (await XlsxPackage.open(bytes, READ_LIMITS, codec)).readSheet("Panjang");
      expect((grid.cells[0].value as string).length).toBe(32_767);
      expect(grid.truncatedCells).toEqual(["B4"]);
    });

    test("a chart part ExcelJS 4.4 cannot load does not stop reading", async () => {
      const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
      const bytes = await rawXlsx({
        sheets: [
          {
            name: "Grafik",
            rows: `<row r="1">${numberCell("A1", 42)}</row>`,
            after: `<drawing r:id="rId1"/>`,
          },
        ],
        firstSheetRelations: `<Relationship Id="rId1" Type="${rel}/drawing" Target="../drawings/drawing1.xml"/>`,
        extraParts: {
          // As openpyxl writes it: the default namespace, no "xdr:" prefix, which ExcelJS does not
          // recognise, then reads "anchors" of the drawing it did not make.
          "xl/drawings/drawing1.xml": `<?xml version="1.0"?><wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"></wsDr>`,
        },
      });
      const excel = new ExcelJS.Workbook();
      await expect(excel.xlsx.load(bytes as unknown as ExcelJS.Buffer)).rejects.toThrow(/anchors/);
      const workbook = await ExcelJsWorkbook.fromBuffer(bytes, codec);
      const [grid] = await workbook.readSheets(["Grafik"]);
      expect(cellsOf(grid)).toEqual([[1, 1, 42]]);
    });

    test("a part inflating past the limit is refused while inflating, whatever the zip declares", async () => {
      const zip = rawXlsxZip({
        sheets: [
          { name: "Bom", rows: `<row r="1">${inlineCell("A1", "y".repeat(40_000_000))}</row>` },
        ],
      });
      const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
      const limits = { ...READ_LIMITS, partBytes: 1_000_000 };
      // The declared size is checked first …
      await expect(
        refusal(XlsxPackage.open(bytes, limits, codec).then((p) => p.readSheet("Bom")))
      ).resolves.toBe("read.error.tooLarge");
      // … and a zip that lies about it (declared 100 bytes) is stopped by counting.
      const lying = lieAboutSizes(bytes);
      await expect(
        refusal(XlsxPackage.open(lying, limits, codec).then((p) => p.readSheet("Bom")))
      ).resolves.toBe("read.error.tooLarge");
    });

    test("more cells than the limit is refused with the limit in the message", async () => {
      const rows = Array.from(
        { length: 50 },
        (_, r) => `<row r="${r + 1}">${numberCell(`A${r + 1}`, r)}</row>`
      ).join("");
      const bytes = await rawXlsx({ sheets: [{ name: "Banyak", rows }] });
      const limits = { ...READ_LIMITS, cells: 10 };
      await expect(
        refusal(XlsxPackage.open(bytes, limits, codec).then((p) => p.readSheet("Banyak")))
      ).resolves.toBe("read.error.tooManyCells");
    });
  }
);

/** The same zip with its worksheets' central-directory entries claiming 100 bytes inflated. */
function lieAboutSizes(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const decoder = new TextDecoder();
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const name = decoder.decode(copy.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
    if (name.includes("worksheets/")) view.setUint32(at + 24, 100, true);
  }
  return copy;
}

test("Node's zlib and JSZip read every workbook in the repository to the same grids", async () => {
  const files = [
    "samples/contoh-dinsos-probolinggo.xlsx",
    ...readdirSync("tests/fixtures").map((name) => `tests/fixtures/${name}`),
    ...readdirSync("tests/fixtures/agencies").map((name) => `tests/fixtures/agencies/${name}`),
  ].filter((file) => file.endsWith(".xlsx"));
  expect(files.length).toBeGreaterThan(4);
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const viaJsZip = await XlsxPackage.open(bytes);
    const viaZlib = await XlsxPackage.open(bytes, READ_LIMITS, nodeZipCodec);
    expect(viaZlib.sheets).toEqual(viaJsZip.sheets);
    for (const sheet of viaJsZip.sheets) {
      expect(await viaZlib.readSheet(sheet.name)).toEqual(await viaJsZip.readSheet(sheet.name));
    }
  }
}, 60_000);

test("with Node's zlib the total of all parts is bounded too", async () => {
  const rows = `<row r="1">${inlineCell("A1", "y".repeat(600_000))}</row>`;
  const bytes = await rawXlsx({
    sheets: [
      { name: "Satu", rows },
      { name: "Dua", rows },
    ],
  });
  const limits = { ...READ_LIMITS, totalBytes: 1_000_000 };
  const workbook = await XlsxPackage.open(bytes, limits, nodeZipCodec);
  await workbook.readSheet("Satu");
  await expect(refusal(workbook.readSheet("Dua"))).resolves.toBe("read.error.tooLarge");
});

test("a worksheet whose local header is not where the directory says is refused, whoever inflates", async () => {
  const bytes = (
    await rawXlsx({ sheets: [{ name: "Rusak", rows: `<row r="1">${numberCell("A1", 1)}</row>` }] })
  ).slice();
  const entry = readZipLayout(bytes)!.entries.find((e) => e.name.includes("worksheets/"))!;
  new DataView(bytes.buffer).setUint32(entry.localOffset, 0, true);
  for (const codec of [{}, nodeZipCodec]) {
    const read = XlsxPackage.open(bytes, READ_LIMITS, codec).then((p) => p.readSheet("Rusak"));
    await expect(refusal(read)).resolves.toMatch(/^read\.error\.(damaged|truncated)$/);
  }
});
