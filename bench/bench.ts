/**
 * npm run bench: how much the add-in's read + generate + write costs over the floor of merely
 * reading and writing the same workbook with ExcelJS. Each side is a whole process of its own, as
 * a user runs it: the command line as built (bin/lkjip.js, rebuilt first) against a plain script
 * that has ExcelJS read and write (bench/exceljsFloor.cjs); each reports its own CPU time and peak
 * memory (max RSS) at exit (bench/exitReport.cjs), the wall time is taken around it. The add-in
 * writes by splicing the generated sheets into the user's package (src/workbook/xlsx/), never
 * re-serialising the user's sheets. Targets (issue 8): time ratio <= 1.0, peak memory <= 1.5x.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generateReport } from "../src/pipeline";
import { readWorkbook } from "../src/readers/readWorkbook";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
import { BENCH_YEAR, syntheticWorkbook } from "./syntheticWorkbook";
import { OfficeWorkbook } from "../src/workbook/office/OfficeWorkbook";
import { installStrictExcel, uninstallStrictExcel } from "../tests/workbook/office/strictExcel";
import { manifestRequirementSets } from "../tests/workbook/office/strictExcel/manifestSets";

interface Measurement {
  seconds: number;
  /**
   * User + system CPU time of every thread (the garbage collector's included) over the same span
   * as `seconds`: steadier than wall time on a machine shared with other work.
   */
  cpuSeconds: number;
  maxRssMb: number;
  detail?: string;
}

type Kind = "floor" | "lkjip" | "readers";

/** Where the time goes: the readers alone (grids -> model), in a child of this script. */
async function readersChild(input: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const grids = await new ExcelJsWorkbook(workbook).readSheets(
    workbook.worksheets.map((sheet) => sheet.name)
  );
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  readWorkbook(grids, { tahun: BENCH_YEAR });
  const cpu = process.cpuUsage(cpuStart);
  const measurement: Measurement = {
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(measurement));
}

const ROOT = join(__dirname, "..");

