import { buildTables } from "../../../src/report/buildTables";
import { renderTable } from "../../../src/report/renderTable";
import { buildPerjanjianKinerja } from "../../../src/report/tables/perjanjianKinerja";
import { KEPALA_DINAS, WALIKOTA } from "../../fixtures/builders/penandatanganSheet";
import { PERJANJIAN_KINERJA_2018 } from "../../fixtures/builders/budgetSheets";
import { sampleGrids } from "../../fixtures/loadFixture";
import { seedContext } from "../seedModel";
import { workbookContext } from "../workbookContext";
import { cellAt, specOf, valueOf } from "../specHelpers";

const signed = { pihakPertama: KEPALA_DINAS, pihakKedua: WALIKOTA };

/** A Perjanjian Kinerja is about next year's pagu, which no realisation sheet can hold yet. */
const PAGU_2018_MISSING =
  'Pagu anggaran tahun 2018 tidak ada di buku kerja, sehingga program dan anggarannya tidak dicantumkan. Tambahkan lembar "Perjanjian Kinerja 2018" atau "DPA 2018" berkolom Program dan Anggaran (pagu), lalu buat tabel lagi.';

describe("next year's Perjanjian Kinerja", () => {
  test("the seed's 2017 report: the 2018 targets, both parties signing", () => {
    const spec = specOf(buildPerjanjianKinerja(seedContext(2017, { signatures: signed })));
    expect(spec.sheetName).toBe("Perjanjian Kinerja 2018");
    expect(spec.titleLines).toEqual([
      "LAMPIRAN PERJANJIAN KINERJA TAHUN 2018",
      "DINAS SOSIAL KOTA PROBOLINGGO",
    ]);
    expect(cellAt(spec, "Target Tahun 2018")).toMatchObject({
      formula: "='Indikator Kinerja'!F5",
      value: 0.8,
    });
    // No 2018 pagu in the workbook: the program part says so instead of showing 2017's pagu.
    expect(spec.blocks).toHaveLength(1);
    expect(spec.blocks[0].notes).toEqual([PAGU_2018_MISSING]);
    const [left, right] = spec.signatures!;
    expect(left.side).toBe("left");
    expect(left.lines.map((line) => line.text)).toEqual([
      "",
      "PIHAK KEDUA,",
      "Walikota Probolinggo",
      "",
      "",
      "",
      "Hj. RUKMINI, SH, M.Si.",
    ]);
    expect(right.lines.map((line) => line.text)).toEqual([
      "Probolinggo, 31 Januari 2018",
      "PIHAK PERTAMA,",
      "Kepala Dinas Sosial Kota Probolinggo",
      "",
      "",
      "",
      "Drs. ZAINULLAH, MM.",
      "Pembina Utama Muda",
      "NIP. 19630811 198701 1 002",
    ]);
    expect(right.lines[6].bold).toBe(true);
  });

  test("the sample's sheet named as that note says gives the 2018 programs and their pagu", async () => {
    const context = workbookContext(await sampleGrids(), 2017);
    const spec = specOf(buildPerjanjianKinerja(context));
    expect(spec.blocks).toHaveLength(2);
    expect(spec.blocks[1].notes).toEqual([
      'Anggaran dari lembar "Perjanjian Kinerja 2018" (pagu; realisasi anggaran tahun 2018 belum ada).',
    ]);
    expect(valueOf(cellAt(spec, "Anggaran Tahun 2018"))).toBe(PERJANJIAN_KINERJA_2018[0][1]);
  });

  test("the programs with next year's pagu when the workbook has that budget", () => {
    const context = seedContext(2016);
    // The seed's 2017 budget is next year's for a 2016 report.
    const spec = specOf(buildPerjanjianKinerja(context));
    expect(spec.sheetName).toBe("Perjanjian Kinerja 2017");
    expect(valueOf(cellAt(spec, "Anggaran Tahun 2017"))).toBe(1283419000);
    expect(spec.signatures).toEqual([]);
  });

  test("only on request, after the other tables; every table signed by the agency head", () => {
    const plain = buildTables(seedContext(2017));
    expect(plain.specs.map((spec) => spec.id)).not.toContain("pk");
    expect(plain.specs.every((spec) => spec.signatures === undefined)).toBe(true);
    const asked = buildTables(
      seedContext(2017, { perjanjianKinerja: true, signatures: { pihakPertama: KEPALA_DINAS } })
    );
    expect(asked.specs.at(-1)!.id).toBe("pk");
    for (const spec of asked.specs.slice(0, -1)) {
      expect([spec.id, spec.signatures?.map((block) => block.side)]).toEqual([spec.id, ["right"]]);
    }
  });

  test("rendered: the blocks under the table, each line over its half of the columns", () => {
    const spec = specOf(buildPerjanjianKinerja(seedContext(2017, { signatures: signed })));
    const sheet = renderTable(spec, "formulas");
    const texts = sheet.rows.map((row) =>
      row.map((cell) => (cell?.content.kind === "text" ? cell.content.text : ""))
    );
    const nameRow = texts.findIndex((row) => row.includes("Drs. ZAINULLAH, MM."));
    const width = sheet.columnWidths.length;
    const half = Math.floor(width / 2);
    expect(texts[nameRow][0]).toBe("Hj. RUKMINI, SH, M.Si.");
    expect(texts[nameRow][half]).toBe("Drs. ZAINULLAH, MM.");
    expect(sheet.merges).toContainEqual({
      top: nameRow + 1,
      left: half + 1,
      bottom: nameRow + 1,
      right: width,
    });
    expect(sheet.merges).toContainEqual({
      top: nameRow + 1,
      left: 1,
      bottom: nameRow + 1,
      right: half,
    });
    expect(sheet.rows[nameRow][half].style).toMatchObject({ bold: true, align: "center" });
  });
});
