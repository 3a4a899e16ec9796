import { narrativeSentences, valueText } from "../../src/report/narrative";
import { agencyTerm } from "../../src/report/agencyTerm";
import { PMKS, SASARAN, seedContext, seedIndikator, seedModel } from "./seedModel";

describe("draft BAB III sentences, rounded as Excel shows", () => {
  test("2017: budget, then per sasaran its budget and each indicator's figures explained", () => {
    expect(narrativeSentences(seedContext(2017))).toEqual([
      "Total anggaran tahun 2017 sebesar Rp 7.095.515.222 dengan realisasi Rp 6.268.903.009 atau 88,35%, melalui 9 program dan 64 kegiatan.",
      `Sasaran 1: "${SASARAN}".`,
      "Anggaran yang mendukung sasaran ini sebesar Rp 4.002.524.072 (56,41% dari anggaran Perangkat Daerah) dengan realisasi Rp 3.307.232.516 atau 82,63%.",
      `Indikator "${PMKS}" tahun 2017: realisasi 99,57% dari target 60,00%, capaian 165,95% dengan predikat Sangat Baik; target tercapai.`,
      "Tingkat efisiensi sebesar 49,79% (% penyerapan anggaran ÷ % capaian kinerja): anggaran yang terserap lebih kecil daripada capaian kinerja, sumber daya digunakan secara efisien.",
      "Terhadap target akhir Renstra tahun 2019 sebesar 85,00%, tingkat kemajuan mencapai 117,14%.",
    ]);
  });

  test("2018 without a 2018 budget: says so, never uses the 2017 budget; down against 2017", () => {
    const sentences = narrativeSentences(seedContext(2018));
    expect(sentences[0]).toBe(
      "Realisasi anggaran tahun 2018 belum tersedia, sehingga analisis anggaran dan efisiensi tahun 2018 belum dapat disusun."
    );
    expect(sentences.join(" ")).not.toContain("7.095.515.222");
    expect(sentences).toContain(
      `Indikator "${PMKS}" tahun 2018: realisasi 89,63% dari target 80,00%, capaian 112,04% dengan predikat Sangat Baik; target tercapai.`
    );
    expect(sentences).toContain(
      "Dibandingkan tahun 2017 sebesar 99,57%, realisasi tahun 2018 turun menjadi 89,63%; kinerja menurun."
    );
  });

  test.each([
    // arah, 2017, 2018, expected words
    ["turun", 0.2, 0.15, "turun menjadi 15,00%; kinerja membaik"],
    ["turun", 0.1, 0.15, "naik menjadi 15,00%; kinerja menurun"],
    ["naik", 0.1, 0.15, "naik menjadi 15,00%; kinerja membaik"],
  ] as const)("%s indicator from %p to %p: %s", (arah, before, now, words) => {
    const model = seedModel();
    const base = seedIndikator();
    model.indicators!.sasaran[0].indikator = [
      {
        ...base,
        arah,
        realisasi: {
          2017: { ...base.realisasi[2017], value: before },
          2018: { ...base.realisasi[2018], value: now },
        },
      },
    ];
    expect(narrativeSentences(seedContext(2018, { model })).join(" ")).toContain(words);
  });

  test.each([
    [2016, "SKPD"],
    [2017, "Perangkat Daerah"],
    [2024, "Perangkat Daerah"],
  ])("the agency of a %d report is called %s (PP 18/2016 from 2017)", (tahun, term) => {
    expect(agencyTerm(tahun)).toBe(term);
  });

  test.each([
    [{ value: 0.8963, percent: true }, "89,63%"],
    [{ value: 99.57, percent: false }, "99,57"],
    [{ value: 1250, percent: false }, "1.250"],
    [{ value: null, percent: false }, "-"],
  ])("value %p reads %s", (source, text) => {
    expect(valueText({ ...source, ref: { sheet: "S", address: "A1" } })).toBe(text);
  });
});

describe("every year compared (Tabel 3.1.2's years)", () => {
  test("a lower-is-better indicator over five earlier years: the series and the period's trend", () => {
    const model = seedModel();
    const base = seedIndikator();
    const values: Record<number, number> = {
      2012: 0.3,
      2013: 0.25,
      2014: 0.22,
      2015: 0.2,
      2016: 0.2,
      2017: 0.18,
      2018: 0.19,
    };
    model.indicators!.sasaran[0].indikator = [
      {
        ...base,
        arah: "turun",
        realisasi: Object.fromEntries(
          Object.entries(values).map(([year, value]) => [year, { ...base.realisasi[2018], value }])
        ),
      },
    ];
    const sentences = narrativeSentences(seedContext(2018, { model }));
    // 2012 is more than five years before 2018: left out, as in the table.
    expect(sentences).toContain(
      "Realisasi tahun 2013 sampai dengan tahun 2018 berturut-turut 25,00% (2013), 22,00% (2014), 20,00% (2015), 20,00% (2016), 18,00% (2017), 19,00% (2018); dibandingkan tahun 2013, kinerja tahun 2018 membaik."
    );
    expect(sentences).toContain(
      "Dibandingkan tahun 2017 sebesar 18,00%, realisasi tahun 2018 naik menjadi 19,00%; kinerja menurun."
    );
  });

  test("one earlier year only: no series sentence", () => {
    expect(narrativeSentences(seedContext(2018)).join(" ")).not.toContain("berturut-turut");
  });
});
