import { formatPercent } from "../../../src/core";
import type { SourcedNumber } from "../../../src/model/cellRef";
import type { Indikator } from "../../../src/model/indicators";
import { buildTabel312 } from "../../../src/report/tables/tabel312";
import { INDICATOR_SHEET, seedContext, seedIndikator, seedModel } from "../seedModel";
import { cellAt, cellOf, specOf, valueOf } from "../specHelpers";

const num = (address: string, value: number, percent = false): SourcedNumber => ({
  value,
  ref: { sheet: INDICATOR_SHEET, address },
  percent,
});

/**
 * Seven years of a lower-is-better indicator (cases of neglected children per 1.000) with targets
 * from 2016, and the seed's PMKS indicator with 2017 and 2018 only.
 */
function fiveYearContext(tahun = 2018) {
  const model = seedModel();
  const years = [2012, 2013, 2014, 2015, 2016, 2017, 2018];
  const values = [9.1, 8.4, 7.9, 7.9, 7.2, 6.5, 6.8];
  const turun: Indikator = {
    name: {
      text: "Angka anak terlantar per 1.000 anak",
      ref: { sheet: INDICATOR_SHEET, address: "C6" },
    },
    arah: "turun",
    targets: { 2016: num("D6", 7.5), 2017: num("F6", 7), 2018: num("H6", 6.5) },
    realisasi: Object.fromEntries(
      years.map((year, index) => [year, num(`${String.fromCharCode(73 + index)}6`, values[index])])
    ),
    row: 6,
  };
  model.indicators!.sasaran[0].indikator = [seedIndikator(), turun];
  return seedContext(tahun, { model });
}

const shown = (cell: ReturnType<typeof cellAt>) => valueOf(cell);
const pct = (cell: ReturnType<typeof cellAt>) => formatPercent(valueOf(cell) as number);

describe("Tabel 3.1.2 compares every year the sheet holds", () => {
  test("the seed (2017, 2018): realisasi and capaian of both years, and Turun", () => {
    const spec = specOf(buildTabel312(seedContext(2018)));
    expect(spec.blocks[0].columns.map((column) => column.header)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Realisasi Tahun 2017",
      "Capaian Tahun 2017 (%)",
      "Realisasi Tahun 2018",
      "Capaian Tahun 2018 (%)",
      "Kinerja terhadap Tahun 2017",
    ]);
    expect(pct(cellAt(spec, "Realisasi Tahun 2017"))).toBe("99,57%");
    expect(pct(cellAt(spec, "Capaian Tahun 2017 (%)"))).toBe("165,95%");
    expect(pct(cellAt(spec, "Realisasi Tahun 2018"))).toBe("89,63%");
    expect(pct(cellAt(spec, "Capaian Tahun 2018 (%)"))).toBe("112,04%");
    // 99,57% then 89,63% on a higher-is-better indicator: performance went down.
    expect(cellAt(spec, "Kinerja terhadap Tahun 2017")).toMatchObject({
      kind: "figure",
      formula:
        '=IF({realisasi}={realisasi_2017},"Tetap",IF({realisasi}>{realisasi_2017},"Naik","Turun"))',
      value: "Turun",
    });
    expect(spec.titleLines[1]).toBe("PERBANDINGAN REALISASI KINERJA TAHUN 2017 DAN TAHUN 2018");
  });

  test("the last five years before the report year, capaian only where the year has targets", () => {
    const spec = specOf(buildTabel312(fiveYearContext()));
    const headers = spec.blocks[0].columns.map((column) => column.header);
    expect(headers.filter((header) => header.startsWith("Realisasi"))).toEqual(
      [2013, 2014, 2015, 2016, 2017, 2018].map((year) => `Realisasi Tahun ${year}`)
    );
    expect(headers.filter((header) => header.startsWith("Capaian"))).toEqual(
      [2016, 2017, 2018].map((year) => `Capaian Tahun ${year} (%)`)
    );
    expect(spec.titleLines[1]).toBe(
      "PERBANDINGAN REALISASI KINERJA TAHUN 2013 SAMPAI DENGAN TAHUN 2018"
    );
    // The turun indicator: 2017 6,5 against target 7 -> (2x7-6,5)/7 = 107,14%, referring to the target's input cell.
    expect(shown(cellAt(spec, "Realisasi Tahun 2014", 1))).toBe(7.9);
    expect(cellAt(spec, "Capaian Tahun 2017 (%)", 1)).toMatchObject({
      formula: `=(2*'${INDICATOR_SHEET}'!F6-{realisasi_2017})/'${INDICATOR_SHEET}'!F6`,
    });
    expect(pct(cellAt(spec, "Capaian Tahun 2017 (%)", 1))).toBe("107,14%");
    // 6,5 then 6,8 on a lower-is-better indicator: performance went down.
    expect(shown(cellAt(spec, "Kinerja terhadap Tahun 2017", 1))).toBe("Turun");
    // The seed indicator has no 2013-2016 values: empty cells, not zeros or errors.
    expect(cellAt(spec, "Realisasi Tahun 2013", 0)).toEqual({ kind: "empty" });
    expect(cellAt(spec, "Capaian Tahun 2016 (%)", 0)).toEqual({ kind: "empty" });
  });

  test("Naik and Tetap minding Arah", () => {
    const context = fiveYearContext(2017);
    const spec = specOf(buildTabel312(context));
    // 7,2 then 6,5 on a lower-is-better indicator: performance went up.
    expect(shown(cellAt(spec, "Kinerja terhadap Tahun 2016", 1))).toBe("Naik");
    const tetap = specOf(buildTabel312(fiveYearContext(2015)));
    expect(shown(cellAt(tetap, "Kinerja terhadap Tahun 2014", 1))).toBe("Tetap");
    // The PMKS indicator has nothing in 2014: no word, not an error.
    expect(cellOf(tetap.blocks[0].rows[0], "perkembangan")).toEqual({ kind: "empty" });
  });

  test("skipped without last year's realisasi, even with older years", () => {
    const context = fiveYearContext(2018);
    for (const sasaran of context.model.indicators!.sasaran) {
      for (const indikator of sasaran.indikator) delete indikator.realisasi[2017];
    }
    expect(buildTabel312(context)).toEqual({
      skip: { reasonKey: "report.skip.noPreviousYear", params: { prev: 2017, tahun: 2018 } },
    });
  });
});
