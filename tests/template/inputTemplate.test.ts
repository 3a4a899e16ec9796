import ExcelJS from "exceljs";
import { detectInputSheets, readWorkbook } from "../../src/readers/readWorkbook";
import { buildTabel319 } from "../../src/report/tables/tabel319";
import { buildInputTemplate, TEMPLATE_SHEETS } from "../../src/template/inputTemplate";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { writeSheetsToWorkbook } from "../../src/workbook/exceljs/writeSheets";
import { seedContext } from "../report/seedModel";
import { cellAt, specOf } from "../report/specHelpers";

async function templateWorkbook(
  fill: (workbook: ExcelJS.Workbook) => void
): Promise<ExcelJsWorkbook> {
  const workbook = new ExcelJS.Workbook();
  writeSheetsToWorkbook(workbook, buildInputTemplate(2017), []);
  fill(workbook);
  const port = await ExcelJsWorkbook.fromBuffer(await new ExcelJsWorkbook(workbook).toBuffer());
  return port;
}

/** The seed's indicator typed into the template: No … Target/Realisasi 2016 and 2017, Target Akhir Renstra (J). */
const PMKS_ROW = [
  1,
  "Meningkatnya Kualitas PMKS",
  "Persentase PMKS terpenuhi",
  "%",
  "naik",
  0.6,
  0.9957,
  0.8,
  0.8963,
  0.85,
];

async function grids(port: ExcelJsWorkbook) {
  return port.readSheets((await port.listSheets()).map((sheet) => sheet.name));
}

