import JSZip from "jszip";
import { nodeZipCodec } from "../../../src/workbook/xlsx/nodeZipCodec";
import { pakoGzip1 } from "../../../src/workbook/xlsx/zipCodec";
import { readZipLayout, type ZipEntryInfo } from "../../../src/workbook/xlsx/zipDirectory";
import { writeZip, ZipWriteUnsupported } from "../../../src/workbook/xlsx/zipWriter";

const encoder = new TextEncoder();

async function sourceZip(streamFiles: boolean): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>".repeat(50));
  zip.file("xl/media/image1.png", new Uint8Array([137, 80, 78, 71, 0, 1, 2, 3]), {
    compression: "STORE",
  });
  zip.file("docProps/app.xml", "<Properties/>");
  // streamFiles: sizes and CRC in data descriptors after each entry, as streaming writers do.
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    streamFiles,
    comment: "made by a user",
  });
}

/** Each entry's local record (header, data, descriptor) as bytes, by name. */
function localRecords(bytes: Uint8Array): Map<string, Uint8Array> {
  const layout = readZipLayout(bytes)!;
  const starts = layout.entries.map((entry) => entry.localOffset).sort((a, b) => a - b);
  const directoryStart = Math.min(...layout.entries.map((entry) => entry.central[0]));
  return new Map(
    layout.entries.map((entry) => {
      const next = starts.find((start) => start > entry.localOffset) ?? directoryStart;
      return [entry.name, bytes.slice(entry.localOffset, next)];
    })
  );
}

describe.each([false, true])("writeZip (data descriptors: %s)", (streamFiles) => {
  test("copies untouched entries byte for byte, replaces and adds, keeps order and comment", async () => {
    const source = await sourceZip(streamFiles);
    const layout = readZipLayout(source)!;
    const byName = new Map(layout.entries.map((entry) => [entry.name, entry]));
    const workbook = encoder.encode("<workbook><sheets/></workbook>");
    const sheet = encoder.encode("<worksheet>Capaian 101,25 %</worksheet>");
    const out = writeZip(
      source,
      layout,
      [
        { copy: byName.get("[Content_Types].xml")! },
        { name: "xl/workbook.xml", data: workbook },
        { copy: byName.get("xl/media/image1.png")! },
        { name: "xl/worksheets/sheet1.xml", data: sheet },
      ],
      nodeZipCodec.gzip!,
      new Date(2026, 10, 30, 10, 45, 12)
    );
    const before = localRecords(source);
    const after = localRecords(out);
    expect(after.get("[Content_Types].xml")).toEqual(before.get("[Content_Types].xml"));
    expect(after.get("xl/media/image1.png")).toEqual(before.get("xl/media/image1.png"));
    const zip = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/media/image1.png",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(await zip.file("xl/workbook.xml")!.async("uint8array")).toEqual(workbook);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(
      "<worksheet>Capaian 101,25 %</worksheet>"
    );
    expect(zip.file("xl/worksheets/sheet1.xml")!.date.getMinutes()).toBe(45);
    // JSZip reads the archive comment (its typings omit the field).
    expect((zip as unknown as { comment: string }).comment).toBe("made by a user");
    expect(zip.file("docProps/app.xml")).toBeNull();
  });
});

test("a name beyond ASCII is flagged UTF-8 and read back as written", async () => {
  const source = await sourceZip(false);
  const out = writeZip(
    source,
    readZipLayout(source)!,
    [{ name: "xl/lembar-é.xml", data: encoder.encode("<a/>") }],
    pakoGzip1,
    new Date()
  );
  const zip = await JSZip.loadAsync(out, { checkCRC32: true });
  expect(Object.keys(zip.files)).toEqual(["xl/lembar-é.xml"]);
});

test("a zip64 source is left to the general writer", async () => {
  const source = await sourceZip(false);
  const layout = readZipLayout(source)!;
  const wide: ZipEntryInfo = { ...layout.entries[0], zip64: true };
  expect(() => writeZip(source, layout, [{ copy: wide }], pakoGzip1, new Date())).toThrow(
    ZipWriteUnsupported
  );
  expect(() => writeZip(source, { ...layout, zip64: true }, [], pakoGzip1, new Date())).toThrow(
    ZipWriteUnsupported
  );
});
