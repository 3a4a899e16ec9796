import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatPercent, formatRupiah } from "../../src/core";
import { generateReport } from "../../src/pipeline";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { openWorkbookFile, saveWorkbookFile } from "../../src/workbook/exceljs/files";
import { BENCH_YEAR, syntheticWorkbook } from "../../bench/syntheticWorkbook";
import { REPORT_YEAR } from "../fixtures/builders/agencyFixtures";
import { FIXTURES } from "../fixtures/loadFixture";
import { ANAK_TERLANTAR } from "../fixtures/builders/multiYearIndicators";
import { INDIKATOR } from "../fixtures/builders/indicatorSheets";
import { convert, findSoffice, makeProfile, recalculate } from "./libreoffice";

const soffice = findSoffice();
if (!soffice && process.env.CI === "true") {
  throw new Error("LibreOffice (soffice) is required in CI: install libreoffice-calc-nogui");
}
const describeWithSoffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("tests/e2e/libreoffice: soffice not found, LibreOffice tests skipped");

interface FormulaCell {
  sheet: string;
  address: string;
  row: number;
  column: number;
  formula: string;
  cached: unknown;
}

function formulaCells(workbook: ExcelJS.Workbook, sheets: string[]): FormulaCell[] {
  const cells: FormulaCell[] = [];
  for (const name of sheets) {
    workbook.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        // ExcelJS shows a merged range's value on every cell of it; only the master holds a formula.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = cell.value as ExcelJS.CellFormulaValue;
        if (value && typeof value === "object" && "formula" in value) {
          cells.push({
            sheet: name,
            address: cell.address,
            row: Number(cell.row),
            column: Number(cell.col),
            formula: value.formula,
            cached: value.result,
          });
        }
      })
    );
  }
  return cells;
}

/** Does LibreOffice's recalculated text equal the cached value we wrote? */
function agrees(cached: unknown, computed: string | undefined): boolean {
  if (computed === undefined) return false;
  if (typeof cached === "number") {
    // Unformatted CSV still marks percentages: "112.0375%" is 1.120375.
    const number = computed.endsWith("%") ? Number(computed.slice(0, -1)) / 100 : Number(computed);
    return computed !== "" && Math.abs(number - cached) <= 1e-9 * Math.max(1, Math.abs(cached));
  }
  if (cached && typeof cached === "object" && "error" in cached)
    return computed === (cached as { error: string }).error;
  return computed === String(cached);
}

const SAMPLE = join(__dirname, "..", "..", "samples", "contoh-dinsos-probolinggo.xlsx");
const SIPD_BY_INDICATOR = join(FIXTURES, "agencies", "dinkes-sipd-cascading-indikator.xlsx");
/** Six years of realisasi with a lower-is-better indicator and a Target Nasional column. */
const MULTI_YEAR = join(__dirname, "..", "fixtures", "seed-multi-year.xlsx");

/** The bundled sample through the real pipeline (ExcelJS adapter), saved as a user would get it. */
async function generatedWorkbook(
  tahun: number,
  dir: string,
  source: () => Promise<ExcelJsWorkbook> = () => openWorkbookFile(SAMPLE)
): Promise<{ file: string; sheets: string[] }> {
  const workbook = await source();
  const result = await generateReport(workbook, { tahun, language: "id" });
  const file = join(dir, `lkjip-${tahun}-${Math.random().toString(36).slice(2, 8)}.xlsx`);
  await saveWorkbookFile(workbook, file);
  return { file, sheets: ["Ringkasan", ...result.made.map((entry) => entry.sheet)] };
}

/** What LibreOffice computed for a cell, as a number (percent text "112.0375%" is 1.120375). */
function computedNumber(sheets: Map<string, string[][]>, sheet: string, address: string): number {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = match[1].charCodeAt(0) - 64;
  const text = sheets.get(sheet)?.[Number(match[2]) - 1]?.[column - 1] ?? "";
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}

