import { numericCellLookup } from "../../src/pipeline";
import { readWorkbook } from "../../src/readers/readWorkbook";
import { renderTable } from "../../src/report/renderTable";
import { buildTabel32 } from "../../src/report/tables/tabel32";
import { fixtureGrids } from "../fixtures/loadFixture";
import {
  quarterBudgetGrid,
  REALISASI_PER_QUARTER,
  rehabilitasiRow,
} from "../readers/quarterBudgetGrid";
import { seedContext } from "./seedModel";
import { cellOf, specOf, valueOf } from "./specHelpers";

async function sipdContext(rincian?: "program" | "kegiatan" | "sub_kegiatan") {
  const grids = await fixtureGrids("seed-sipd.xlsx");
  const model = readWorkbook(grids, { tahun: 2017 });
  return seedContext(2017, { model, rincian, isNumericCell: numericCellLookup(grids) });
}

describe("Tabel 3.2 down to sub kegiatan (Permendagri 90/2019)", () => {
  test("by default the deepest level present: program, kegiatan, sub kegiatan, coded", async () => {
    const spec = specOf(buildTabel32(await sipdContext()));
    const { columns, rows } = spec.blocks[0];
    expect(columns.map((c) => c.header)).toEqual([
      "Kode",
      "Program/Kegiatan/Sub Kegiatan",
      "Pagu",
      "Realisasi",
      "%",
    ]);
    // Wide enough for "1.06.01.2.01.0001".
    expect(columns[0].width).toBeGreaterThanOrEqual("1.06.01.2.01.0001".length);
    const codes = rows.map((row) => valueOf(cellOf(row, "kode")));
    expect(codes.slice(0, 3)).toEqual(["1.06.01", "1.06.01.2.01", "1.06.01.2.01.0001"]);
    expect(rows.slice(0, 3).map((row) => row.emphasis === true)).toEqual([true, false, false]);
    // Names as typed, indented by level (a style, not spaces): program 0, kegiatan 1, sub 2.
    const names = rows.slice(0, 3).map((row) => cellOf(row, "nama"));
    expect(names.map((cell) => cell.kind === "text" && cell.text.startsWith(" "))).toEqual([
      false,
      false,
      false,
    ]);
    const sheet = renderTable(spec, "formulas");
    const nameColumn = spec.blocks[0].columns.findIndex((column) => column.key === "nama");
    const firstBody = sheet.rows.findIndex(
      (row) => row[0]?.content.kind === "text" && row[0].content.text === "1.06.01"
    );
    expect([0, 1, 2].map((i) => sheet.rows[firstBody + i][nameColumn].style?.indent ?? 0)).toEqual([
      0, 1, 2,
    ]);
    expect(spec.blocks[0].notes).toBeUndefined();
    const last = rows[rows.length - 1];
    expect(valueOf(cellOf(last, "nama"))).toBe("JUMLAH");
  });

  test.each([
    ["kegiatan", "Program/Kegiatan", 1],
    ["program", "Program", 0],
  ] as const)(
    "rincian %s stops at that level and says where the rest is",
    async (rincian, header, deepest) => {
      const spec = specOf(buildTabel32(await sipdContext(rincian)));
      expect(spec.blocks[0].columns[1].header).toBe(header);
      const depths = spec.blocks[0].rows
        .slice(0, -1)
        .map((row) => String(valueOf(cellOf(row, "kode"))).split(".").length);
      // Codes: program 1.06.01 (3 parts), kegiatan 1.06.01.2.01 (5), sub kegiatan (6).
      expect(Math.max(...depths)).toBe([3, 5, 6][deepest]);
      expect(spec.blocks[0].notes?.[0]).toMatch(
        /^Rincian \d+ baris di bawahnya ada di lembar "Sub Kegiatan"/
      );
    }
  );

  test("the seed's budget (no codes, no sub kegiatan): No column, programs numbered and centred", () => {
    const spec = specOf(buildTabel32(seedContext(2017)));
    expect(spec.blocks[0].columns[0]).toMatchObject({ header: "No", width: 6 });
    const sheet = renderTable(spec, "formulas");
    expect(sheet.rows[7][0]).toMatchObject({
      content: { kind: "number", value: 1 },
      style: { align: "center" },
    });
  });

  test("a Sisa column where the budget sheet has one, and the total's Sisa computed", () => {
    const context = seedContext(2017);
    const program = context.budget!.programs[0];
    program.sisa = { value: 5, ref: { sheet: "Realisasi Anggaran 2017", address: "F5" } };
    const spec = specOf(buildTabel32(context));
    expect(spec.blocks[0].columns.map((c) => c.header)).toContain("Sisa");
    const rows = spec.blocks[0].rows;
    expect(cellOf(rows[0], "sisa")).toMatchObject({ formula: "='Realisasi Anggaran 2017'!F5" });
    expect(cellOf(rows[1], "sisa")).toMatchObject({ formula: "={pagu}-{realisasi}" });
    expect(valueOf(cellOf(rows[rows.length - 1], "sisa"))).toBe(7095515222 - 6268903009);
  });

  test("a budget with quarterly columns only: the year's realisasi is SUM of the quarters' cells", () => {
    const grids = [
      quarterBudgetGrid(REALISASI_PER_QUARTER, [
        rehabilitasiRow(10_000_000, 30_500_000, null, null),
      ]),
    ];
    const model = readWorkbook(grids, { tahun: 2024 });
    const spec = specOf(
      buildTabel32(seedContext(2024, { model, isNumericCell: numericCellLookup(grids) }))
    );
    const row = spec.blocks[0].rows[0];
    expect(cellOf(row, "realisasi")).toMatchObject({
      kind: "figure",
      formula:
        "=SUM('Realisasi 2024'!D2,'Realisasi 2024'!E2,'Realisasi 2024'!F2,'Realisasi 2024'!G2)",
      value: 40_500_000,
    });
    expect(valueOf(cellOf(row, "serapan"))).toBe(0.405);
  });
});
