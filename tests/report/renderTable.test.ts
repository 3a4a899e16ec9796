import { renderTable } from "../../src/report/renderTable";
import { resolveRowRefs } from "../../src/report/rowRefs";
import { buildTabel22 } from "../../src/report/tables/tabel22";
import { buildTabel311 } from "../../src/report/tables/tabel311";
import { buildTabel315 } from "../../src/report/tables/tabel315";
import { buildTabel316 } from "../../src/report/tables/tabel316";
import type { SpecCell } from "../../src/workbook/sheetSpec";
import { seedContext } from "./seedModel";
import { specOf } from "./specHelpers";

const texts = (row: SpecCell[]) =>
  row.map((cell) =>
    cell.content.kind === "text"
      ? cell.content.text
      : cell.content.kind === "number"
        ? cell.content.value
        : null
  );

describe("cells of the same row are named by their column's key", () => {
  const columns = new Map([
    ["target", 4],
    ["realisasi", 5],
    ["capaian", 6],
    ["kode", 28],
  ]);
  test.each([
    ["={realisasi}/{target}", 9, "=E9/D9"],
    ["=IF(ISBLANK({capaian}),NA(),{capaian})", 12, "=IF(ISBLANK(F12),NA(),F12)"],
    ["={kode}", 3, "=AB3"],
    // Quoted text is a sheet name or a string, never a reference; unknown keys stay as written.
    ["='Data {target}'!A1+{target}", 3, "='Data {target}'!A1+D3"],
    ['=IF({capaian}>1,"{capaian}","")', 2, '=IF(F2>1,"{capaian}","")'],
    ["={unknown}+{target", 2, "={unknown}+{target"],
    ["=SUM(A1:A3)", 2, "=SUM(A1:A3)"],
  ])("%s on row %d -> %s", (formula, row, resolved) =>
    expect(resolveRowRefs(formula, row, columns)).toBe(resolved)
  );

  // {key@n}: body row n of the block (0-based), as a JUMLAH row sums its program rows.
  test.each([
    ["=SUM({target@0},{target@7})", 30, 10, "=SUM(D10,D17)"],
    ["={capaian@2}/{capaian}", 30, 10, "=F12/F30"],
    ["={target@x}+{nope@1}", 30, 10, "={target@x}+{nope@1}"],
  ])("%s on row %d, body from row %d -> %s", (formula, row, bodyTop, resolved) =>
    expect(resolveRowRefs(formula, row, columns, bodyTop)).toBe(resolved)
  );
});

