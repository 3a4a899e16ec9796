import JSZip from "jszip";
import { generateReport } from "../../../src/pipeline";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/ExcelJsWorkbook";
import { MARK_NAME } from "../../../src/workbook/generatedMarker";
import { nodeZipCodec } from "../../../src/workbook/xlsx/nodeZipCodec";
import { elements, section } from "../../../src/workbook/xlsx/xmlText";
import * as zipWriterModule from "../../../src/workbook/xlsx/zipWriter";
import { ZipWriteUnsupported } from "../../../src/workbook/xlsx/zipWriter";
import type { ZipCodec } from "../../../src/workbook/xlsx/zipCodec";
import { richPackage, USER_SHEET } from "../../fixtures/builders/richPackage";

/** The parts that list the sheets (and the styles, which only grow): the only ones that may change. */
const BOOKKEEPING = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "docProps/app.xml",
  "xl/styles.xml",
  "xl/calcChain.xml",
]);

async function generate(bytes: Uint8Array, codec: ZipCodec = {}): Promise<Uint8Array> {
  const port = await ExcelJsWorkbook.fromBuffer(bytes, codec);
  const result = await generateReport(port, { tahun: 2017, language: "id" });
  expect(result.made.length).toBeGreaterThan(0);
  return port.toBuffer();
}

async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const result = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) result.set(file.name, await file.async("uint8array"));
  }
  return result;
}

async function partText(bytes: Uint8Array, path: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(path)!.async("string");
}

function cellXfs(styles: string): string[] {
  const place = section(styles, "cellXfs")!;
  return elements(styles.slice(place.start, place.end), "xf").map((xf) => xf.text);
}

describe("the .xlsx package is kept as the user's, generated sheets spliced in", () => {
  let input: Uint8Array;
  let first: Uint8Array;
  let second: Uint8Array;

  beforeAll(async () => {
    input = await richPackage();
    first = await generate(input);
    second = await generate(first);
  }, 60_000);

  test.each([
    ["generation", () => first],
    ["regeneration", () => second],
  ])(
    "after %s every part of the input but the bookkeeping is byte-identical",
    async (_label, output) => {
      const before = await entries(input);
      const after = await entries(output());
      // The chart, its drawing, the image, the comment, the user's sheets with their validation…
      expect([...before.keys()]).toEqual(
        expect.arrayContaining([
          "xl/charts/chart1.xml",
          "xl/drawings/drawingChart1.xml",
          "xl/media/image1.png",
          "xl/comments4.xml",
        ])
      );
      for (const [name, bytes] of before) {
        if (BOOKKEEPING.has(name)) continue;
        expect({
          name,
          same: Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes)),
        }).toEqual({ name, same: true });
      }
    }
  );

  test("styles only grow: every existing cell format keeps its index; regenerating adds none", async () => {
    const original = cellXfs(await partText(input, "xl/styles.xml"));
    const once = cellXfs(await partText(first, "xl/styles.xml"));
    const twice = cellXfs(await partText(second, "xl/styles.xml"));
    expect(once.slice(0, original.length)).toEqual(original);
    expect(once.length).toBeGreaterThan(original.length);
    expect(twice).toEqual(once);
  });

  test("the user's defined name stays; each generated sheet has its mark; regeneration rewrites in place", async () => {
    const workbookXml = await partText(second, "xl/workbook.xml");
    expect(workbookXml).toContain('name="StatusLaporan"');
    const sheetsOf = async (bytes: Uint8Array) =>
      elements(await partText(bytes, "xl/workbook.xml"), "sheet").map((sheet) => sheet.tag);
    // Same sheets, same ids, same parts, same order: the sheets were updated, not replaced.
    expect(await sheetsOf(second)).toEqual(await sheetsOf(first));
    const marks = elements(workbookXml, "definedName").filter((name) =>
      name.tag.includes(`name="${MARK_NAME}"`)
    );
    expect(marks).toHaveLength(11); // the Ringkasan and 10 tables
    const port = await ExcelJsWorkbook.fromBuffer(second);
    const sheets = await port.listSheets();
    expect(sheets.filter((sheet) => sheet.generated).map((sheet) => sheet.name)).toContain(
      "Tabel 3.1.4"
    );
    expect(sheets.find((sheet) => sheet.name === USER_SHEET)?.generated).toBe(false);
  });

  test("a generated sheet that the user gave a comment counts as edited: kept, not rewritten", async () => {
    const zip = await JSZip.loadAsync(first);
    const port = await ExcelJsWorkbook.fromBuffer(first);
    const position = (await port.listSheets()).findIndex((sheet) => sheet.name === "Tabel 3.1.7");
    // A comment lives in parts of the sheet's own, reached through the sheet's relationships.
    const part = `xl/worksheets/sheet${position + 1}.xml`;
    expect(zip.file(part)).not.toBeNull();
    zip.file(part.replace("worksheets/", "worksheets/_rels/") + ".rels", "<Relationships/>");
    const commented = await ExcelJsWorkbook.fromBuffer(
      await zip.generateAsync({ type: "uint8array" })
    );
    const result = await generateReport(commented, { tahun: 2017, language: "id" });
    expect(result.kept).toEqual([
      { sheet: "Tabel 3.1.7", to: "Tabel 3.1.7 (diedit)", marked: true },
    ]);
  });
});

