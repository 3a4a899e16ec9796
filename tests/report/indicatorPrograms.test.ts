import type { Attribution } from "../../src/model/indicators";
import { programsByIndicator, programsOfIndicator } from "../../src/report/indicatorPrograms";
import { numericCellLookup } from "../../src/pipeline";
import { readWorkbook } from "../../src/readers/readWorkbook";
import { buildLampiran } from "../../src/report/tables/lampiran";
import { buildTabel315 } from "../../src/report/tables/tabel315";
import { buildTabel316 } from "../../src/report/tables/tabel316";
import { buildTabel318 } from "../../src/report/tables/tabel318";
import { HEALTH_SIPD, REPORT_YEAR } from "../fixtures/builders/agencyFixtures";
import { fixtureGrids } from "../fixtures/loadFixture";
import { seedContext, seedIndikator, seedModel } from "./seedModel";
import { cellOf, specOf, valueOf } from "./specHelpers";

function model(served: (index: number) => number[] | undefined) {
  const result = seedModel();
  result.indicators!.sasaran[0].indikator = [seedIndikator(), seedIndikator({ row: 6 })];
  result.attributions = result.attributions.map((attribution, index): Attribution => {
    const indikatorIndexes = served(index);
    return indikatorIndexes ? { ...attribution, indikatorIndexes } : attribution;
  });
  return result;
}

const names = (lines: { number?: string }[]) => lines.map((line) => line.number);

describe("programs per indicator", () => {
  const perIndicator = (programs: ReturnType<typeof programsByIndicator>) =>
    [0, 1].map((i) => names(programsOfIndicator(programs, 0, i)));

  test("linked to the sasaran only: every indicator of it gets all its programs", () => {
    const programs = programsByIndicator(seedContext(2017, { model: model(() => undefined) }));
    expect(perIndicator(programs)).toEqual([
      ["5", "6", "7", "8", "9"],
      ["5", "6", "7", "8", "9"],
    ]);
    expect(names(programs.bySasaran.get(0)!.shared)).toEqual(["5", "6", "7", "8", "9"]);
    expect(programs.byIndikator.size).toBe(0);
    expect(names(programs.pendukung)).toEqual(["1", "2", "3", "4"]);
  });

  test("linked to indicators: each gets its own, plus those linked to the sasaran as a whole", () => {
    const served = (index: number) =>
      index === 4 ? [0] : index === 5 ? [1] : index === 6 ? [0, 1] : undefined;
    const programs = programsByIndicator(seedContext(2017, { model: model(served) }));
    expect(perIndicator(programs)).toEqual([
      ["5", "7", "8", "9"],
      ["6", "7", "8", "9"],
    ]);
    const sasaran = programs.bySasaran.get(0)!;
    expect(sasaran.own.map(names)).toEqual([
      ["5", "7"],
      ["6", "7"],
    ]);
    expect(names(sasaran.shared)).toEqual(["8", "9"]);
    expect(names(sasaran.all)).toEqual(["5", "6", "7", "8", "9"]);
    expect([...programs.byIndikator]).toEqual([0]);
  });

  test("an indicator index the sasaran no longer has falls back to the whole sasaran", () => {
    const programs = programsByIndicator(
      seedContext(2017, { model: model((index) => (index === 4 ? [5] : undefined)) })
    );
    expect(perIndicator(programs)[1]).toContain("5");
  });
});

describe("an indicator the Matriks Renstra gives no program", () => {
  // Programs 5-9 all linked to the first indicator; the second has none.
  const context = () => seedContext(2017, { model: model((i) => (i < 4 ? undefined : [0])) });
  const note =
    "Indikator tanpa program di Matriks Renstra tidak diberi anggaran (kolom anggaran kosong).";

  test("Tabel 3.1.5 leaves its budget empty (not 0 and #DIV/0!) and says why", () => {
    const spec = specOf(buildTabel315(context()));
    const rows = spec.blocks[0].rows;
    expect(valueOf(cellOf(rows[0], "alokasi"))).toBe(4_002_524_072);
    for (const key of ["alokasi", "realisasiAnggaran", "serapan"])
      expect(cellOf(rows[1], key).kind).toBe("empty");
    expect(spec.blocks[0].notes).toContain(note);
  });

  test("Tabel 3.1.6 gives it no serapan and no efisiensi", () => {
    const spec = specOf(buildTabel316(context()));
    const rows = spec.blocks[0].rows;
    expect(cellOf(rows[0], "efisiensi").kind).toBe("figure");
    expect([cellOf(rows[1], "serapan").kind, cellOf(rows[1], "efisiensi").kind]).toEqual([
      "empty",
      "empty",
    ]);
    expect(spec.blocks[0].notes).toContain(note);
  });
});

