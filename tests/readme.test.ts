import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: object }).scripts
);

describe("README", () => {
  test("starts with the two commands: run the demo, run the tests", () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(README)?.[1] ?? "";
    const commands = firstBlock
      .split("\n")
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter(Boolean);
    expect(commands).toEqual(["npm ci && npm run demo", "npm ci && npm test"]);
    expect(README.indexOf("```bash")).toBeLessThan(README.indexOf("\n## "));
  });

  test("every npm script it mentions exists", () => {
    const mentioned = [...README.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]);
    expect(mentioned.length).toBeGreaterThan(5);
    for (const script of new Set(mentioned)) expect(SCRIPTS).toContain(script);
  });

  test("every local file it links or shows exists", () => {
    const targets = [...README.matchAll(/\]\(([^)#\s]+)\)/g)]
      .map((match) => match[1])
      .filter((target) => !/^https?:/.test(target));
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(existsSync(join(ROOT, target))).toBe(true);
  });

  test("the table of contents lists every section, in order, each pointing at its heading", () => {
    const anchors = new Set(
      [...README.matchAll(/^#{2,3} (.+)$/gm)].map((match) =>
        match[1]
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, "")
          .replace(/ /g, "-")
      )
    );
    const links = [...README.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    for (const link of links) expect(anchors).toContain(link);
    const sections = [...README.matchAll(/^## (.+)$/gm)]
      .map((match) => match[1])
      .filter((heading) => heading !== "Isi / Contents");
    const listed = [...README.matchAll(/^\d+\. \[(.+)\]\(#/gm)].map((match) => match[1]);
    expect(listed).toEqual(sections);
  });

  test("the sample workbook and the scripts it names are in the repository", () => {
    for (const path of [
      "samples/contoh-dinsos-probolinggo.xlsx",
      "scripts/buildFixtures.ts",
      "tests/browser/screenshots.ts",
      "ARCHITECTURE.md",
    ]) {
      expect(README).toContain(path);
      expect(existsSync(join(ROOT, path))).toBe(true);
    }
  });
});