describe("a package the zip writer cannot write (zip64) goes through JSZip", () => {
  test("with the same parts: the generated sheets, deflated as they were written, are given back", async () => {
    const input = await richPackage();
    const spliced = await entries(await generate(input));
    const general = jest.spyOn(zipWriterModule, "writeZip").mockImplementation(() => {
      throw new ZipWriteUnsupported("zip64");
    });
    let viaJsZip: Map<string, Uint8Array>;
    try {
      viaJsZip = await entries(await generate(input));
      expect(general).toHaveBeenCalled();
    } finally {
      general.mockRestore();
    }
    expect([...viaJsZip.keys()].sort()).toEqual([...spliced.keys()].sort());
    const decoder = new TextDecoder();
    // Only the generation id in the marks differs between two runs.
    const comparable = (bytes: Uint8Array) => decoder.decode(bytes).replace(/g=[0-9a-z]+;/g, "g=;");
    for (const [name, bytes] of spliced) {
      expect({ name, text: comparable(viaJsZip.get(name)!) }).toEqual({
        name,
        text: comparable(bytes),
      });
    }
    const sheet = decoder.decode(viaJsZip.get("xl/worksheets/sheet5.xml")!);
    expect(sheet).toMatch(/^<\?xml[^>]*>\n<worksheet[\s\S]*<sheetData>[\s\S]*<\/worksheet>$/);
  });
});

describe("the command line's codec deflates the sheets in the background", () => {
  const comparable = (bytes: Uint8Array) =>
    new TextDecoder().decode(bytes).replace(/g=[0-9a-z]+;/g, "g=;");

  test("the package holds the same parts as one deflated at once", async () => {
    const input = await richPackage();
    const atOnce = await entries(await generate(input));
    const inBackground = await entries(await generate(input, nodeZipCodec));
    expect([...inBackground.keys()]).toEqual([...atOnce.keys()]);
    for (const [name, bytes] of atOnce) {
      expect({ name, text: comparable(inBackground.get(name)!) }).toEqual({
        name,
        text: comparable(bytes),
      });
    }
  });

  test("a failed background deflate fails the save, not the process", async () => {
    const failing: ZipCodec = {
      ...nodeZipCodec,
      gzipInBackground: () => Promise.reject(new Error("zlib failed")),
    };
    const port = await ExcelJsWorkbook.fromBuffer(await richPackage(), failing);
    await generateReport(port, { tahun: 2017, language: "id" });
    await expect(port.toBuffer()).rejects.toThrow("zlib failed");
  });
});
