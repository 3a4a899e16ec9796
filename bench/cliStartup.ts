/**
 * npm run bench:cli: the built command line against what it replaced. Targets (issue 11):
 * `lkjip --help` starts within 1.5x the time Node takes to load ExcelJS, and `lkjip generate` on
 * the sample is no slower than the TypeScript command line run through tsx. Each run is a fresh
 * process; the median of BENCH_RUNS (default 7) is printed, with wall and CPU time.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SAMPLE = join(ROOT, "samples", "contoh-dinsos-probolinggo.xlsx");

interface Timing {
  wall: number;
  cpu: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * CPU seconds used so far by this process's finished children (Linux: cutime + cstime in
 * /proc/self/stat, in clock ticks of 1/100 s): the child's own CPU, whatever it runs.
 */
function childrenCpuSeconds(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  // After "pid (comm) ", field 0 is the state; cutime and cstime are fields 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Runs `node args` RUNS times in fresh processes; medians of wall and CPU time. */
function measure(args: string[]): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpuBefore = childrenCpuSeconds();
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
    cpus.push(childrenCpuSeconds() - cpuBefore);
    if (result.status !== 0)
      throw new Error(`node ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

function row(label: string, timing: Timing): string {
  return `${label.padEnd(46)} ${timing.wall.toFixed(3).padStart(7)} s ${timing.cpu.toFixed(2).padStart(7)} s`;
}

function main(): void {
  if (!existsSync(join(ROOT, "build", "cli", "lkjip.js")))
    throw new Error("build/cli/lkjip.js is missing: run npm run build:cli first");
  const out = mkdtempSync(join(tmpdir(), "lkjip-bench-cli-"));
  const fromSource = (args: string[]) => [
    "--import",
    "tsx",
    "-e",
    "require('./src/cli/main.ts').runCommandLine(process.argv.slice(1))",
    ...args,
  ];
  const generate = (file: string) => [
    "generate",
    SAMPLE,
    "--tahun",
    "2017",
    "--out",
    join(out, file),
  ];
  try {
    const exceljs = measure(["-e", "require('exceljs')"]);
    const help = measure(["bin/lkjip.js", "--help"]);
    const helpTsx = measure(fromSource(["--help"]));
    const built = measure(["bin/lkjip.js", ...generate("built.xlsx")]);
    const tsx = measure(fromSource(generate("tsx.xlsx")));
    console.log(`median of ${RUNS} runs each                          wall       CPU`);
    console.log(row("node -e \"require('exceljs')\"", exceljs));
    console.log(row("lkjip --help (built)", help));
    console.log(row("lkjip --help (TypeScript through tsx, before)", helpTsx));
    console.log(row("lkjip generate sample 2017 (built)", built));
    console.log(row("lkjip generate sample 2017 (tsx, before)", tsx));
    console.log(
      `--help / require('exceljs'): ${(help.wall / exceljs.wall).toFixed(2)} wall, ${(help.cpu / exceljs.cpu).toFixed(2)} CPU (target <= 1.5)`
    );
    console.log(
      `generate built / before: ${(built.wall / tsx.wall).toFixed(2)} wall, ${(built.cpu / tsx.cpu).toFixed(2)} CPU (target <= 1.0)`
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main();
