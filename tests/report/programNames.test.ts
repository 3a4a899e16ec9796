import ExcelJS from "exceljs";
import { renstraName } from "../../src/report/programNames";
import { buildRingkasan } from "../../src/report/ringkasan";
import { buildLampiran } from "../../src/report/tables/lampiran";
import { buildTabel22 } from "../../src/report/tables/tabel22";
import { buildTabel318 } from "../../src/report/tables/tabel318";
import { buildTabel32 } from "../../src/report/tables/tabel32";
import type { TableSpec } from "../../src/report/tableSpec";
import type { SheetGrid } from "../../src/workbook/grid";
import {
  addAgencyBudget,
  addAgencyCascading,
  addAgencyIndicators,
  HEALTH_CASCADING,
  REPORT_YEAR,
} from "../fixtures/builders/agencyFixtures";
import { sampleGrids, workbookGrids } from "../fixtures/loadFixture";
import { cellOf, specOf, valueOf } from "./specHelpers";
import { workbookContext } from "./workbookContext";

/** The texts of one column over every block and row of a table that has it. */
function columnTexts(spec: TableSpec, key: string): string[] {
  return spec.blocks.flatMap((block) =>
    block.columns.some((column) => column.key === key)
      ? block.rows.map((row) => valueOf(cellOf(row, key))).filter((v) => typeof v === "string")
      : []
  ) as string[];
}

/** The seed's own Perjanjian Kinerja 2017 (Lampiran 2): the names an LKjIP is written with. */
const SEED_PROGRAMS = [
  "Program Pelayanan Administrasi Perkantoran",
  "Program Peningkatan Sarana dan Prasarana Aparatur",
  "Program Peningkatan Disiplin Aparatur",
  "Program Peningkatan Pengembangan Sistem Pelaporan Capaian Kinerja dan Keuangan",
  "Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial",
  "Program Pemberdayaan Kelembagaan Kesejahteraan Sosial",
  "Program Peningkatan Keberdayaan Masyarakat",
  "Program Pengembangan Kapasitas Dalam Rangka Pengentasan Kemiskinan",
  "Program Pemenuhan Pelayanan Dasar dan Jaminan Sosial",
];

