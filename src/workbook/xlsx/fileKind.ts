import type { ZipEntryInfo } from "./zipDirectory";

/** What a file is, judged from its bytes alone (the name's extension is not trusted). */
export type FileKind =
  | "xlsx"
  | "xlsb"
  | "xls"
  | "encrypted"
  | "ods"
  | "zipNotWorkbook"
  | "truncated"
  | "empty"
  | "notWorkbook";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Whether `text` occurs in the bytes as UTF-16LE (how OLE2 directories spell stream names). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let at = 0; at + text.length * 2 <= bytes.length; at++) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    for (let i = 1; i < text.length; i++) {
      if (bytes[at + 2 * i] !== text.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The kind of an OLE2 compound file: Excel 97-2003 (.xls), or an Office file protected with a
 * password to open, whose package sits encrypted inside an OLE2 file with an EncryptionInfo stream.
 */
export function ole2Kind(bytes: Uint8Array): FileKind | null {
  if (!startsWith(bytes, OLE2)) return null;
  return containsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "xls";
}

/** The kind of a zip package from its entry names and, for OpenDocument, its mimetype entry. */
export function zipKind(entries: ZipEntryInfo[], mimetype: string | null): FileKind {
  if (mimetype?.trim() === ODS_MIMETYPE) return "ods";
  const names = new Set(entries.map((entry) => entry.name.replace(/^\//, "").toLowerCase()));
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("[content_types].xml") && [...names].some((name) => name.startsWith("xl/"))) {
    return "xlsx";
  }
  return "zipNotWorkbook";
}

/** Whether the bytes begin as a zip does (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}
