import { formatPercent } from "../../../src/core";
import type { Indikator } from "../../../src/model/indicators";
import { buildTables } from "../../../src/report/buildTables";
import { buildTabel319 } from "../../../src/report/tables/tabel319";
import { INDICATOR_SHEET, seedContext, seedIndikator, seedModel } from "../seedModel";
import { cellAt, specOf, valueOf } from "../specHelpers";

const s = INDICATOR_SHEET;

/** The seed indicator against a national target of 85%, and a lower-is-better rate against an SPM of 5. */
function withStandards(label = "Target Nasional") {
  const model = seedModel();
  const pmks = seedIndikator({
    standar: { value: 0.85, ref: { sheet: s, address: "J5" }, percent: true },
  });
  const turun: Indikator = {
    name: { text: "Angka anak terlantar per 1.000 anak", ref: { sheet: s, address: "C6" } },
    arah: "turun",
    targets: { 2018: { value: 6, ref: { sheet: s, address: "F6" } } },
    realisasi: { 2018: { value: 6.8, ref: { sheet: s, address: "G6" } } },
    standar: { value: 5, ref: { sheet: s, address: "J6" } },
    row: 6,
  };
  const without = seedIndikator({
    name: { text: "Indikator tanpa standar", ref: { sheet: s, address: "C7" } },
    row: 7,
  });
  model.indicators!.sasaran[0].indikator = [pmks, without, turun];
  model.indicators!.standarLabel = label;
  return seedContext(2018, { model });
}

describe("Tabel 3.1.9 Perbandingan dengan Standar", () => {
  test("realisasi, the standard under its own header, the gap and whether it meets it", () => {
    const spec = specOf(buildTabel319(withStandards()));
    expect(spec.blocks[0].columns.map((column) => column.header)).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Realisasi Tahun 2018",
      "Target Nasional",
      "Selisih",
      "Keterangan",
    ]);
    expect(spec.titleLines.slice(0, 2)).toEqual([
      "TABEL 3.1.9",
      "PERBANDINGAN REALISASI KINERJA DENGAN STANDAR",
    ]);
    // 89,63% against 85%: 4,63 points above, meets it.
    expect(cellAt(spec, "Target Nasional")).toMatchObject({ formula: `='${s}'!J5`, value: 0.85 });
    expect(cellAt(spec, "Selisih")).toMatchObject({
      formula: "={realisasi}-{standar}",
      format: "percent",
    });
    expect(formatPercent(valueOf(cellAt(spec, "Selisih")) as number)).toBe("4,63%");
    expect(cellAt(spec, "Keterangan")).toMatchObject({
      formula: '=IF({realisasi}>={standar},"Memenuhi","Belum memenuhi")',
      value: "Memenuhi",
    });
    // The indicator without a standard is left out; the lower-is-better one: 6,8 against 5 misses it.
    expect(spec.blocks[0].rows).toHaveLength(2);
    expect(valueOf(cellAt(spec, "Indikator Kinerja", 1))).toBe(
      "Angka anak terlantar per 1.000 anak"
    );
    expect(valueOf(cellAt(spec, "Selisih", 1))).toBeCloseTo(1.8, 12);
    expect(cellAt(spec, "Keterangan", 1)).toMatchObject({
      formula: '=IF({realisasi}<={standar},"Memenuhi","Belum memenuhi")',
      value: "Belum memenuhi",
    });
    // No and Sasaran merge over the two indicators kept, not the three of the sheet.
    expect(spec.blocks[0].rows[0].rowSpans).toEqual({ no: 2, sasaran: 2 });
  });

  test("a lower-is-better indicator at or under its standard meets it", () => {
    const context = withStandards("SPM");
    context.model.indicators!.sasaran[0].indikator[2].realisasi[2018].value = 5;
    const spec = specOf(buildTabel319(context));
    expect(valueOf(cellAt(spec, "Keterangan", 1))).toBe("Memenuhi");
    expect(spec.blocks[0].columns[4].header).toBe("SPM");
  });

  test("skipped with its reason without a standard column, or without a figure in it", () => {
    expect(buildTabel319(seedContext(2018))).toEqual({
      skip: { reasonKey: "report.skip.noStandardColumn", params: {} },
    });
    const empty = withStandards("Target Provinsi");
    for (const indikator of empty.model.indicators!.sasaran[0].indikator) delete indikator.standar;
    expect(buildTabel319(empty)).toEqual({
      skip: { reasonKey: "report.skip.noStandardValues", params: { label: "Target Provinsi" } },
    });
    expect(buildTables(seedContext(2018)).skipped.map((entry) => entry.table)).toContain(
      "Tabel 3.1.9"
    );
  });
});