describe("one name per program in the whole report", () => {
  let sample: SheetGrid[];
  beforeAll(async () => {
    sample = await sampleGrids();
  });

  test("sample 2017: Tabel 2.2, 3.2, 3.1.8 and the Lampiran print the Renstra's names, not the budget's typing", () => {
    const context = workbookContext(sample, 2017);
    const tabel22 = columnTexts(specOf(buildTabel22(context)), "program");
    expect(tabel22).toEqual(SEED_PROGRAMS);
    const tabel32 = specOf(buildTabel32(context));
    const programRows = tabel32.blocks[0].rows.filter((row) => row.emphasis);
    expect(programRows.map((row) => valueOf(cellOf(row, "nama")))).toEqual([
      ...SEED_PROGRAMS,
      "JUMLAH",
    ]);
    // Kegiatan keep their own text: only programs are matched.
    expect(columnTexts(tabel32, "nama")).toContain(
      "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"
    );
    const tabel318 = columnTexts(specOf(buildTabel318(context)), "program").join("\n");
    // The sample's indicator sheet names its programs (Program Pendukung column) as the Renstra does.
    expect(tabel318).toContain("Program Pemberdayaan Kelembagaan Kesejahteraan Sosial");
    const lampiran = columnTexts(specOf(buildLampiran(context)), "program");
    for (const name of SEED_PROGRAMS) expect(lampiran).toContain(name);
    for (const table of [tabel22, columnTexts(tabel32, "nama"), [tabel318], lampiran]) {
      expect(table.join("\n")).not.toMatch(/ANSARAN|KINERJADAN|RANGKAPENGENTASAN/);
    }
  });

  test("the budget's own text stays in the fuzzy-match finding and beside the printed name in the Ringkasan", () => {
    const context = workbookContext(sample, 2017);
    expect(context.model.findings).toContainEqual(
      expect.objectContaining({
        code: "finding.fuzzyMatch",
        params: expect.objectContaining({
          name: "PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR",
        }),
      })
    );
    const ringkasan = buildRingkasan({
      context,
      mode: "formulas",
      made: [],
      skipped: [],
      renamed: [],
    });
    const block = ringkasan.blocks.find((entry) =>
      entry.columns.some((column) => column.key === "printed")
    )!;
    const pairs = block.rows.map((row) => [
      valueOf(cellOf(row, "program")),
      valueOf(cellOf(row, "printed")),
    ]);
    expect(pairs[1]).toEqual([
      "PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR",
      "Program Peningkatan Sarana dan Prasarana Aparatur",
    ]);
    expect(block.notes?.[0]).toMatch(/^Program yang cocok dengan Matriks Renstra/);
  });

  test("namaProgram anggaran: every table keeps the budget's names, and the Ringkasan says so", () => {
    const context = workbookContext(sample, 2017, { namaProgram: "anggaran" });
    const tabel22 = columnTexts(specOf(buildTabel22(context)), "program");
    expect(tabel22[1]).toBe("PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR");
    const tabel32 = specOf(buildTabel32(context));
    expect(valueOf(cellOf(tabel32.blocks[0].rows[0], "nama"))).toBe(
      "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN"
    );
    expect(columnTexts(specOf(buildLampiran(context)), "program")).toContain(
      "PROGRAM PEMBERDAYAAN KELEMBAGAAN"
    );
    const ringkasan = buildRingkasan({
      context,
      mode: "formulas",
      made: [],
      skipped: [],
      renamed: [],
    });
    expect(ringkasan.blocks.flatMap((block) => block.notes ?? [])).toContainEqual(
      expect.stringMatching(/^Semua tabel memakai nama program seperti tertulis di lembar anggaran/)
    );
  });

  test("SIPD-style budget typed in capitals with a slip: the Renstra's name in Tabel 3.2 and 2.2", async () => {
    const shape = {
      ...HEALTH_CASCADING,
      lines: HEALTH_CASCADING.lines.map((line, index) =>
        index === 0
          ? {
              ...line,
              name: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKT",
            }
          : line
      ),
    };
    const workbook = new ExcelJS.Workbook();
    addAgencyBudget(workbook, shape);
    addAgencyIndicators(workbook, shape);
    addAgencyCascading(workbook, shape);
    const grids = await workbookGrids(await workbook.xlsx.writeBuffer());
    const context = workbookContext(grids, REPORT_YEAR);
    const renstra = HEALTH_CASCADING.lines[0].name;
    const tabel32 = specOf(buildTabel32(context));
    expect(valueOf(cellOf(tabel32.blocks[0].rows[0], "nama"))).toBe(renstra);
    expect(valueOf(cellOf(tabel32.blocks[0].rows[0], "kode"))).toBe("1.02.02");
    expect(columnTexts(specOf(buildTabel22(context)), "program")[0]).toBe(renstra);
    // Tabel 3.1.8 from the budget's programs attributed to the sasaran, with their kegiatan.
    expect(columnTexts(specOf(buildTabel318(context)), "program")[0]).toBe(
      `${renstra}\n• ${HEALTH_CASCADING.lines[1].name}`
    );
    const typed = workbookContext(grids, REPORT_YEAR, { namaProgram: "anggaran" });
    expect(valueOf(cellOf(specOf(buildTabel32(typed)).blocks[0].rows[0], "nama"))).toBe(
      shape.lines[0].name
    );
  });
});

describe("which matched name is the Renstra's", () => {
  const base = {
    programName: "PROGRAM X",
    programRef: { sheet: "RA", address: "B7" },
    sasaranIndex: null,
  };
  test.each([
    [
      "cascading",
      0.88,
      "Pemberdayaan Kelembagaan Kesejahteraan Sosial",
      "Pemberdayaan Kelembagaan Kesejahteraan Sosial",
    ],
    ["ambiguous", 1, "Penyelenggaraan Jalan", "Penyelenggaraan Jalan"],
    [
      "routine",
      0.92,
      "Peningkatan Sarana dan Prasarana Aparatur",
      "Peningkatan Sarana dan Prasarana Aparatur",
    ],
    // A routine name cut short would drop the budget's words ("… Kabupaten/Kota").
    ["routine", 0.88, "Penunjang Urusan Pemerintahan Daerah", undefined],
    // singleSasaran's matched name is the sasaran's, not a program's.
    ["singleSasaran", undefined, "Meningkatnya Kualitas PMKS", undefined],
    ["user", undefined, undefined, undefined],
  ] as const)("%s (score %s) %s -> %s", (reason, score, matchedName, expected) => {
    expect(renstraName({ ...base, reason, score, matchedName })).toBe(expected);
  });
});
