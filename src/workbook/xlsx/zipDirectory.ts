/* global TextDecoder */
/** One entry of a zip's central directory, as the file declares it (declared sizes can lie). */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** General-purpose flag bit 0: the entry is encrypted. */
  encrypted: boolean;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** The entry's central directory record: [start, end) in the zip's bytes. */
  central: [number, number];
  /** A size or offset needed the zip64 extra field (a writer that knows only 32-bit fields must not copy it). */
  zip64: boolean;
}

const EOCD = 0x06054b50;
export const LOCAL_HEADER = 0x04034b50;
export const LOCAL_HEADER_SIZE = 30;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;

/**
 * The central directory of a zip held in memory, read without inflating anything, or null when
 * the bytes hold no complete directory (a truncated or damaged file). Lets the reader check the
 * declared sizes and the number of entries before any part is inflated.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  return readZipLayout(bytes)?.entries ?? null;
}

/** The central directory and the end record's comment, for a writer that copies entries as they are. */
export interface ZipLayout {
  entries: ZipEntryInfo[];
  /** The archive comment (end of central directory record). */
  comment: Uint8Array;
  /** The directory is in zip64 form. */
  zip64: boolean;
}

/** Like readZipDirectory, with what copying the entries needs. */
export function readZipLayout(bytes: Uint8Array): ZipLayout | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return null;
  const commentLength = Math.min(view.getUint16(eocd + 20, true), bytes.byteLength - eocd - 22);
  const comment = bytes.subarray(eocd + 22, eocd + 22 + commentLength);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  const zip64Directory = locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR;
  if (zip64Directory) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return null;
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (offset + size > bytes.byteLength) return null;
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const flags = view.getUint16(at + 8, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > bytes.byteLength) return null;
    const name = decoder.decode(bytes.subarray(at + 46, nameEnd));
    const localOffset = view.getUint32(at + 42, true);
    const wide =
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localOffset === 0xffffffff;
    const zip64 = zip64Sizes(view, nameEnd, extraLength, uncompressedSize, compressedSize);
    uncompressedSize = zip64.uncompressedSize;
    compressedSize = zip64.compressedSize;
    const end = nameEnd + extraLength + commentLength;
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize,
      encrypted: (flags & 1) === 1,
      localOffset,
      central: [at, end],
      zip64: wide,
    });
    at = end;
  }
  return { entries, comment, zip64: zip64Directory };
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Sizes from the zip64 extra field (id 1), which holds the ones the header marks 0xFFFFFFFF. */
function zip64Sizes(
  view: DataView,
  start: number,
  length: number,
  uncompressedSize: number,
  compressedSize: number
): { uncompressedSize: number; compressedSize: number } {
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      if (uncompressedSize === 0xffffffff && field + 8 <= at + 4 + size) {
        uncompressedSize = Number(view.getBigUint64(field, true));
        field += 8;
      }
      if (compressedSize === 0xffffffff && field + 8 <= at + 4 + size) {
        compressedSize = Number(view.getBigUint64(field, true));
      }
    }
    at += 4 + size;
  }
  return { uncompressedSize, compressedSize };
}

/**
 * Where an entry's data starts (after its local header, name and extra field), or null when no
 * local header stands at the offset the central directory gives.
 */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntryInfo): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localOffset;
  if (start + LOCAL_HEADER_SIZE > bytes.length || view.getUint32(start, true) !== LOCAL_HEADER) {
    return null;
  }
  return (
    start + LOCAL_HEADER_SIZE + view.getUint16(start + 26, true) + view.getUint16(start + 28, true)
  );
}
