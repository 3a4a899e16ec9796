import { narrativeSentences, valueText } from "../../src/report/narrative";
import { PMKS, SASARAN, seedContext } from "./seedModel";

describe("draft BAB III sentences, rounded as Excel shows", () => {
  test("2017: budget, sasaran budget, capaian with predikat, efisiensi, kemajuan", () => {
    expect(narrativeSentences(seedContext(2017))).toEqual([
      "Total anggaran tahun 2017 sebesar Rp 7.095.515.222 dengan realisasi Rp 6.268.903.009 atau 88,35%, melalui 9 program dan 64 kegiatan.",
      `Anggaran yang mendukung sasaran "${SASARAN}" sebesar Rp 4.002.524.072 (56,41% dari anggaran SKPD) dengan realisasi Rp 3.307.232.516 atau 82,63%.`,
      `Capaian kinerja indikator "${PMKS}" tahun 2017 sebesar 165,95% (realisasi 99,57% dari target 60,00%) dengan predikat Sangat Baik.`,
      `Tingkat efisiensi penggunaan sumber daya untuk indikator "${PMKS}" sebesar 49,79%.`,
      `Terhadap target akhir Renstra tahun 2019 sebesar 85,00%, tingkat kemajuan indikator "${PMKS}" mencapai 117,14%.`,
    ]);
  });

  test("2018 without a 2018 budget: says so, and never uses the 2017 budget", () => {
    const sentences = narrativeSentences(seedContext(2018));
    expect(sentences[0]).toBe(
      "Realisasi anggaran tahun 2018 belum tersedia, sehingga analisis anggaran dan efisiensi tahun 2018 belum dapat disusun."
    );
    expect(sentences.join(" ")).not.toContain("7.095.515.222");
    expect(sentences).toContain(
      `Capaian kinerja indikator "${PMKS}" tahun 2018 sebesar 112,04% (realisasi 89,63% dari target 80,00%) dengan predikat Sangat Baik.`
    );
    expect(sentences).toContain(
      `Realisasi indikator "${PMKS}" tahun 2018 sebesar 89,63%, dibandingkan tahun 2017 sebesar 99,57%.`
    );
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
