import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * bin/lkjip.js runs the command line built to JavaScript (build/cli/lkjip.js, made by `npm ci`
 * through `prepare`, or `npm run build`); no TypeScript runner at start-up.
 */
const ROOT = join(__dirname, "..", "..");
const BUILT = join(ROOT, "build", "cli", "lkjip.js");
const SAMPLE = join(ROOT, "samples", "contoh-dinsos-probolinggo.xlsx");

function lkjip(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, "bin", "lkjip.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", ...env },
  });
}

describe("bin/lkjip.js", () => {
  beforeAll(() => {
    // Always from the current sources: a stale build would test yesterday's command line.
    execFileSync("npx", ["webpack", "--mode", "production", "--config-name", "cli"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  }, 180_000);

  it("prints the usage for --help and exits 0", () => {
    const result = lkjip(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("lkjip generate");
  });

  it("makes the tables of the sample, as `npm run demo` does", () => {
    const dir = mkdtempSync(join(tmpdir(), "lkjip-bin-"));
    try {
      const out = join(dir, "hasil.xlsx");
      const result = lkjip(["generate", SAMPLE, "--tahun", "2017", "--out", out], {
        LANG: "id_ID.UTF-8",
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("Tabel 3.1.6");
      expect(existsSync(out)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("exits 2 with usage for a bad argument", () => {
    const result = lkjip(["generate"]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toBe("");
  });

  it("is plain JavaScript that needs neither tsx nor TypeScript, and packages from node_modules", () => {
    const code = readFileSync(BUILT, "utf8");
    expect(code).not.toMatch(/require\(["']tsx/);
    expect(code).not.toMatch(/require\(["']typescript["']\)/);
    expect(code).toMatch(/require\(["']exceljs["']\)/);
  });

  it("generates without loading ExcelJS (files are read and written by src/workbook/xlsx); the template loads it", () => {
    const dir = mkdtempSync(join(tmpdir(), "lkjip-bin-"));
    // Runs a command in the built command line and lists the ExcelJS modules Node loaded for it.
    const loaded = (args: string[]) => {
      const script = `
        const cli = require(${JSON.stringify(BUILT)});
        process.on("exit", () => {
          const excel = Object.keys(require.cache).filter((path) => /[\\/]exceljs[\\/]/.test(path));
          process.stderr.write("EXCELJS " + excel.length + "\\n");
        });
        cli.runCommandLine(${JSON.stringify(args)});`;
      const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
      expect(result.status).toBe(0);
      return Number(/EXCELJS (\d+)/.exec(result.stderr)?.[1]);
    };
    try {
      const out = join(dir, "hasil.xlsx");
      expect(loaded(["generate", SAMPLE, "--tahun", "2017", "--out", out])).toBe(0);
      expect(existsSync(out)).toBe(true);
      expect(loaded(["template", join(dir, "template.xlsx")])).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
