/* global TextDecoder */
import type JSZip from "jszip";
import { WorkbookReadError } from "../workbookReadError";
import type { ReadBudget } from "./readLimits";

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
  zip: JSZip,
  path: string,
  budget: ReadBudget,
  onText: (text: string) => void
): Promise<boolean> {
  const file = zip.file(path);
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
  zip: JSZip,
  path: string,
  budget: ReadBudget
): Promise<string | null> {
  const pieces: string[] = [];
  const found = await streamPart(zip, path, budget, (text) => pieces.push(text));
  return found ? pieces.join("") : null;
}
