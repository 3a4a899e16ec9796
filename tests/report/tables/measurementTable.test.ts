import type { BudgetLine } from "../../../src/model/budget";
import type { Attribution } from "../../../src/model/indicators";
import { numericCellLookup } from "../../../src/pipeline";
import { readWorkbook } from "../../../src/readers/readWorkbook";
import { renderTable } from "../../../src/report/renderTable";
import {
  annualPeriod,
  buildMeasurementTable,
  type MeasurementPeriod,
} from "../../../src/report/tables/measurementTable";
import { buildLampiran } from "../../../src/report/tables/lampiran";
import type { TableRow } from "../../../src/report/tableSpec";
import { fixtureGrids } from "../../fixtures/loadFixture";
import { seedContext, seedIndikator, seedModel } from "../seedModel";
import { cellOf, specOf, valueOf } from "../specHelpers";

const programName = (row: TableRow) => valueOf(cellOf(row, "program"));

/** The seed with its one sasaran given a second indicator, programs as attributed. */
function twoIndicatorModel(indikatorIndexes?: (index: number) => number[] | undefined) {
  const model = seedModel();
  const base = seedIndikator();
  model.indicators!.sasaran[0].indikator = [
    base,
    seedIndikator({
      name: {
        text: "Persentase PMKS yang mandiri",
        ref: { sheet: "Indikator Kinerja", address: "C6" },
      },
      row: 6,
    }),
  ];
  model.attributions = model.attributions.map((attribution, index): Attribution => {
    const served = indikatorIndexes?.(index);
    return served ? { ...attribution, indikatorIndexes: served } : attribution;
  });
  return model;
}

