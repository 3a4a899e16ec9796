import { buildTabel311 } from "../../src/report/tables/tabel311";
import { buildTabel313 } from "../../src/report/tables/tabel313";
import { buildTabel315 } from "../../src/report/tables/tabel315";
import { buildTabel316 } from "../../src/report/tables/tabel316";
import { buildLampiran } from "../../src/report/tables/lampiran";
import type { Arah } from "../../src/model/indicators";
import { seedContext, seedIndikator, seedModel } from "./seedModel";
import { cellAt, specOf, valueOf } from "./specHelpers";

/** The seed model with its one indicator's 2018 figures and direction replaced. */
function contextWith(target: number, realisasi: number, arah: Arah, akhir?: number) {
  const model = seedModel();
  const base = seedIndikator();
  model.indicators!.sasaran[0].indikator = [
    {
      ...base,
      arah,
      targets: { ...base.targets, 2018: { ...base.targets[2018], value: target } },
      realisasi: { ...base.realisasi, 2018: { ...base.realisasi[2018], value: realisasi } },
      targetAkhirRenstra:
        akhir === undefined
          ? base.targetAkhirRenstra
          : { ...base.targetAkhirRenstra!, value: akhir },
    },
  ];
  return seedContext(2018, { model });
}

describe("whether a target was met is said beside every capaian", () => {
  test.each([
    // issue 10: 63% against 70% read only "Sangat Baik"
    [0.7, 0.63, "naik", "Belum tercapai", "Sangat Baik"],
    [0.8, 0.8963, "naik", "Tercapai", "Sangat Baik"],
    [0.8, 0.8, "naik", "Tercapai", "Sangat Baik"],
    // lower is better: 12% against a ceiling of 10% is not met
    [0.1, 0.12, "turun", "Belum tercapai", "Baik"],
    [0.1, 0.08, "turun", "Tercapai", "Sangat Baik"],
  ] as const)(
    "target %p, realisasi %p (%s): %s",
    (target, realisasi, arah, keterangan, predikat) => {
      const spec = specOf(buildTabel311(contextWith(target, realisasi, arah)));
      const cell = cellAt(spec, "Keterangan");
      expect(valueOf(cell)).toBe(keterangan);
      expect(cell).toMatchObject({
        kind: "figure",
        formula: '=IF({capaian}>=1,"Tercapai","Belum tercapai")',
      });
      expect(valueOf(cellAt(spec, "Predikat Capaian"))).toBe(predikat);
    }
  );

  test("an error in the capaian passes through the Keterangan", () => {
    const spec = specOf(buildTabel311(contextWith(0, 0.5, "naik")));
    expect(valueOf(cellAt(spec, "Keterangan"))).toEqual({ error: "#DIV/0!" });
  });

  test.each([
    ["3.1.1", buildTabel311],
    ["3.1.5", buildTabel315],
    ["3.1.6", buildTabel316],
    ["Lampiran", buildLampiran],
  ] as const)("%s has Keterangan and a predikat column that names what it rates", (_id, build) => {
    const headers = specOf(build(seedContext(2017))).blocks[0].columns.map((c) => c.header);
    expect(headers).toContain("Keterangan");
    expect(headers).toContain("Predikat Capaian");
    expect(headers).not.toContain("Predikat");
  });
});

describe("Tabel 3.1.3 follows the indicator's direction", () => {
  test("turun: 15% against an end-of-Renstra target of 10% is 50%, not 150%", () => {
    const spec = specOf(buildTabel313(contextWith(0.1, 0.15, "turun", 0.1)));
    const cell = cellAt(spec, "Tingkat Kemajuan (%)");
    expect(valueOf(cell)).toBeCloseTo(0.5, 12);
    expect(cell).toMatchObject({ formula: "=(2*{targetAkhir}-{realisasi})/{targetAkhir}" });
  });
});
