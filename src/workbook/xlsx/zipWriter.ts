/* global TextEncoder */
import { deflate, type DeflatedBytes, type Gzip } from "./zipCodec";
import {
  entryDataStart,
  LOCAL_HEADER,
  LOCAL_HEADER_SIZE,
  type ZipEntryInfo,
  type ZipLayout,
} from "./zipDirectory";

/** One entry of the zip to write: copied from the source zip as it is, new bytes, or new bytes deflated. */
export type ZipPart =
  | { copy: ZipEntryInfo }
  | { name: string; data: Uint8Array }
  | { name: string; deflated: DeflatedBytes };

const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER_SIZE = 46;
const END_SIZE = 22;
/** Version 2.0: deflate. */
const VERSION = 20;
const DEFLATE = 8;
/** General-purpose flag bit 3: sizes and CRC follow the data in a data descriptor. */
const FLAG_DESCRIPTOR = 8;
/** General-purpose flag bit 11: the name is UTF-8. */
const FLAG_UTF8 = 0x800;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

/** Why a zip cannot be written by this writer (the caller falls back to a general one). */
export class ZipWriteUnsupported extends Error {}

interface Piece {
  /** The local record: header, data (and data descriptor), in chunks. */
  local: Uint8Array[];
  /** The central record; its local-header offset (at byte 42) is set once the place is known. */
  central: Uint8Array;
  /** Bytes of the local record. */
  length: number;
}

/**
 * Writes a zip whose entries are either copied byte for byte from `source` (local header, data
 * and data descriptor; the central record with its offset moved) or new, deflated with `gzip`.
 * Only 32-bit zips: anything needing zip64 throws ZipWriteUnsupported.
 */
export function writeZip(
  source: Uint8Array,
  layout: ZipLayout,
  parts: ZipPart[],
  gzip: Gzip,
  date: Date
): Uint8Array {
  if (layout.zip64 || parts.length > MAX_16) throw new ZipWriteUnsupported("zip64");
  const encoder = new TextEncoder();
  const pieces: Piece[] = parts.map((part) =>
    "copy" in part
      ? copiedPiece(source, part.copy)
      : newPiece(
          encoder.encode(part.name),
          "deflated" in part ? part.deflated : deflate(part.data, gzip),
          date
        )
  );
  let offset = 0;
  let centralSize = 0;
  for (const piece of pieces) {
    const at = offset;
    offset += piece.length;
    if (offset > MAX_32) throw new ZipWriteUnsupported("zip64");
    new DataView(piece.central.buffer, piece.central.byteOffset).setUint32(42, at, true);
    centralSize += piece.central.length;
  }
  const centralOffset = offset;
  const out = new Uint8Array(offset + centralSize + END_SIZE + layout.comment.length);
  let at = 0;
  for (const piece of pieces) {
    for (const chunk of piece.local) {
      out.set(chunk, at);
      at += chunk.length;
    }
  }
  for (const piece of pieces) {
    out.set(piece.central, at);
    at += piece.central.length;
  }
  const end = new DataView(out.buffer, at, END_SIZE);
  end.setUint32(0, END_OF_DIRECTORY, true);
  end.setUint16(8, pieces.length, true);
  end.setUint16(10, pieces.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, centralOffset, true);
  end.setUint16(20, layout.comment.length, true);
  out.set(layout.comment, at + END_SIZE);
  return out;
}

/** A source entry: its local record as it is, its central record copied (the offset is set later). */
function copiedPiece(source: Uint8Array, entry: ZipEntryInfo): Piece {
  if (entry.zip64) throw new ZipWriteUnsupported("zip64");
  const dataStart = entryDataStart(source, entry);
  if (dataStart === null) throw new ZipWriteUnsupported(`no local header for ${entry.name}`);
  const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
  const start = entry.localOffset;
  const flags = view.getUint16(start + 6, true);
  let end = dataStart + entry.compressedSize;
  if (flags & FLAG_DESCRIPTOR) {
    // CRC and sizes (12 bytes), with or without the optional signature in front.
    const signed = end + 4 <= source.length && view.getUint32(end, true) === DATA_DESCRIPTOR;
    end += signed ? 16 : 12;
  }
  if (end > source.length) throw new ZipWriteUnsupported(`${entry.name} runs past the end`);
  const central = source.slice(entry.central[0], entry.central[1]);
  return { local: [source.subarray(start, end)], central, length: end - start };
}

function newPiece(name: Uint8Array, body: DeflatedBytes, date: Date): Piece {
  if (body.size > MAX_32 || body.compressed.length > MAX_32) throw new ZipWriteUnsupported("zip64");
  const flags = name.some((byte) => byte > 0x7f) ? FLAG_UTF8 : 0;
  const { time, day } = dosDateTime(date);
  const local = new Uint8Array(LOCAL_HEADER_SIZE + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, LOCAL_HEADER, true);
  lv.setUint16(4, VERSION, true);
  lv.setUint16(6, flags, true);
  lv.setUint16(8, DEFLATE, true);
  lv.setUint16(10, time, true);
  lv.setUint16(12, day, true);
  lv.setUint32(14, body.crc32, true);
  lv.setUint32(18, body.compressed.length, true);
  lv.setUint32(22, body.size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, LOCAL_HEADER_SIZE);
  const central = new Uint8Array(CENTRAL_HEADER_SIZE + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, CENTRAL_HEADER, true);
  cv.setUint16(4, VERSION, true);
  cv.setUint16(6, VERSION, true);
  cv.setUint16(8, flags, true);
  cv.setUint16(10, DEFLATE, true);
  cv.setUint16(12, time, true);
  cv.setUint16(14, day, true);
  cv.setUint32(16, body.crc32, true);
  cv.setUint32(20, body.compressed.length, true);
  cv.setUint32(24, body.size, true);
  cv.setUint16(28, name.length, true);
  central.set(name, CENTRAL_HEADER_SIZE);
  return {
    local: [local, body.compressed],
    central,
    length: local.length + body.compressed.length,
  };
}

/** MS-DOS time and date (local time, 2-second steps, years from 1980), as zip headers hold them. */
export function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}
