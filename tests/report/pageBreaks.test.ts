import { blockPageBreaks, fitScale, PRINTABLE } from "../../src/report/pageBreaks";
import { renderTable } from "../../src/report/renderTable";
import { buildTabel22 } from "../../src/report/tables/tabel22";
import type { TableBlock, TableSpec } from "../../src/report/tableSpec";
import { seedContext } from "./seedModel";
import { specOf } from "./specHelpers";

function block(name: string, rows: number): TableBlock {
  return {
    columns: [
      { key: "no", header: "No", width: 5 },
      { key: "nama", header: name, width: 60 },
    ],
    rows: Array.from({ length: rows }, (_, index) => ({
      cells: {
        no: { kind: "number", value: index + 1, format: "integer" },
        nama: { kind: "text", text: `${name} ${index + 1}` },
      },
    })),
  };
}

function twoBlocks(first: number, second: number): TableSpec {
  return {
    id: "2.2",
    sheetName: "Tabel 2.2",
    titleLines: ["TABEL 2.2", "PERJANJIAN KINERJA", "DINAS", "TAHUN 2018"],
    blocks: [block("Indikator", first), block("Program", second)],
  };
}

/** The first row of the second block's header in a rendered two-block table. */
function secondHeaderRow(spec: TableSpec): number {
  const sheet = renderTable(spec, "values");
  return (
    sheet.rows.findIndex(
      (row) => row[1]?.content.kind === "text" && row[1].content.text === "Program"
    ) + 1
  );
}

describe("every printed page shows the header of the block it prints", () => {
  test("a second block that would start at the foot of a page starts the next one, its header first", () => {
    const spec = twoBlocks(20, 12);
    const sheet = renderTable(spec, "values");
    const header = secondHeaderRow(spec);
    // The page ends on the blank row before the block: the next one opens with its header.
    expect(sheet.rowBreaks).toEqual([header - 1]);
    // Opening its page, the last block repeats its own header (and row of numbers) on the next.
    expect(sheet.printTitleRows).toEqual([header, header + 1]);
  });

  test("a table that fits its page, or whose second block fits under the first, has no break", () => {
    expect(renderTable(twoBlocks(5, 12), "values").rowBreaks).toBeUndefined();
    expect(renderTable(twoBlocks(5, 12), "values").printTitleRows).toBeUndefined();
    expect(renderTable(twoBlocks(40, 0), "values").rowBreaks).toBeUndefined();
  });

  test("sample 2017 Tabel 2.2 (one indicator, nine programs) prints on one page: no break", () => {
    const sheet = renderTable(specOf(buildTabel22(seedContext(2017))), "values");
    expect(sheet.rowBreaks).toBeUndefined();
  });

  test("a block starting on a fresh page after the printer's own break needs no manual one", () => {
    // 60 rows of 15 pt: the printer breaks inside; the later block still gets room checks.
    const heights = Array<number>(60).fill(15);
    const capacity = Math.floor((PRINTABLE.height * 0.9) / 15);
    expect(
      blockPageBreaks([{ first: capacity + 1, keepWith: capacity + 4 }], heights, 60, [10])
    ).toEqual([]);
    expect(
      blockPageBreaks([{ first: capacity - 1, keepWith: capacity + 2 }], heights, 60, [10])
    ).toEqual([capacity - 2]);
  });

  test("columns wider than the page shrink the print, so more rows fit", () => {
    expect(fitScale([10, 10])).toBe(1);
    expect(fitScale([200, 100])).toBeCloseTo(PRINTABLE.width / (300 * 5.25 + 2 * 3.75));
  });
});