describe("renderTable lays a table out like the seed", () => {
  const sheet = renderTable(specOf(buildTabel311(seedContext(2018))), "formulas");

  test("title block, blank row, header, column numbers, body", () => {
    expect(texts(sheet.rows[0])[0]).toBe("TABEL 3.1.1");
    expect(texts(sheet.rows[1])[0]).toBe("PERBANDINGAN ANTARA TARGET DAN REALISASI KINERJA");
    expect(texts(sheet.rows[2])[0]).toBe("DINAS SOSIAL KOTA PROBOLINGGO");
    expect(texts(sheet.rows[3])[0]).toBe("TAHUN 2018");
    expect(sheet.rows[4]).toEqual([]);
    expect(texts(sheet.rows[5])).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Target Tahun 2018",
      "Realisasi Tahun 2018",
      "Capaian (%)",
      "Predikat Capaian",
      "Keterangan",
    ]);
    expect(texts(sheet.rows[6])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sheet.rows[7][5].content).toEqual({
      kind: "formula",
      formula: "=E8/D8",
      cached: 0.8963 / 0.8,
    });
    expect(sheet.rows[7][5].style?.numberFormat).toBe("0.00%");
    expect(sheet.rows[7][3].style?.numberFormat).toBe("0.00%");
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 8 });
  });

  test("frozen header, print titles, A4 landscape fitted to width", () => {
    expect(sheet.freezeRows).toBe(7);
    expect(sheet.printTitleRows).toEqual([6, 7]);
    expect(sheet.page).toEqual({ orientation: "landscape", paper: "A4", fitToWidth: true });
  });

  test.each([
    ["formulas", { kind: "formula", formula: "=E8/D8" }],
    ["values", { kind: "number", value: 0.8963 / 0.8 }],
    ["functions", { kind: "formula", formula: '=LKJIP.CAPAIAN(E8,D8,"naik")' }],
  ] as const)("mode %s writes the capaian as %p", (mode, content) => {
    expect(
      renderTable(specOf(buildTabel311(seedContext(2018))), mode).rows[7][5].content
    ).toMatchObject(content);
  });

  test("Tabel 3.1.5 has merged group headers over two header rows", () => {
    const t315 = renderTable(specOf(buildTabel315(seedContext(2017))), "formulas");
    expect(texts(t315.rows[5])).toEqual([
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Kinerja Tahun 2017",
      null,
      null,
      null,
      null,
      "Anggaran Tahun 2017",
      null,
      null,
    ]);
    expect(texts(t315.rows[6]).slice(3)).toEqual([
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat Capaian",
      "Keterangan",
      "Alokasi",
      "Realisasi",
      "Capaian (%)",
    ]);
    expect(t315.merges).toEqual(
      expect.arrayContaining([
        { top: 6, left: 1, bottom: 7, right: 1 },
        { top: 6, left: 4, bottom: 6, right: 8 },
        { top: 6, left: 9, bottom: 6, right: 11 },
      ])
    );
    expect(t315.printTitleRows).toEqual([6, 8]);
    expect(t315.rows[8][8].style?.numberFormat).toBe('"Rp "#,##0');
  });
});

describe("print layout", () => {
  const t22 = renderTable(specOf(buildTabel22(seedContext(2017))), "formulas");

  test("Tabel 2.2's Program column spans Sasaran and Indikator of the block above", () => {
    const header = t22.rows.findIndex(
      (row) =>
        row[1]?.content.kind === "text" && (row[1].content as { text: string }).text === "Program"
    );
    expect(header).toBeGreaterThan(0);
    expect(t22.merges).toContainEqual({ top: header + 1, left: 2, bottom: header + 1, right: 3 });
    // The first program row: its name merged over two sheet columns, the amount in column 4.
    expect(t22.merges).toContainEqual({ top: header + 3, left: 2, bottom: header + 3, right: 3 });
    expect(t22.rows[header + 2][3].content).toMatchObject({ kind: "formula" });
    expect(t22.printTitleRows).toBeUndefined();
  });

  test("numbering is centred, amounts right-aligned", () => {
    const firstBody = t22.rows[7];
    expect(firstBody[0].content).toEqual({ kind: "number", value: 1 });
    expect(firstBody[0].style?.align).toBe("center");
    expect(firstBody[3].style?.align).toBe("right");
  });

  test("Tabel 2.2 of the sample fits one A4 landscape page, fitted to width", () => {
    // A4 landscape less 0.75" margins: 734 × 487 pt; a width unit prints about 5.25 pt wide.
    const width = t22.columnWidths.reduce((sum, w) => sum + w * 5.25, 0);
    const scale = Math.min(1, 734 / width);
    const height = t22.rows.reduce((sum, _row, r) => sum + (t22.rowHeights?.[r] ?? 15), 0);
    expect(height * scale).toBeLessThan(487);
  });

  test("notes are plain rows merged across the table, as tall as their text needs", () => {
    const t316 = renderTable(specOf(buildTabel316(seedContext(2017))), "formulas");
    const last = t316.rows.length;
    expect(t316.merges).toContainEqual({ top: last, left: 1, bottom: last, right: 8 });
    expect(t316.rows[last - 1][0].style).toMatchObject({ italic: true, wrap: true });
    expect(t316.rows[last - 1][0].style?.border).toBeUndefined();
    expect(t316.rowHeights?.[last - 1] ?? 15).toBeLessThanOrEqual(45);
  });
});
