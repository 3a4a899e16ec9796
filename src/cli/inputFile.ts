import { open, stat } from "node:fs/promises";
import { WorkbookReadError } from "../workbook/workbookReadError";
import { READ_LIMITS } from "../workbook/xlsx/readLimits";
import { tooLarge } from "../workbook/xlsx/packagePart";

type ErrnoException = Error & { code?: string };

/** The input's bytes and identity (device + inode), so the output can never be the same file. */
export interface InputFile {
  bytes: Uint8Array;
  identity: FileIdentity;
}

export interface FileIdentity {
  dev: number;
  ino: number;
}

/**
 * Reads the input file, refusing what is not a regular file (a folder, /dev/zero, a FIFO) before
 * reading a byte of it, and never reading more than the size limit even if the file grows.
 */
export async function readInputFile(
  path: string,
  limitBytes: number = READ_LIMITS.fileBytes
): Promise<InputFile> {
  const info = await stat(path).catch((error: ErrnoException) => {
    throw openError(path, error);
  });
  if (!info.isFile()) throw new WorkbookReadError("read.error.notAFile", { file: path });
  if (info.size > limitBytes) throw tooLarge(limitBytes);
  const handle = await open(path, "r").catch((error: ErrnoException) => {
    throw openError(path, error);
  });
  try {
    const buffer = new Uint8Array(Math.min(info.size, limitBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) throw tooLarge(limitBytes);
    }
    return { bytes: buffer.subarray(0, length), identity: { dev: info.dev, ino: info.ino } };
  } finally {
    await handle.close();
  }
}

function openError(path: string, error: ErrnoException): WorkbookReadError {
  if (error.code === "ENOENT" || error.code === "ENOTDIR") {
    return new WorkbookReadError("read.error.notFound", { file: path }, { cause: error });
  }
  if (error.code === "EISDIR") {
    return new WorkbookReadError("read.error.notAFile", { file: path }, { cause: error });
  }
  return new WorkbookReadError(
    "read.error.cannotOpen",
    { file: path, reason: error.code ?? "?" },
    { cause: error }
  );
}
