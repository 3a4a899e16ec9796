import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "../..");
const HELP = join(ROOT, "assets/help.html");
const scripts = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts;

describe("assets/help.html (the add-in's help page, linked from the manifest)", () => {
  test("is as Prettier formats it, with the project's Prettier settings", () => {
    // The CLI, as `npm run format:check` runs it (Prettier's API needs ES modules Jest lacks).
    const prettier = require.resolve("prettier/bin/prettier.cjs");
    const run = spawnSync(process.execPath, [prettier, "--check", HELP], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect([run.status, run.stderr]).toEqual([0, ""]);
  });

  test("npm run lint checks its format, so a change that unformats it fails lint", () => {
    expect(scripts.lint).toMatch(/&& npm run format:check$/);
    expect(scripts["format:check"]).toMatch(/^prettier --check .*"assets\/\*\*\/\*\.\{html,js\}"/);
  });
});