function measure(kind: Kind, input: string, dir: string): Measurement {
  if (kind === "readers") {
    const text = execFileSync(process.execPath, ["--import", "tsx", __filename, "readers", input], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    return JSON.parse(text) as Measurement;
  }
  const output = join(dir, `${kind}.xlsx`);
  const reportFile = join(dir, `${kind}.json`);
  const floor = [join(ROOT, "bench", "exceljsFloor.cjs"), input, output];
  const lkjip = [join(ROOT, "bin", "lkjip.js"), "generate", input, "--tahun", String(BENCH_YEAR)];
  const script = kind === "floor" ? floor : [...lkjip, "--out", output, "--lang", "id", "--json"];
  const start = process.hrtime.bigint();
  const stdout = execFileSync(
    process.execPath,
    ["--require", join(ROOT, "bench", "exitReport.cjs"), ...script],
    { encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, BENCH_REPORT: reportFile } }
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const measurement = JSON.parse(readFileSync(reportFile, "utf8")) as Measurement;
  let detail: string | undefined;
  if (kind === "lkjip") {
    const result = JSON.parse(stdout) as { made: unknown[]; skipped: unknown[] };
    detail = `${result.made.length} tables made, ${result.skipped.length} skipped`;
  }
  return { ...measurement, seconds, detail };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function parent(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const subKegiatan = Number(process.env.BENCH_SUB_KEGIATAN ?? 25_000);
  const dir = mkdtempSync(join(tmpdir(), "lkjip-bench-"));
  // The command line as users run it: built from the sources as they are now.
  console.log("Building the command line (npm run build:cli) …");
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "ignore" });
  const input = join(dir, "input.xlsx");
  const workbook = syntheticWorkbook(subKegiatan);
  writeFileSync(input, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const indicators = workbook.getWorksheet("Indikator Kinerja")!.actualRowCount - 2;
  console.log(
    `Synthetic input: ${subKegiatan} sub kegiatan rows, ${indicators} indicators (${input})`
  );
  const results: Record<Kind, Measurement[]> = { floor: [], lkjip: [], readers: [] };
  for (let run = 0; run < runs; run++) {
    // Interleaved, so a slow moment of the machine hits every side.
    for (const kind of ["floor", "lkjip", "readers"] as const)
      results[kind].push(measure(kind, input, dir));
  }
  const floorTime = median(results.floor.map((m) => m.seconds));
  const lkjipTime = median(results.lkjip.map((m) => m.seconds));
  const floorCpu = median(results.floor.map((m) => m.cpuSeconds));
  const lkjipCpu = median(results.lkjip.map((m) => m.cpuSeconds));
  const floorRss = Math.max(...results.floor.map((m) => m.maxRssMb));
  const lkjipRss = Math.max(...results.lkjip.map((m) => m.maxRssMb));
  const row = (label: string, seconds: number, cpu: number, rss: number) =>
    `${label.padEnd(60)} ${seconds.toFixed(2).padStart(7)} s ${cpu.toFixed(2).padStart(7)} s ${rss
      .toFixed(0)
      .padStart(6)} MB`;
  console.log(`Median of ${runs} runs (wall time, CPU time), maximum (peak RSS):`);
  console.log(row("ExcelJS read + write (floor, a plain script)", floorTime, floorCpu, floorRss));
  console.log(
    row(`lkjip command line (${results.lkjip[0].detail})`, lkjipTime, lkjipCpu, lkjipRss)
  );
  const readersTime = median(results.readers.map((m) => m.seconds));
  const readersCpu = median(results.readers.map((m) => m.cpuSeconds));
  console.log(
    `  of which the readers (grids -> model, src/readers): ${readersTime.toFixed(2)} s wall, ${readersCpu.toFixed(2)} s CPU;` +
      ` without them the CPU ratio would be ${((lkjipCpu - readersCpu) / floorCpu).toFixed(2)}`
  );
  const wallRatio = lkjipTime / floorTime;
  const cpuRatio = lkjipCpu / floorCpu;
  const memoryRatio = lkjipRss / floorRss;
  const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log(
    `Time ratio ${cpuRatio.toFixed(2)} CPU, ${wallRatio.toFixed(2)} wall (target <= 1.0): ${verdict(cpuRatio <= 1.0)}`
  );
  console.log(
    `Peak memory ratio ${memoryRatio.toFixed(2)} (target <= 1.5): ${verdict(memoryRatio <= 1.5)}`
  );
  await officePath(syntheticWorkbook(subKegiatan));
}

/**
 * The same workbook through the Office path, against the strict fake Excel (tests/workbook/office/
 * strictExcel): how many context.sync round trips a generation takes and the largest request and
 * response, which Excel on the web limits to 5 MB each.
 */
async function officePath(workbook: ExcelJS.Workbook): Promise<void> {
  const file = new ExcelJsWorkbook(workbook);
  const grids = await file.readSheets((await file.listSheets()).map((sheet) => sheet.name));
  const host = installStrictExcel({ grids, declared: manifestRequirementSets() });
  try {
    const office = new OfficeWorkbook();
    const result = await generateReport(office, { tahun: BENCH_YEAR, language: "id" });
    const failed = host.syncs.filter((sync) => sync.failed).length;
    console.log(
      `Office path (strict fake Excel): ${result.made.length} tables, ${host.syncs.length} syncs ` +
        `(${office.lastRead.syncs} for reading the inputs, ${failed} refused and retried), ` +
        `largest request ${host.largestRequest} bytes, largest response ${host.largestResponse} bytes ` +
        `(limit 5 000 000 each)`
    );
  } finally {
    uninstallStrictExcel();
  }
}

const [mode, input] = process.argv.slice(2);
(mode === "readers" ? readersChild(input) : parent()).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