describe("Pengukuran Kinerja (Lampiran) by indicator", () => {
  test("seed: one indicator over its five programs, supporting programs labelled, JUMLAH, period", () => {
    const spec = specOf(buildLampiran(seedContext(2017)));
    expect(spec.titleLines).toEqual([
      "LAMPIRAN",
      "PENGUKURAN KINERJA",
      "DINAS SOSIAL KOTA PROBOLINGGO",
      "TAHUN 2017",
      "TRIWULAN IV",
      "Tahun Anggaran 2017",
    ]);
    const rows = spec.blocks[0].rows;
    // Programs 5-9 with their 44 lines, programs 1-4 with 29, JUMLAH.
    expect(rows).toHaveLength(44 + 29 + 1);
    expect(valueOf(cellOf(rows[0], "tujuan"))).toBe(
      "Meningkatkan kemandirian dan perlindungan bagi PMKS"
    );
    expect(rows[0].rowSpans).toMatchObject({ no: 44, tujuan: 44, sasaran: 44, indikator: 44 });
    expect(programName(rows[44])).toBe("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN");
    expect(valueOf(cellOf(rows[44], "sasaran"))).toBe(
      "Program pendukung (tidak diatribusikan ke sasaran)"
    );
    expect(cellOf(rows[44], "no").kind).toBe("empty");
    expect(rows[44].rowSpans).toMatchObject({ sasaran: 29, indikator: 29 });
    const total = rows[73];
    expect(programName(total)).toBe("JUMLAH");
    expect(valueOf(cellOf(total, "pagu"))).toBe(7_095_515_222);
    expect(valueOf(cellOf(total, "realisasiAnggaran"))).toBe(6_268_903_009);
    expect((valueOf(cellOf(total, "serapan")) as number).toFixed(4)).toBe("0.8835");
  });

  test("JUMLAH sums the nine program rows, not their kegiatan, at their sheet rows", () => {
    const spec = specOf(buildLampiran(seedContext(2017)));
    const rows = spec.blocks[0].rows;
    const sheet = renderTable(spec, "formulas");
    const paguColumn = spec.blocks[0].columns.findIndex((column) => column.key === "pagu");
    const bodyTop = sheet.rows.length - rows.length - spec.blocks[0].notes!.length + 1;
    const programRows = rows
      .map((row, index) => ({ row, index }))
      .filter(
        ({ row }) =>
          cellOf(row, "program").kind === "text" &&
          (cellOf(row, "program") as { bold?: boolean }).bold
      )
      .map(({ index }) => bodyTop + index);
    expect(programRows).toHaveLength(9);
    const totalCell = sheet.rows[bodyTop + rows.length - 2][paguColumn];
    const letter = String.fromCharCode(65 + paguColumn);
    expect(totalCell.content).toMatchObject({
      kind: "formula",
      formula: `=SUM(${programRows.map((row) => `${letter}${row}`).join(",")})`,
      cached: 7_095_515_222,
    });
  });

  test("two indicators sharing the sasaran's programs: the programs once, below both, labelled", () => {
    const spec = specOf(buildLampiran(seedContext(2017, { model: twoIndicatorModel() })));
    const rows = spec.blocks[0].rows;
    // Two indicator rows, the 44 lines of programs 5-9, 29 supporting lines, JUMLAH.
    expect(rows).toHaveLength(2 + 44 + 29 + 1);
    expect(rows[0].rowSpans).toMatchObject({ no: 46, sasaran: 46 });
    expect(rows[0].rowSpans?.indikator).toBeUndefined();
    expect(programName(rows[0])).toBeNull();
    expect(valueOf(cellOf(rows[1], "indikator"))).toBe("Persentase PMKS yang mandiri");
    expect(valueOf(cellOf(rows[2], "indikator"))).toBe(
      "Program untuk seluruh indikator sasaran ini"
    );
    expect(rows[2].rowSpans).toMatchObject({ indikator: 44, capaian: 44 });
    expect(programName(rows[2])).toBe("PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL");
    expect(valueOf(cellOf(rows[rows.length - 1], "pagu"))).toBe(7_095_515_222);
    expect(spec.blocks[0].notes).toEqual([]);
  });

  test("a program linked to two indicators is listed under both, counted once in JUMLAH", () => {
    const model = twoIndicatorModel((index) => (index < 4 ? undefined : [0, 1]));
    const spec = specOf(buildLampiran(seedContext(2017, { model })));
    const rows = spec.blocks[0].rows;
    expect(rows).toHaveLength(44 + 44 + 29 + 1);
    expect(rows[0].rowSpans).toMatchObject({ no: 88, sasaran: 88, indikator: 44 });
    expect(rows[44].rowSpans).toMatchObject({ indikator: 44 });
    expect(programName(rows[44])).toBe(programName(rows[0]));
    expect(valueOf(cellOf(rows[rows.length - 1], "pagu"))).toBe(7_095_515_222);
    expect(spec.blocks[0].notes).toEqual([
      "Program yang mendukung beberapa indikator dicantumkan pada tiap indikator; JUMLAH menghitungnya satu kali.",
    ]);
  });

  test("indicator-level cascading: each indicator holds only its own programs", () => {
    // Programs 5-6 serve the first indicator, 7-9 the second.
    const model = twoIndicatorModel((index) => (index < 4 ? undefined : index < 6 ? [0] : [1]));
    const programs = model.budgets[0].programs;
    const lineCount = (list: BudgetLine[]) =>
      list.reduce((sum, program) => sum + 1 + program.children.length, 0);
    const first = lineCount(programs.slice(4, 6));
    const second = lineCount(programs.slice(6, 9));
    const spec = specOf(buildLampiran(seedContext(2017, { model })));
    const rows = spec.blocks[0].rows;
    expect(rows[0].rowSpans).toMatchObject({ sasaran: first + second, indikator: first });
    expect(programName(rows[0])).toBe(programs[4].name.text);
    expect(valueOf(cellOf(rows[first], "indikator"))).toBe("Persentase PMKS yang mandiri");
    expect(rows[first].rowSpans).toMatchObject({ indikator: second });
    expect(programName(rows[first])).toBe(programs[6].name.text);
    expect(spec.blocks[0].notes).toEqual([]);
  });

  test("the period decides the lines under the title and the figures shown", () => {
    const base = annualPeriod(2017);
    const period: MeasurementPeriod = {
      lines: ["TRIWULAN II", "Tahun Anggaran 2017"],
      target: (indikator) => indikator.targets[2018],
      realisasi: (indikator) => indikator.realisasi[2018],
      realisasiAnggaran: base.realisasiAnggaran,
    };
    const spec = specOf(
      buildMeasurementTable(seedContext(2017), period, {
        id: "lampiran",
        sheetName: "Pengukuran Kinerja TW II",
        titleLines: ["PENGUKURAN KINERJA"],
      })
    );
    expect(spec.sheetName).toBe("Pengukuran Kinerja TW II");
    expect(spec.titleLines).toEqual(["PENGUKURAN KINERJA", "TRIWULAN II", "Tahun Anggaran 2017"]);
    // 89,63% against 80%.
    expect((valueOf(cellOf(spec.blocks[0].rows[0], "capaian")) as number).toFixed(4)).toBe(
      "1.1204"
    );
  });

  test("SIPD budget: sub kegiatan under kegiatan, in a Kode column as in Tabel 3.2", async () => {
    const grids = await fixtureGrids("seed-sipd.xlsx");
    const model = readWorkbook(grids, { tahun: 2017 });
    model.indicators = seedModel().indicators;
    const context = seedContext(2017, { model, isNumericCell: numericCellLookup(grids) });
    const spec = specOf(buildLampiran(context));
    const { columns, rows } = spec.blocks[0];
    const kode = columns.find((column) => column.key === "kode")!;
    expect(kode.width).toBeGreaterThanOrEqual("1.06.01.2.01.0001".length);
    expect(columns.find((column) => column.key === "program")!.header).toBe(
      "Program/Kegiatan/Sub Kegiatan"
    );
    const codes = rows.map((row) => valueOf(cellOf(row, "kode")));
    expect(codes).toContain("1.06.01.2.01.0001");
    // Names indented by level as in Tabel 3.2: programs bold, kegiatan 1, sub kegiatan 2.
    const sub = rows.find((row) => valueOf(cellOf(row, "kode")) === "1.06.01.2.01.0001")!;
    expect(cellOf(sub, "program")).toMatchObject({ kind: "text", indent: 2 });
    const program = rows.find((row) => valueOf(cellOf(row, "kode")) === "1.06.01")!;
    expect(cellOf(program, "program")).toMatchObject({ kind: "text", bold: true });
    const levels = new Set(
      rows.map((row) => String(valueOf(cellOf(row, "kode"))).split(".").length)
    );
    expect(levels).toEqual(new Set([1, 3, 5, 6]));
    const kegiatan = specOf(buildLampiran({ ...context, rincian: "kegiatan" }));
    expect(kegiatan.blocks[0].rows.length).toBeLessThan(rows.length);
    expect(kegiatan.blocks[0].notes!.some((note) => note.startsWith("Rincian"))).toBe(true);
  });
});
