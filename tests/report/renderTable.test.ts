import { renderTable } from "../../src/report/renderTable";
import { resolveRowRefs } from "../../src/report/rowRefs";
import { buildTabel22 } from "../../src/report/tables/tabel22";
import { buildTabel311 } from "../../src/report/tables/tabel311";
import { buildTabel315 } from "../../src/report/tables/tabel315";
import { buildTabel316 } from "../../src/report/tables/tabel316";
import { tableSignatures } from "../../src/report/signatureBlock";
import type { TableBlock, TableSpec } from "../../src/report/tableSpec";
import type { SheetSpec, SpecCell } from "../../src/workbook/sheetSpec";
import { KEPALA_DINAS } from "../fixtures/builders/penandatanganSheet";
import { INDICATOR_SHEET, seedContext, seedIndikator, seedModel } from "./seedModel";
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
    expect(resolveRowRefs(formula, row, columns, (n) => bodyTop + n)).toBe(resolved)
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
    expect(firstBody[0].content).toMatchObject({ kind: "number", value: 1 });
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

/** The rows (1-based) of each printed page, as the sheet's manual breaks divide them. */
function pages(sheet: SheetSpec): number[][] {
  const ends = [...(sheet.rowBreaks ?? []), sheet.rows.length];
  let top = 1;
  return ends.map((end) => {
    const page = Array.from({ length: end - top + 1 }, (_, i) => top + i);
    top = end + 1;
    return page;
  });
}

const textAt = (sheet: SheetSpec, row: number, column: number) => {
  const content = sheet.rows[row - 1]?.[column - 1]?.content;
  return content?.kind === "text" ? content.text : undefined;
};

/** Ten sasaran of four indicators each: Tabel 2.2 runs over two pages before its program block. */
function tabel22Of40(): TableSpec {
  const model = seedModel();
  const [sasaran] = model.indicators!.sasaran;
  model.indicators!.sasaran = Array.from({ length: 10 }, (_, s) => ({
    ...sasaran,
    name: { text: `Sasaran ${s + 1}`, ref: { sheet: INDICATOR_SHEET, address: `B${5 + 4 * s}` } },
    indikator: Array.from({ length: 4 }, (_, i) => {
      const row = 5 + 4 * s + i;
      return seedIndikator({
        name: {
          text: `Indikator ${4 * s + i + 1}`,
          ref: { sheet: INDICATOR_SHEET, address: `C${row}` },
        },
        targets: {
          2017: { value: 0.6, ref: { sheet: INDICATOR_SHEET, address: `D${row}` }, percent: true },
        },
        row,
      });
    }),
  }));
  const context = seedContext(2017, { model, signatures: { pihakPertama: KEPALA_DINAS } });
  return { ...specOf(buildTabel22(context)), signatures: tableSignatures(context.signatures) };
}

describe("every printed page of a table of several blocks opens with its block's header", () => {
  const spec = tabel22Of40();
  const sheet = renderTable(spec, "formulas");
  const printed = pages(sheet);
  // Rows 1-4 titles, 5 blank, 6-7 the indicator block's header (names, column numbers).
  const indicatorHeader = [6, 7];
  const programHeader = sheet.rows.findIndex((_, r) => textAt(sheet, r + 1, 2) === "Program") + 1;
  const indicatorRow = (row: number) => /^Indikator \d+$/.test(textAt(sheet, row, 3) ?? "");

  test("the indicator block runs onto a second page, which repeats its header rows and merges", () => {
    expect(printed.length).toBeGreaterThanOrEqual(2);
    const top = printed[1][0];
    expect(indicatorRow(printed[1][2])).toBe(true);
    for (const [i, row] of indicatorHeader.entries()) {
      expect(sheet.rows[top + i - 1]).toEqual(sheet.rows[row - 1]);
      expect(sheet.rowHeights?.[top + i - 1]).toBe(sheet.rowHeights?.[row - 1]);
    }
    const original = sheet.merges.filter((area) => area.top >= 6 && area.bottom <= 7);
    const offset = top - 6;
    for (const area of original) {
      expect(sheet.merges).toContainEqual({
        ...area,
        top: area.top + offset,
        bottom: area.bottom + offset,
      });
    }
  });

  test("on every page, each body row prints under its own block's header", () => {
    const programRow = (row: number) => /^PROGRAM /.test(textAt(sheet, row, 2) ?? "");
    const headerOf = (row: number) =>
      [indicatorHeader[0], programHeader].find((header) =>
        sheet.rows[header - 1].every((cell, c) => cell === sheet.rows[row - 1][c])
      );
    expect(printed.length).toBe(3);
    printed.forEach((page, index) => {
      // A page after the first opens with a block's header, never mid-block.
      if (index > 0) expect(headerOf(page[0])).toBeDefined();
      let header: number | undefined;
      for (const row of page) {
        header = headerOf(row) ?? header;
        if (indicatorRow(row)) expect({ row, header }).toEqual({ row, header: indicatorHeader[0] });
        if (programRow(row)) expect({ row, header }).toEqual({ row, header: programHeader });
      }
    });
  });

  test("all forty indicators once, in order, each target still pointing at its own input cell", () => {
    const rows = sheet.rows.map((_, r) => r + 1).filter(indicatorRow);
    expect(rows.map((row) => textAt(sheet, row, 3))).toEqual(
      Array.from({ length: 40 }, (_, i) => `Indikator ${i + 1}`)
    );
    rows.forEach((row, i) => {
      const target = sheet.rows[row - 1][3].content;
      expect(target).toMatchObject({ kind: "formula", formula: `='${INDICATOR_SHEET}'!D${5 + i}` });
    });
  });

  test("no merged cell runs across a page end; a sasaran's four indicators share a page", () => {
    const pageOf = (row: number) => printed.findIndex((page) => page.includes(row));
    for (const area of sheet.merges) expect(pageOf(area.top)).toBe(pageOf(area.bottom));
  });

  test("the signature's lines print on one page, and no print titles mislabel a block", () => {
    const lines = sheet.rows
      .map((_, r) => r + 1)
      .filter((row) =>
        [KEPALA_DINAS.jabatan, KEPALA_DINAS.nama].includes(textAt(sheet, row, 3) ?? "")
      );
    expect(lines).toHaveLength(2);
    const pageOf = (row: number) => printed.findIndex((page) => page.includes(row));
    expect(pageOf(lines[0])).toBe(pageOf(lines[1]));
    expect(sheet.printTitleRows).toBeUndefined();
    expect(sheet.freezeRows).toBeUndefined();
  });
});