describe("input template", () => {
  test("has the four sheets, Rupiah and % formats, tables and the Arah list", () => {
    const [budget, indicators, cascading, arahWords] = buildInputTemplate(2017);
    expect([budget.name, indicators.name, cascading.name, arahWords.name]).toEqual([
      "Realisasi Anggaran 2017",
      TEMPLATE_SHEETS.indicators,
      TEMPLATE_SHEETS.cascading,
      "Kamus Arah",
    ]);
    expect(arahWords.validations).toEqual([
      {
        range: { top: 5, left: 2, bottom: 34, right: 2 },
        values: ["naik", "turun", "turun_rasio"],
      },
    ]);
    expect(budget.rows[5].map((cell) => cell.style?.numberFormat)).toEqual([
      undefined,
      undefined,
      undefined,
      '"Rp "#,##0',
      '"Rp "#,##0',
      "0.00%",
      // Realisasi TW I … TW IV
      '"Rp "#,##0',
      '"Rp "#,##0',
      '"Rp "#,##0',
      '"Rp "#,##0',
    ]);
    expect(indicators.validations).toEqual([
      { range: { top: 5, left: 5, bottom: 34, right: 5 }, values: ["naik", "turun"] },
      {
        range: { top: 5, left: 15, bottom: 34, right: 15 },
        values: ["Kumulatif", "Akhir periode"],
      },
    ]);
    expect([budget, indicators, cascading].map((sheet) => sheet.tables?.[0].range.top)).toEqual([
      5, 4, 1,
    ]);
  });

  test("takes the year, by default last year's", () => {
    expect(buildInputTemplate(2020)[0].name).toBe("Realisasi Anggaran 2020");
    expect(buildInputTemplate()[0].name).toBe(`Realisasi Anggaran ${new Date().getFullYear() - 1}`);
    expect(buildInputTemplate()[1].rows[3][2]).toMatchObject({
      content: { text: "Indikator Kinerja" },
    });
  });

  test("the Penandatangan sheet reads back as the signers typed into it; empty, as none", async () => {
    const sheet = buildInputTemplate(2017).find((spec) => spec.name === "Penandatangan")!;
    const labels = sheet.rows.map((row) =>
      row[0]?.content.kind === "text" ? row[0].content.text : ""
    );
    expect(labels.slice(3, 10)).toEqual([
      "Penandatangan (Pihak Pertama)",
      "Tempat",
      "Tanggal",
      "Jabatan",
      "Nama",
      "Pangkat/Golongan",
      "NIP",
    ]);
    const empty = await templateWorkbook(() => undefined);
    expect(readWorkbook(await grids(empty)).penandatangan).toBeUndefined();
    const filled = await templateWorkbook((workbook) => {
      const signers = workbook.getWorksheet("Penandatangan")!;
      signers.getCell("B8").value = "Drs. ZAINULLAH, MM.";
      signers.getCell("B10").value = "19630811 198701 1 002";
      signers.getCell("B14").value = "Hj. RUKMINI, SH, M.Si.";
    });
    expect(readWorkbook(await grids(filled)).penandatangan).toEqual({
      pihakPertama: { nama: "Drs. ZAINULLAH, MM.", nip: "19630811 198701 1 002" },
      pihakKedua: { nama: "Hj. RUKMINI, SH, M.Si." },
    });
  });

  test("read back empty: every sheet recognised, nothing to read yet", async () => {
    const port = await templateWorkbook(() => undefined);
    const read = await grids(port);
    expect(detectInputSheets(read).map((d) => d.kind)).toEqual([
      "budget",
      "indicators",
      "cascading",
      null,
      null,
    ]);
    const codes = readWorkbook(read).findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "finding.budgetEmpty",
        "finding.indicatorsEmpty",
        "finding.cascadingEmpty",
      ])
    );
  });

  test("read back filled in: the figures typed are the model's", async () => {
    const port = await templateWorkbook((workbook) => {
      const budget = workbook.getWorksheet("Realisasi Anggaran 2017")!;
      budget.getRow(6).values = [
        1,
        "1.06.01",
        "PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL",
        1_342_217_500,
        1_055_179_415,
      ];
      budget.getRow(7).values = [
        null,
        "1.06.01.2.01",
        "Penunjang Operasional Shelter",
        1_342_217_500,
        1_055_179_415,
      ];
      const indicators = workbook.getWorksheet("Indikator Kinerja")!;
      indicators.getRow(5).values = PMKS_ROW;
      const cascading = workbook.getWorksheet("Matriks Renstra")!;
      cascading.getRow(2).values = [
        "Meningkatnya Kualitas PMKS",
        "Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
      ];
    });
    const model = readWorkbook(await grids(port));
    const program = model.budgets[0].programs[0];
    expect([program.code, program.pagu.value, program.children[0].realisasi.value]).toEqual([
      "1.06.01",
      1_342_217_500,
      1_055_179_415,
    ]);
    const indikator = model.indicators!.sasaran[0].indikator[0];
    expect([
      indikator.targets[2016].value,
      indikator.realisasi[2017].value,
      indikator.targetAkhirRenstra?.value,
    ]).toEqual([0.6, 0.8963, 0.85]);
    expect(model.attributions.map((a) => [a.sasaranIndex, a.reason])).toEqual([[0, "cascading"]]);
    expect(model.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("Target Nasional, beside Target Akhir Renstra, reads back as the standard of Tabel 3.1.9", async () => {
    const indicatorHeaders = buildInputTemplate(2017)[1].rows[3].map((cell) =>
      cell.content.kind === "text" ? cell.content.text : ""
    );
    expect(indicatorHeaders.slice(9, 12)).toEqual([
      "Target Akhir Renstra",
      "Target Nasional",
      "Analisa Penyebab",
    ]);
    const port = await templateWorkbook((workbook) => {
      const indicators = workbook.getWorksheet("Indikator Kinerja")!;
      // No … Target Akhir Renstra (J), Target Nasional (K)
      indicators.getRow(5).values = [...PMKS_ROW, 0.9];
      // Left empty: the indicator has no standard, and nothing is reported.
      indicators.getRow(6).values = [
        null,
        null,
        "Jumlah PMKS dibantu",
        "orang",
        "naik",
        10,
        12,
        11,
        13,
      ];
    });
    const model = readWorkbook(await grids(port));
    expect(model.indicators!.standarLabel).toBe("Target Nasional");
    const [pmks, dibantu] = model.indicators!.sasaran[0].indikator;
    expect(pmks.standar).toMatchObject({
      value: 0.9,
      ref: { sheet: "Indikator Kinerja", address: "K5" },
    });
    expect(dibantu.standar).toBeUndefined();
    expect(model.findings.filter((f) => f.ref?.sheet === "Indikator Kinerja")).toEqual([]);
    const spec = specOf(buildTabel319(seedContext(2017, { model })));
    expect(cellAt(spec, "Target Nasional")).toMatchObject({
      formula: "='Indikator Kinerja'!K5",
      value: 0.9,
    });
  });

  test("the quarterly columns read back: Sifat, quarterly targets and realisasi, budget per quarter", async () => {
    const port = await templateWorkbook((workbook) => {
      const budget = workbook.getWorksheet("Realisasi Anggaran 2017")!;
      // No, Kode, Program/Kegiatan, Pagu, Realisasi, %, Realisasi TW I … TW IV
      budget.getRow(6).values = [
        1,
        "1.06.01",
        "PROGRAM REHABILITASI SOSIAL",
        100_000_000,
        40_500_000,
        null,
        10_000_000,
        30_500_000,
      ];
      const indicators = workbook.getWorksheet("Indikator Kinerja")!;
      const row = indicators.getRow(5);
      row.values = [
        1,
        "Meningkatnya Kualitas PMKS",
        "Jumlah PMKS dibantu",
        "orang",
        "naik",
        null,
        null,
        400,
      ];
      // Sifat (O), Target TW I … IV (P–S), Realisasi TW I … IV (T–W)
      row.getCell(15).value = "Kumulatif";
      row.getCell(16).value = 100;
      row.getCell(20).value = 90;
      row.getCell(21).value = 110;
    });
    const model = readWorkbook(await grids(port));
    const line = model.budgets[0].programs[0];
    expect([line.realisasi.value, line.quarters!.perQuarter[2]!.value]).toEqual([
      40_500_000, 30_500_000,
    ]);
    const indikator = model.indicators!.sasaran[0].indikator[0];
    expect(indikator.sifat).toBe("kumulatif");
    const quarters = indikator.triwulan![2017];
    expect([
      quarters.targets[1]!.value,
      quarters.realisasi[1]!.value,
      quarters.realisasi[2]!.value,
    ]).toEqual([100, 90, 110]);
    expect(
      model.findings.filter(
        (f) => f.code.startsWith("finding.sifat") || f.code.startsWith("finding.quarter")
      )
    ).toEqual([]);
  });

  test("the user's Kamus Arah is read before the built-in words, and reported", async () => {
    const port = await templateWorkbook((workbook) => {
      const indicators = workbook.getWorksheet("Indikator Kinerja")!;
      indicators.getRow(5).values = [
        1,
        "Menurunnya Angka Kesakitan",
        "Angka Rujukan Puskesmas",
        "%",
        null,
        0.1,
        0.12,
        0.1,
        0.09,
      ];
      indicators.getRow(6).values = [
        null,
        null,
        "Jumlah Kasus Baru TB Ditemukan",
        "kasus",
        null,
        300,
        320,
        310,
        330,
      ];
      const words = workbook.getWorksheet("Kamus Arah")!;
      words.getRow(5).values = ["angka rujukan", "turun"];
      words.getRow(6).values = ["kasus baru", "naik"];
    });
    const model = readWorkbook(await grids(port));
    const [rujukan, tb] = model.indicators!.sasaran[0].indikator;
    expect([rujukan.arah, rujukan.arahSource, rujukan.arahWord]).toEqual([
      "turun",
      "name",
      "angka rujukan",
    ]);
    expect([tb.arah, tb.arahSource, tb.arahWord]).toEqual(["naik", "name", "kasus baru"]);
    const byCode = (code: string) =>
      model.findings.filter((f) => f.code === code).map((f) => `${f.ref?.sheet}!${f.ref?.address}`);
    expect(byCode("finding.arahWordsRead")).toEqual(["Kamus Arah!A4"]);
    expect(byCode("finding.arahFromName")).toEqual(["Indikator Kinerja!C5"]);
    expect(byCode("finding.arahFromNameNaik")).toEqual(["Indikator Kinerja!C6"]);
  });
});
