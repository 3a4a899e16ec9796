import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { buildBadInputs, type BadInput } from "../fixtures/builders/badInputs";

/**
 * The bad-input corpus (tests/fixtures/builders/badInputs.ts) through the command line: each gives
 * its exit code and its message in Indonesian, never a stack trace or a library's text, and leaves
 * its input byte for byte as it was. Those whose point is bounded cost run in a child process
 * limited to a 1.5 GB heap, as a user's machine would be.
 */
const ROOT = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "lkjip-bad-"));
let corpus: BadInput[] = [];

function hash(path: string | undefined): string | null {
  if (!path || !existsSync(path) || !statSync(path).isFile()) return null;
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

const LIBRARY_TEXT =
  /Cannot read properties|TypeError|ReferenceError|SyntaxError|\n\s+at |Bug :|undefined/;

beforeAll(async () => {
  // As on an Indonesian desktop: messages that come before --lang is read follow LANG.
  process.env.LANG = "id_ID.UTF-8";
  corpus = await buildBadInputs(dir);
}, 120_000);

test("the corpus holds at least 40 bad inputs, each named once", () => {
  expect(corpus.length).toBeGreaterThanOrEqual(40);
  expect(new Set(corpus.map((entry) => entry.name)).size).toBe(corpus.length);
});

describe("in process", () => {
  test("every input: exit code, message, no library text, input unchanged", async () => {
    const failures: string[] = [];
    for (const entry of corpus.filter((e) => !e.child)) {
      const before = hash(entry.input);
      const lines: string[] = [];
      const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
      const code = await main(["--lang", "id", ...entry.args], io);
      const text = lines.join("\n");
      if (code !== entry.code)
        failures.push(`${entry.name}: exit ${code}, wanted ${entry.code}\n${text}`);
      if (!text.includes(entry.message))
        failures.push(`${entry.name}: no "${entry.message}" in\n${text}`);
      if (LIBRARY_TEXT.test(text)) failures.push(`${entry.name}: library text in\n${text}`);
      if (hash(entry.input) !== before) failures.push(`${entry.name}: input changed`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe("in a child process with a 1.5 GB heap", () => {
  test.each([
    "dev-zero",
    "bom-zip-berbohong",
    "sel-di-XFD1048576",
    "gabungan-sampai-XFD1048576",
    "terlalu-banyak-sel",
  ])(
    "%s",
    (name) => {
      const entry = corpus.find((e) => e.name === name)!;
      expect(entry.child).toBe(true);
      const before = hash(entry.input);
      const started = Date.now();
      const result = spawnSync(
        process.execPath,
        ["--max-old-space-size=1536", join(ROOT, "bin", "lkjip.js"), "--lang", "id", ...entry.args],
        { encoding: "utf8", timeout: 240_000, env: { ...process.env, LANG: "id_ID.UTF-8" } }
      );
      const text = `${result.stdout}${result.stderr}`;
      expect({ code: result.status, signal: result.signal }).toEqual({
        code: entry.code,
        signal: null,
      });
      expect(text).toContain(entry.message);
      expect(text).not.toMatch(LIBRARY_TEXT);
      expect(hash(entry.input)).toBe(before);
      // Printed for the record (README "Known limits"): what each took.
      process.stdout.write(`${name}: ${Date.now() - started} ms\n`);
    },
    300_000
  );
});