describeWithSoffice("LibreOffice Calc recalculates the generated workbook", () => {
  const profile = makeProfile();
  const dir = mkdtempSync(join(tmpdir(), "lkjip-e2e-"));
  const recalculated = new Map<string, Map<string, string[][]>>();
  jest.setTimeout(240_000);

  test("the profile really recalculates: a wrong cached value is corrected", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Check").getCell("A1").value = { formula: "1+1", result: 5 };
    const file = join(dir, "check.xlsx");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(recalculate(soffice!, profile, file, ["Check"]).get("Check")?.[0][0]).toBe("2");
  });

  const sources: Record<string, () => Promise<ExcelJsWorkbook>> = {
    "the sample": () => openWorkbookFile(SAMPLE),
    "a SIPD budget with several sasaran and indicators": async () =>
      new ExcelJsWorkbook(syntheticWorkbook(400, 4, 3)),
    "a SIPD workbook with text amounts and programs linked to indicators": () =>
      openWorkbookFile(SIPD_BY_INDICATOR),
    "five earlier years and a national standard": () => openWorkbookFile(MULTI_YEAR),
  };

  test.each([
    ["the sample", 2017],
    ["the sample", 2018],
    ["a SIPD budget with several sasaran and indicators", BENCH_YEAR],
    ["a SIPD workbook with text amounts and programs linked to indicators", REPORT_YEAR],
    ["five earlier years and a national standard", 2017],
  ])(
    "every formula cell's recalculated value equals its cached value (%s, %d)",
    async (label, tahun) => {
      const { file, sheets } = await generatedWorkbook(tahun as number, dir, sources[label]);
      if (label.startsWith("five")) expect(sheets).toContain("Tabel 3.1.9");
      const reloaded = new ExcelJS.Workbook();
      await reloaded.xlsx.readFile(file);
      const cells = formulaCells(reloaded, sheets);
      expect(cells.length).toBeGreaterThan(tahun === 2017 || tahun === BENCH_YEAR ? 150 : 10);
      const computed = recalculate(soffice!, profile, file, sheets);
      expect([...computed.keys()].sort()).toEqual([...sheets].sort());
      const disagreements = cells
        .map((cell) => ({
          ...cell,
          computed: computed.get(cell.sheet)?.[cell.row - 1]?.[cell.column - 1],
        }))
        .filter((cell) => !agrees(cell.cached, cell.computed));
      expect(disagreements).toEqual([]);
    }
  );

  test.each([
    // year, sheet, cell, what Excel shows (the seed's figures); Satuan stands before the target
    [2018, "Tabel 3.1.1", "G8", "112,04%"],
    [2018, "Tabel 3.1.2", "G8", "89,63%"],
    [2018, "Tabel 3.1.3", "G8", "105,45%"],
    [2017, "Tabel 3.1.1", "G8", "165,95%"],
    [2017, "Tabel 3.1.3", "G8", "117,14%"],
    [2017, "Tabel 3.1.4", "D8", "Rp 4.002.524.072"],
    [2017, "Tabel 3.1.4", "E8", "56,41%"],
    [2017, "Tabel 3.1.5", "G9", "165,95%"],
    [2017, "Tabel 3.1.5", "J9", "Rp 4.002.524.072"],
    [2017, "Tabel 3.1.5", "K9", "Rp 3.307.232.516"],
    [2017, "Tabel 3.1.5", "L9", "82,63%"],
    [2017, "Tabel 3.1.6", "D8", "165,95%"],
    [2017, "Tabel 3.1.6", "E8", "82,63%"],
    [2017, "Tabel 3.1.6", "F8", "49,79%"],
  ] as const)("%d %s!%s recalculates to the seed's %s", async (tahun, sheet, cell, shown) => {
    const key = `${tahun}`;
    if (!recalculated.has(key)) {
      const { file, sheets } = await generatedWorkbook(tahun, dir);
      recalculated.set(key, recalculate(soffice!, profile, file, sheets));
    }
    const value = computedNumber(recalculated.get(key)!, sheet, cell);
    expect(shown.startsWith("Rp") ? formatRupiah(value) : formatPercent(value)).toBe(shown);
  });

  test("five earlier years and a standard: the words Excel shows, minding Arah", async () => {
    const { file, sheets } = await generatedWorkbook(2017, dir, () => openWorkbookFile(MULTI_YEAR));
    const computed = recalculate(soffice!, profile, file, sheets);
    const rowOf = (sheet: string, indikator: string) =>
      computed.get(sheet)!.find((row) => row.includes(indikator))!;
    // 20,00% in 2016 then 18,00% in 2017 on a lower-is-better indicator: performance up.
    const anak = rowOf("Tabel 3.1.2", ANAK_TERLANTAR);
    expect(anak.filter((cell) => cell !== "").slice(-1)).toEqual(["Naik"]);
    expect(
      rowOf("Tabel 3.1.2", INDIKATOR)
        .filter((cell) => cell !== "")
        .slice(-1)
    ).toEqual(["Naik"]);
    // 99,57% against a Target Nasional of 90% meets it; 18% against 15% (lower is better) does not.
    expect(rowOf("Tabel 3.1.9", INDIKATOR).slice(-1)).toEqual(["Memenuhi"]);
    expect(rowOf("Tabel 3.1.9", ANAK_TERLANTAR).slice(-1)).toEqual(["Belum memenuhi"]);
  });

  test("Tabel 3.2 (2017) closes with the seed's total: 88,35%", async () => {
    const { file, sheets } = await generatedWorkbook(2017, dir);
    const table = recalculate(soffice!, profile, file, sheets).get("Tabel 3.2")!;
    const total = table.find((row) => row[1] === "JUMLAH")!;
    expect(formatRupiah(Number(total[2]))).toBe("Rp 7.095.515.222");
    expect(formatRupiah(Number(total[3]))).toBe("Rp 6.268.903.009");
    expect(formatPercent(Number(total[4].replace("%", "")) / 100)).toBe("88,35%");
  });

  test("the Lampiran (2017) JUMLAH sums the nine program rows to the agency total", async () => {
    const { file, sheets } = await generatedWorkbook(2017, dir);
    const table = recalculate(soffice!, profile, file, sheets).get("Lampiran Pengukuran Kinerja")!;
    // The Perjanjian Kinerja's name of the budget's "PROGRAM PELAYANAN DAN REHABILITASI …".
    const name = "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial";
    const program = table.find((row) => row.includes(name))!.indexOf(name);
    const total = table.find((row) => row[program] === "JUMLAH")!;
    expect(formatRupiah(Number(total[program + 1]))).toBe("Rp 7.095.515.222");
    expect(formatRupiah(Number(total[program + 2]))).toBe("Rp 6.268.903.009");
    expect(formatPercent(Number(total[program + 3].replace("%", "")) / 100)).toBe("88,35%");
  });

  test("the generated workbook converts to PDF", async () => {
    const { file } = await generatedWorkbook(2017, dir);
    const outDir = mkdtempSync(join(tmpdir(), "lkjip-pdf-"));
    convert(soffice!, profile, file, "pdf", outDir);
    expect(existsSync(join(outDir, file.replace(/^.*\//, "").replace(/xlsx$/, "pdf")))).toBe(true);
  });
});

describeWithSoffice("LibreOffice Calc recalculates Pengukuran Kinerja TW II", () => {
  const profile = makeProfile();
  const dir = mkdtempSync(join(tmpdir(), "lkjip-e2e-tw-"));
  jest.setTimeout(240_000);
  const QUARTERLY = join(__dirname, "..", "fixtures", "quarterly-sipd.xlsx");

  test("every new formula recalculates to its cached value, and the issue's examples show to the digit", async () => {
    const workbook = await openWorkbookFile(QUARTERLY);
    const result = await generateReport(workbook, { tahun: 2024, triwulan: 2, language: "id" });
    const sheet = "Pengukuran Kinerja TW II";
    expect(result.made.map((entry) => entry.sheet)).toContain(sheet);
    const file = join(dir, "triwulan-2.xlsx");
    await saveWorkbookFile(workbook, file);
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.readFile(file);
    const cells = formulaCells(reloaded, [sheet]);
    expect(cells.length).toBeGreaterThan(30);
    const computed = recalculate(soffice!, profile, file, [sheet]);
    const disagreements = cells
      .map((cell) => ({
        ...cell,
        computed: computed.get(sheet)?.[cell.row - 1]?.[cell.column - 1],
      }))
      .filter((cell) => !agrees(cell.cached, cell.computed));
    expect(disagreements).toEqual([]);
    // The examples, found by their row's text, shown as Excel formats them.
    const rows = computed.get(sheet)!;
    const shownIn = (text: string, offsetFromEnd: number) => {
      const row = rows.find((candidate) => candidate.includes(text))!;
      const figure = row[row.length - 1 - offsetFromEnd] ?? "";
      return formatPercent(Number(figure.replace("%", "")) / 100);
    };
    expect(shownIn("Penyusunan Dokumen Perencanaan Perangkat Daerah", 0)).toBe("40,50%");
    const columnOf = (header: string) =>
      rows.find((candidate) => candidate.includes(header))!.indexOf(header);
    const capaian = columnOf("Capaian thd Target Tahunan (%)");
    const realisasi = columnOf("Realisasi s.d. TW II");
    const kumulatif = rows.find((row) => row.includes("Jumlah PMKS yang mendapat bantuan sosial"))!;
    expect(kumulatif[realisasi]).toBe("200");
    expect(formatPercent(Number(kumulatif[capaian].replace("%", "")) / 100)).toBe("50,00%");
    const akhir = rows.find((row) =>
      row.includes("Persentase PMKS yang terpenuhi kebutuhan dasarnya")
    )!;
    expect(formatPercent(Number(akhir[realisasi].replace("%", "")) / 100)).toBe("45,00%");
    expect(formatPercent(Number(akhir[capaian].replace("%", "")) / 100)).toBe("56,25%");
  });
});
