/* global TextDecoder */
import type JSZip from "jszip";
import { WorkbookReadError } from "../workbookReadError";
import type { ReadBudget } from "./readLimits";
import type { InflateRaw } from "./zipCodec";
import { entryDataStart, type ZipEntryInfo } from "./zipDirectory";

/**
 * A package's parts as the readers inflate them: through JSZip, or, where a native inflate was
 * given (the command line), straight from the zip's bytes, located by its central directory.
 */
export interface PackageParts {
  zip: JSZip;
  native?: { bytes: Uint8Array; entries: Map<string, ZipEntryInfo>; inflateRaw: InflateRaw };
}

/** Text handed to the readers at a time when a part was inflated whole. */
const TEXT_PIECE = 1024 * 1024;

/**
 * JSZip's documented ZipObject.internalStream (stuk.github.io/jszip, "internalStream(type)"),
 * missing from its typings: inflates an entry chunk by chunk, so what a part inflates to is
 * counted as it comes and a zip bomb is stopped at the limit instead of filling memory.
 */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  on(event: "error", listener: (error: unknown) => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

function chunkStream(file: JSZip.JSZipObject): ChunkStream {
  return (file as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream(
    "uint8array"
  );
}

export function tooLarge(limitBytes: number): WorkbookReadError {
  return new WorkbookReadError("read.error.tooLarge", {
    limit: `${Math.round(limitBytes / (1024 * 1024))} MB`,
  });
}

/**
 * Inflates one part of the package as text, handing it over piece by piece; `onText` may throw to
 * stop. Rejects with a WorkbookReadError when the part or the whole read grows past its limit.
 * Resolves false when the package has no such part.
 */
export function streamPart(
  parts: PackageParts,
  path: string,
  budget: ReadBudget,
  onText: (text: string) => void
): Promise<boolean> {
  const inflated = parts.native ? inflateNative(parts.native, path, budget) : undefined;
  if (inflated !== undefined) {
    if (inflated === null) return Promise.resolve(false);
    try {
      const decoder = new TextDecoder("utf-8");
      for (let at = 0; at < inflated.length; at += TEXT_PIECE) {
        onText(decoder.decode(inflated.subarray(at, at + TEXT_PIECE), { stream: true }));
      }
      onText(decoder.decode());
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve(true);
  }
  const file = parts.zip.file(path);
  if (!file) return Promise.resolve(false);
  return new Promise<boolean>((resolve, reject) => {
    const decoder = new TextDecoder("utf-8");
    let inflated = 0;
    let done = false;
    const stream = chunkStream(file);
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        inflated += chunk.length;
        if (inflated > budget.limits.partBytes) return fail(tooLarge(budget.limits.partBytes));
        if (!budget.inflate(chunk.length)) return fail(tooLarge(budget.limits.totalBytes));
        try {
          onText(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          fail(error);
        }
      })
      .on("error", (error) =>
        fail(
          error instanceof WorkbookReadError
            ? error
            : new WorkbookReadError("read.error.damaged", {}, { cause: error })
        )
      )
      .on("end", () => {
        if (done) return;
        try {
          onText(decoder.decode());
        } catch (error) {
          return fail(error);
        }
        done = true;
        resolve(true);
      })
      .resume();
  });
}

/** A whole (small) part as text, or null when the package lacks it; bounded as streamPart is. */
export async function readPartText(
  parts: PackageParts,
  path: string,
  budget: ReadBudget
): Promise<string | null> {
  const pieces: string[] = [];
  const found = await streamPart(parts, path, budget, (text) => pieces.push(text));
  return found ? pieces.join("") : null;
}

/**
 * A part inflated whole by the native inflate, within what the budget has left; null when the
 * package has no such part, undefined when it is not one this path reads (then JSZip does).
 */
function inflateNative(
  native: NonNullable<PackageParts["native"]>,
  path: string,
  budget: ReadBudget
): Uint8Array | null | undefined {
  const entry = native.entries.get(path);
  if (!entry) return null;
  if (entry.zip64 || (entry.method !== 0 && entry.method !== 8)) return undefined;
  const { bytes } = native;
  const from = entryDataStart(bytes, entry);
  const data = from === null ? null : bytes.subarray(from, from + entry.compressedSize);
  if (data === null || data.length < entry.compressedSize) {
    throw new WorkbookReadError("read.error.damaged", { part: path });
  }
  const limits = budget.limits;
  const partLimited = limits.partBytes <= budget.remaining();
  const limit = Math.min(limits.partBytes, budget.remaining());
  let inflated: Uint8Array | null;
  if (entry.method === 0) {
    inflated = data.length > limit ? null : data;
  } else {
    try {
      inflated = native.inflateRaw(data, limit);
    } catch (error) {
      throw new WorkbookReadError("read.error.damaged", { part: path }, { cause: error });
    }
  }
  if (inflated === null) throw tooLarge(partLimited ? limits.partBytes : limits.totalBytes);
  budget.inflate(inflated.length);
  return inflated;
}
