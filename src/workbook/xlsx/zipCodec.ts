import { gzip as pakoGzip } from "pako";

/**
 * Compresses bytes into the gzip format (RFC 1952). A gzip member is a raw deflate stream (what a
 * zip entry holds) between a header and a trailer that carries the CRC-32 (which the zip entry
 * needs too), so one call gives both. The command line passes Node's native zlib
 * (nodeZipCodec.ts); everywhere else pako, the JavaScript port JSZip itself uses.
 */
export type Gzip = (data: Uint8Array) => Uint8Array;

/**
 * The same compression run off the main thread (Node's zlib on its thread pool): a long sheet is
 * deflated while the next one is laid out.
 */
export type GzipInBackground = (data: Uint8Array) => Promise<Uint8Array>;

/** Inflates a raw deflate stream; null when it would inflate to more than `maxBytes`. */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

/**
 * How the package's entries are compressed and inflated. Without one, JSZip inflates (streaming,
 * in JavaScript) and pako deflates; the command line gives Node's zlib, several times faster.
 */
export interface ZipCodec {
  gzip?: Gzip;
  /** Where there is one, the generated sheets are deflated with it, in the background. */
  gzipInBackground?: GzipInBackground;
  inflateRaw?: InflateRaw;
}

/**
 * Level 1, the fastest: generated sheets are long, repetitive XML. On the bench's 25 000-row
 * workbook level 1 cost 1.2 s of CPU in JavaScript where the default cost 1.6 s, for a file 19 %
 * larger (3.9 MB instead of 3.3 MB).
 */
export const DEFLATE_LEVEL = 1;

export const pakoGzip1: Gzip = (data) => pakoGzip(data, { level: DEFLATE_LEVEL });

/** A zip entry's body: raw deflate stream and CRC-32 of the uncompressed bytes. */
export interface DeflatedBytes {
  compressed: Uint8Array;
  crc32: number;
  size: number;
}

const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;
const FLAG_EXTRA = 4;
const FLAG_NAME = 8;
const FLAG_COMMENT = 16;
const FLAG_HEADER_CRC = 2;

/** Deflates `data` with `gzip` and takes the gzip wrapper off. */
export function deflate(data: Uint8Array, gzip: Gzip): DeflatedBytes {
  return unwrapGzip(gzip(data), data.length);
}

/** `deflate` with a compressor that works in the background. */
export async function deflateInBackground(
  data: Uint8Array,
  gzip: GzipInBackground
): Promise<DeflatedBytes> {
  return unwrapGzip(await gzip(data), data.length);
}

/** The raw deflate stream and CRC-32 of a gzip member of `length` bytes of data. */
function unwrapGzip(member: Uint8Array, length: number): DeflatedBytes {
  if (member.length < GZIP_HEADER + GZIP_TRAILER || member[0] !== 0x1f || member[1] !== 0x8b) {
    throw new Error("The compressor did not return a gzip member");
  }
  const flags = member[3];
  if (flags & (FLAG_EXTRA | FLAG_NAME | FLAG_COMMENT | FLAG_HEADER_CRC)) {
    throw new Error("The compressor's gzip header carries optional fields");
  }
  const view = new DataView(member.buffer, member.byteOffset, member.byteLength);
  const trailer = member.length - GZIP_TRAILER;
  const size = view.getUint32(trailer + 4, true);
  if (size !== length % 2 ** 32) throw new Error("The compressor's gzip size is wrong");
  return {
    compressed: member.subarray(GZIP_HEADER, trailer),
    crc32: view.getUint32(trailer, true),
    size: length,
  };
}
