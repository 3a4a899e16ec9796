import { readWorkbook } from "../../src/readers/readWorkbook";
import { buildTabel317 } from "../../src/report/tables/tabel317";
import { seedContext } from "../report/seedModel";
import { cellAt, specOf, valueOf } from "../report/specHelpers";
import { grid } from "./gridBuilder";

/**
 * Causes and solutions written one row per year under each indicator ("Tahun | Analisa Penyebab |
 * Solusi"), the indicator merged down over its rows or typed again on each.
 */
const HEADER = [
  "No",
  "Sasaran",
  "Indikator Kinerja",
  "Target 2017",
  "Realisasi 2017",
  "Target 2018",
  "Realisasi 2018",
  "Tahun",
  "Analisa Penyebab",
  "Solusi",
];

function causesByRow(mergedIndicator: boolean) {
  return grid(
    "Indikator Kinerja",
    [
      HEADER,
      [
        1,
        "S1",
        "Persentase PMKS terlayani",
        0.6,
        0.9957,
        0.8,
        0.8963,
        2017,
        "sebab 2017",
        "solusi 2017",
      ],
      [
        null,
        null,
        mergedIndicator ? null : "Persentase PMKS terlayani",
        null,
        null,
        null,
        null,
        "2018",
        "sebab 2018",
        "solusi 2018",
      ],
      [2, "S2", "Jumlah PSKS aktif", 10, 12, 12, 11, 2018, "sebab PSKS 2018", null],
    ],
    {
      merges: mergedIndicator
        ? [
            { top: 2, left: 1, bottom: 3, right: 1 },
            { top: 2, left: 2, bottom: 3, right: 2 },
            { top: 2, left: 3, bottom: 3, right: 3 },
          ]
        : [],
    }
  );
}

describe("causes and solutions as rows with a Tahun column", () => {
  test.each([
    ["merged down", true],
    ["typed again", false],
  ])("indicator %s: each year's row goes to that year, no indicator twice", (_label, merged) => {
    const model = readWorkbook([causesByRow(merged)], { tahun: 2018 });
    const [s1, s2] = model.indicators!.sasaran;
    expect(s1.indikator).toHaveLength(1);
    const [pmks] = s1.indikator;
    expect(pmks.analisaPerTahun?.[2017]?.text).toBe("sebab 2017");
    expect(pmks.analisaPerTahun?.[2018]).toEqual({
      text: "sebab 2018",
      ref: { sheet: "Indikator Kinerja", address: "I3" },
    });
    expect(pmks.solusiPerTahun?.[2018]?.text).toBe("solusi 2018");
    expect(pmks.analisaPenyebab).toBeUndefined();
    expect(s2.indikator[0].analisaPerTahun?.[2018]?.text).toBe("sebab PSKS 2018");
    expect(s2.indikator[0].solusiPerTahun).toBeUndefined();
    expect(model.findings.map((finding) => finding.code)).not.toContain(
      "finding.duplicateIndikator"
    );
  });

  test.each([
    [2017, "sebab 2017", "solusi 2017"],
    [2018, "sebab 2018", "solusi 2018"],
  ])("Tabel 3.1.7 of %i takes that year's row", (tahun, analisa, solusi) => {
    const model = readWorkbook([causesByRow(true)], { tahun });
    const spec = specOf(buildTabel317(seedContext(tahun, { model, budget: undefined })));
    expect(valueOf(cellAt(spec, "Analisa Penyebab"))).toBe(analisa);
    expect(valueOf(cellAt(spec, "Solusi"))).toBe(solusi);
    expect(spec.blocks[0].notes).toEqual([]);
  });

  test("a Tahun column never turns Realisasi Tahun 2018 or Target Tahun 2017 into it", () => {
    const model = readWorkbook(
      [
        grid("IKU", [
          ["Indikator Kinerja", "Target Tahun 2017", "Realisasi Tahun 2017", "Analisa Penyebab"],
          ["I1", 0.8, 0.9, "sebab"],
        ]),
      ],
      { tahun: 2017 }
    );
    const [indikator] = model.indicators!.sasaran[0].indikator;
    expect(indikator.realisasi[2017].value).toBe(0.9);
    expect(indikator.analisaPenyebab?.text).toBe("sebab");
  });
});
