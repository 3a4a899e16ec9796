import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isSameFile, writeFileAtomically } from "../../src/cli/outputFile";

describe("isSameFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-same-"));
  const input = join(dir, "laporan.xlsx");
  writeFileSync(input, "asli");
  const identity = () => ({ dev: statSync(input).dev, ino: statSync(input).ino });

  test("the same path, another spelling of it, a symbolic and a hard link are the input", async () => {
    symlinkSync(input, join(dir, "pintasan.xlsx"));
    linkSync(input, join(dir, "tautan-keras.xlsx"));
    for (const path of [
      input,
      join(dir, ".", "laporan.xlsx"),
      join(dir, "pintasan.xlsx"),
      join(dir, "tautan-keras.xlsx"),
    ]) {
      expect(await isSameFile(path, identity())).toBe(true);
    }
  });

  test("another file, or one that does not exist yet, is not", async () => {
    writeFileSync(join(dir, "lain.xlsx"), "asli");
    expect(await isSameFile(join(dir, "lain.xlsx"), identity())).toBe(false);
    expect(await isSameFile(join(dir, "baru.xlsx"), identity())).toBe(false);
  });
});

describe("writeFileAtomically", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-write-"));

  test("writes the bytes, creating folders, leaving no temporary file", async () => {
    const path = join(dir, "out", "hasil.xlsx");
    await writeFileAtomically(path, new TextEncoder().encode("baru"));
    expect(readFileSync(path, "utf8")).toBe("baru");
    expect(readdirSync(join(dir, "out"))).toEqual(["hasil.xlsx"]);
  });

  test("a write that fails leaves the old file as it was and no temporary file", async () => {
    // The target is a folder holding a file: the final rename fails after the bytes are written.
    const target = join(dir, "folder.xlsx");
    mkdirSync(target);
    writeFileSync(join(target, "isi"), "lama");
    await expect(writeFileAtomically(target, new Uint8Array(10))).rejects.toThrow();
    expect(readFileSync(join(target, "isi"), "utf8")).toBe("lama");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
