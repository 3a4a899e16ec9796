import type { ReportContext } from "../../../src/report/context";
import type { BuildResult } from "../../../src/report/tableSpec";
import { buildLampiran } from "../../../src/report/tables/lampiran";
import { buildTabel22 } from "../../../src/report/tables/tabel22";
import { buildTabel311 } from "../../../src/report/tables/tabel311";
import { buildTabel312 } from "../../../src/report/tables/tabel312";
import { buildTabel313 } from "../../../src/report/tables/tabel313";
import { buildTabel314 } from "../../../src/report/tables/tabel314";
import { buildTabel315 } from "../../../src/report/tables/tabel315";
import { buildTabel317 } from "../../../src/report/tables/tabel317";
import { buildTabel318 } from "../../../src/report/tables/tabel318";
import { seedContext, seedIndikator, seedModel } from "../seedModel";
import { cellOf, specOf } from "../specHelpers";

function contextWithSatuan(satuan: string | undefined, tahun: number): ReportContext {
  const model = seedModel();
  const indikator = seedIndikator({
    ...(satuan
      ? { satuan: { text: satuan, ref: { sheet: "Indikator Kinerja", address: "D5" } } }
      : {}),
    programPendukung: {
      text: "Program Keluarga Harapan",
      ref: { sheet: "Indikator Kinerja", address: "M5" },
    },
  });
  model.indicators!.sasaran[0].indikator = [indikator];
  return seedContext(tahun, { model });
}

/** Every table that shows a target (3.1.2: the first year's realisasi), and the key of that column. */
const WITH_TARGETS: [string, (context: ReportContext) => BuildResult, string, number][] = [
  ["2.2", buildTabel22, "target", 2017],
  ["3.1.1", buildTabel311, "target", 2018],
  ["3.1.2", buildTabel312, "realisasi_2017", 2018],
  ["3.1.3", buildTabel313, "targetAkhir", 2018],
  ["3.1.5", buildTabel315, "target", 2017],
  ["3.1.7", buildTabel317, "target", 2018],
  ["3.1.8", buildTabel318, "target", 2018],
  ["lampiran", buildLampiran, "target", 2017],
];

describe("Satuan beside the target", () => {
  test.each(WITH_TARGETS)(
    "Tabel %s: a Satuan column just before the target",
    (_id, build, target, tahun) => {
      const block = specOf(build(contextWithSatuan("per 100.000 KH", tahun))).blocks[0];
      const keys = block.columns.map((column) => column.key);
      expect(keys[keys.indexOf(target) - 1]).toBe("satuan");
      expect(block.columns[keys.indexOf("satuan")].header).toBe("Satuan");
      expect(cellOf(block.rows[0], "satuan")).toMatchObject({
        kind: "text",
        text: "per 100.000 KH",
      });
    }
  );

  test.each(WITH_TARGETS)(
    "Tabel %s: no Satuan column when the sheet has none",
    (_id, build, _t, tahun) => {
      const block = specOf(build(contextWithSatuan(undefined, tahun))).blocks[0];
      expect(block.columns.map((column) => column.key)).not.toContain("satuan");
    }
  );

  test("a table without targets gets none either", () => {
    const block = specOf(buildTabel314(contextWithSatuan("%", 2017))).blocks[0];
    expect(block.columns.map((column) => column.key)).not.toContain("satuan");
  });
});
