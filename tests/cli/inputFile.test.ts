import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputFile } from "../../src/cli/inputFile";
import { WorkbookReadError } from "../../src/workbook/workbookReadError";

async function refusal(path: string, limit?: number): Promise<string> {
  try {
    await readInputFile(path, limit);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.messageKey;
    throw error;
  }
  return "read";
}

describe("readInputFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-input-"));

  test("reads a regular file with its identity", async () => {
    const path = join(dir, "a.xlsx");
    writeFileSync(path, "isi");
    const input = await readInputFile(path);
    expect(new TextDecoder().decode(input.bytes)).toBe("isi");
    expect(input.identity.ino).toBeGreaterThan(0);
  });

  test("a folder, a device and a FIFO are 'not a file', refused before reading (no hang)", async () => {
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    const fifo = join(dir, "pipa.xlsx");
    spawnSync("mkfifo", [fifo]);
    const started = Date.now();
    expect(await refusal(folder)).toBe("read.error.notAFile");
    expect(await refusal("/dev/zero")).toBe("read.error.notAFile");
    expect(await refusal(fifo)).toBe("read.error.notAFile");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test("a missing file, and a file over the size limit", async () => {
    expect(await refusal(join(dir, "tidak-ada.xlsx"))).toBe("read.error.notFound");
    const big = join(dir, "besar.xlsx");
    writeFileSync(big, new Uint8Array(2000));
    expect(await refusal(big, 1000)).toBe("read.error.tooLarge");
    expect(await refusal(big, 2000)).toBe("read");
  });
});
