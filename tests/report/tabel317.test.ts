import { buildTabel317 } from "../../src/report/tables/tabel317";
import { seedContext, seedIndikator, seedModel } from "./seedModel";
import { cellAt, specOf, valueOf } from "./specHelpers";

describe("Tabel 3.1.7 is always written, with the report year's causes", () => {
  test("2017: the undated Analisa Penyebab of the seed, written when the sheet was first filled", () => {
    const spec = specOf(buildTabel317(seedContext(2017)));
    expect(valueOf(cellAt(spec, "Analisa Penyebab"))).toMatch(/^Dana APBD/);
    expect(spec.blocks[0].notes).toEqual([]);
  });

  test("2018: 2018's figures never stand beside the text written for 2017; the cells stay to fill", () => {
    const spec = specOf(buildTabel317(seedContext(2018)));
    expect(valueOf(cellAt(spec, "Realisasi Tahun 2018"))).toBe(0.8963);
    expect(cellAt(spec, "Analisa Penyebab")).toEqual({ kind: "empty" });
    expect(spec.blocks[0].notes).toEqual([
      expect.stringContaining(
        "Indikator Kinerja!I5 tidak bertahun dan dianggap ditulis untuk tahun 2017"
      ),
    ]);
  });

  test("per-year columns give each year its own causes and solutions", () => {
    const model = seedModel();
    const base = seedIndikator();
    const ref = { sheet: "Indikator Kinerja", address: "K5" };
    model.indicators!.sasaran[0].indikator = [
      {
        ...base,
        analisaPerTahun: { 2018: { text: "Penyebab tahun 2018", ref } },
        solusiPerTahun: { 2018: { text: "Solusi tahun 2018", ref } },
      },
    ];
    const spec = specOf(buildTabel317(seedContext(2018, { model })));
    expect(valueOf(cellAt(spec, "Analisa Penyebab"))).toBe("Penyebab tahun 2018");
    expect(valueOf(cellAt(spec, "Solusi"))).toBe("Solusi tahun 2018");
    expect(spec.blocks[0].notes).toEqual([]);
  });

  test("without any causes the table is still made, its cells empty, a note says what to fill", () => {
    const model = seedModel();
    model.indicators!.sasaran[0].indikator = [{ ...seedIndikator(), analisaPenyebab: undefined }];
    const spec = specOf(buildTabel317(seedContext(2017, { model })));
    expect(cellAt(spec, "Analisa Penyebab")).toEqual({ kind: "empty" });
    expect(spec.blocks[0].notes).toEqual([
      expect.stringMatching(/^Analisa penyebab dan solusi tahun 2017 belum diisi/),
    ]);
  });
});
