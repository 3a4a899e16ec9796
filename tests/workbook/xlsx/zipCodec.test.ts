import { crc32, inflateRawSync } from "node:zlib";
import fc from "fast-check";
import { nodeZipCodec } from "../../../src/workbook/xlsx/nodeZipCodec";
import {
  deflate,
  deflateInBackground,
  pakoGzip1,
  type Gzip,
} from "../../../src/workbook/xlsx/zipCodec";

describe.each([
  ["pako", pakoGzip1],
  ["Node's zlib", nodeZipCodec.gzip!],
] as [string, Gzip][])("deflate with %s", (_label, gzip) => {
  test("gives the raw deflate stream and the CRC-32 of the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
        const body = deflate(data, gzip);
        expect(body.size).toBe(data.length);
        expect(body.crc32).toBe(crc32(data));
        expect(new Uint8Array(inflateRawSync(body.compressed))).toEqual(data);
      }),
      { numRuns: 60, seed: 3 }
    );
  });
});

test("deflating in the background (zlib's thread pool) gives what deflating at once gives", async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (data) => {
      const body = await deflateInBackground(data, nodeZipCodec.gzipInBackground!);
      expect(body.size).toBe(data.length);
      expect(body.crc32).toBe(crc32(data));
      expect(new Uint8Array(inflateRawSync(body.compressed))).toEqual(data);
    }),
    { numRuns: 40, seed: 5 }
  );
});

test("a compressor that returns no gzip member is refused", () => {
  expect(() => deflate(new Uint8Array([1, 2, 3]), (data) => data)).toThrow(/gzip/);
});

describe("Node's native inflate", () => {
  const data = new TextEncoder().encode("<sheetData>".repeat(10_000));
  const compressed = deflate(data, pakoGzip1).compressed;

  test("inflates within the limit", () => {
    expect(new Uint8Array(nodeZipCodec.inflateRaw!(compressed, data.length)!)).toEqual(data);
  });

  test("says null past the limit instead of inflating it all", () => {
    expect(nodeZipCodec.inflateRaw!(compressed, data.length - 1)).toBeNull();
  });
});
