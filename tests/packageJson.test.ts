import { readdirSync, readFileSync, statSync } from "fs";
import { builtinModules } from "module";
import { join, relative } from "path";

/**
 * Every package our code imports is declared in package.json: a fresh `npm ci` then installs it,
 * instead of the code working only because some other package happened to pull it in.
 */
const ROOT = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(name) ? [path] : [];
  });
}

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|[;\s}])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']|(?:require|require\.resolve|import)\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']\s*\)/g;

/** The import and require specifiers of a file (comments are not code). */
function importsOf(file: string, text: string): Import[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => (/webpackChunkName/.test(comment) ? comment : ""))
    .replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(IMPORT)].map((match) => ({
    file,
    specifier: match[2] ?? match[3],
    typeOnly: Boolean(match[1]),
  }));
}

/** "@scope/name/deep" -> "@scope/name", "name/deep" -> "name"; undefined for relative and built-in. */
function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || specifier.startsWith("node:")) return undefined;
  const name = specifier.startsWith("@")
    ? specifier.split("/").slice(0, 2).join("/")
    : specifier.split("/")[0];
  return builtinModules.includes(name) ? undefined : name;
}

const runtime = new Set(Object.keys(pkg.dependencies));
const declared = new Set([
  ...runtime,
  ...Object.keys(pkg.devDependencies),
  ...Object.keys(pkg.optionalDependencies ?? {}),
]);

const files = ["src", "tests", "bench", "scripts", "bin"]
  .flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .concat([join(ROOT, "webpack.config.js"), join(ROOT, "jest.config.js")]);
const imports = files
  .filter((file) => file !== __filename) // its own examples below are not imports
  .flatMap((file) => importsOf(relative(ROOT, file), readFileSync(file, "utf8")));

describe("package.json declares what the code imports", () => {
  it("finds the imports it checks (the scan itself works)", () => {
    expect(imports.length).toBeGreaterThan(300);
    const packages = new Set(imports.map((i) => packageOf(i.specifier)));
    for (const name of ["exceljs", "react", "@fluentui/react-components", "playwright-core"])
      expect(packages).toContain(name);
  });

  it("every package imported anywhere is a dependency, devDependency or optionalDependency", () => {
    const undeclared = imports
      .filter((i) => packageOf(i.specifier) && !declared.has(packageOf(i.specifier)!))
      .map((i) => `${i.file}: ${i.specifier}`);
    expect(undeclared).toEqual([]);
  });

  it("what src/ imports at run time is a dependency (the built command line requires it)", () => {
    const devOnly = imports
      .filter((i) => i.file.startsWith("src") && !i.typeOnly)
      .filter((i) => packageOf(i.specifier) && !runtime.has(packageOf(i.specifier)!))
      .map((i) => `${i.file}: ${i.specifier}`);
    expect(devOnly).toEqual([]);
  });

  it("tsx, a TypeScript runner for development, is not needed at run time", () => {
    expect(runtime.has("tsx")).toBe(false);
    expect(pkg.devDependencies.tsx).toBeDefined();
  });
});

describe("importsOf / packageOf", () => {
  it.each([
    ['import ExcelJS from "exceljs";', "exceljs"],
    ['import { a, b } from "@fluentui/react-components";', "@fluentui/react-components"],
    ['import type { Page } from "playwright-core";', "playwright-core"],
    ['const { SaxesParser } = require("saxes");', "saxes"],
    ['await import(/* webpackChunkName: "x" */ "jszip/dist/jszip")', "jszip"],
    ['export { x } from "./local";', undefined],
    ['import { readFileSync } from "fs";', undefined],
    ['import { join } from "node:path";', undefined],
  ])("%s -> %s", (line, expected) => {
    const [found] = importsOf("x.ts", line);
    expect(packageOf(found.specifier)).toBe(expected);
  });

  it("reads a type-only import as such, and skips commented-out ones", () => {
    expect(importsOf("x.ts", 'import type { A } from "a";')[0].typeOnly).toBe(true);
    expect(importsOf("x.ts", '// import { A } from "a";\n/* require("b") */')).toEqual([]);
  });
});