describe("a SIPD workbook whose Matriks Renstra gives each indicator its own program", () => {
  const context = async () => {
    const grids = await fixtureGrids("agencies/dinkes-sipd-cascading-indikator.xlsx");
    const model = readWorkbook(grids, { tahun: REPORT_YEAR });
    return seedContext(REPORT_YEAR, {
      model,
      agency: HEALTH_SIPD.agency,
      isNumericCell: numericCellLookup(grids),
    });
  };
  const [penunjang, ukp, sdm, farmasi] = [0, 3, 7, 10].map((i) => HEALTH_SIPD.lines[i]);

  test("Tabel 3.1.8: Angka Kematian Ibu lists UKP, Stunting lists SDM Kesehatan", async () => {
    const spec = specOf(buildTabel318(await context()));
    const programs = spec.blocks[0].rows.map(
      (row) => String(valueOf(cellOf(row, "program"))).split("\n")[0]
    );
    expect(programs).toEqual([ukp.name, sdm.name, farmasi.name]);
  });

  test("Tabel 3.1.5: each indicator of the first sasaran has its own alokasi and serapan", async () => {
    const spec = specOf(buildTabel315(await context()));
    const rows = spec.blocks[0].rows;
    expect(rows.map((row) => valueOf(cellOf(row, "alokasi")))).toEqual([
      ukp.pagu,
      sdm.pagu,
      farmasi.pagu,
    ]);
    expect(rows[0].rowSpans).toEqual({ no: 2, sasaran: 2 });
    // Amounts typed as text are constants in the formula, summed as Excel would.
    expect(cellOf(rows[0], "alokasi")).toMatchObject({ formula: `=SUM(${ukp.pagu})` });
    expect(valueOf(cellOf(rows[1], "serapan"))).toBeCloseTo(sdm.realisasi / sdm.pagu, 12);
  });

  test("Tabel 3.1.6: the serapan beside each indicator is its own program's", async () => {
    const rows = specOf(buildTabel316(await context())).blocks[0].rows;
    expect(rows.map((row) => valueOf(cellOf(row, "serapan")))).toEqual([
      ukp.realisasi / ukp.pagu,
      sdm.realisasi / sdm.pagu,
      farmasi.realisasi / farmasi.pagu,
    ]);
  });

  test("Lampiran: Tujuan from the Matriks Renstra, indicator blocks of their own program, sub kegiatan", async () => {
    const spec = specOf(buildLampiran(await context()));
    const rows = spec.blocks[0].rows;
    const names = rows.map((row) => valueOf(cellOf(row, "program")));
    expect(names).toEqual([
      ...HEALTH_SIPD.lines.slice(3, 7).map((line) => line.name),
      ...HEALTH_SIPD.lines.slice(7, 10).map((line) => line.name),
      ...HEALTH_SIPD.lines.slice(10, 13).map((line) => line.name),
      ...HEALTH_SIPD.lines.slice(0, 3).map((line) => line.name),
      "JUMLAH",
    ]);
    expect(valueOf(cellOf(rows[0], "tujuan"))).toBe(HEALTH_SIPD.cascadingByIndicator![0].tujuan);
    expect(rows[0].rowSpans).toMatchObject({ sasaran: 7, indikator: 4 });
    expect(valueOf(cellOf(rows[4], "indikator"))).toBe("Prevalensi Stunting pada Balita");
    expect(rows[4].rowSpans).toMatchObject({ indikator: 3 });
    expect(rows[7].rowSpans).toMatchObject({ sasaran: 3, indikator: 3 });
    const total = rows[rows.length - 1];
    const all = [penunjang, ukp, sdm, farmasi];
    expect(valueOf(cellOf(total, "pagu"))).toBe(all.reduce((sum, line) => sum + line.pagu, 0));
    expect(spec.blocks[0].notes).toEqual([]);
  });
});
