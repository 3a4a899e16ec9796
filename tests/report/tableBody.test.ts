import { renderTable } from "../../src/report/renderTable";
import type { TableBlock, TableSpec } from "../../src/report/tableSpec";
import type { SheetSpec } from "../../src/workbook/sheetSpec";

const textAt = (sheet: SheetSpec, row: number, column: number) => {
  const content = sheet.rows[row - 1]?.[column - 1]?.content;
  return content?.kind === "text" ? content.text : undefined;
};

describe("repeated header rows leave every formula's rows where they were meant", () => {
  const amounts: TableBlock = {
    columns: [
      { key: "no", header: "No", width: 5 },
      { key: "nama", header: "Uraian", width: 40 },
      { key: "x", header: "Anggaran", width: 16 },
    ],
    rows: [
      ...Array.from({ length: 80 }, (_, i) => ({
        cells: {
          no: { kind: "number" as const, value: i + 1, format: "integer" as const },
          nama: { kind: "text" as const, text: `Baris ${i + 1}` },
          x: { kind: "number" as const, value: 1000 + i, format: "rupiah" as const },
        },
        // The first sixty rows under one merged name: a run taller than a page.
        ...(i === 0 ? { rowSpans: { nama: 60 } } : {}),
      })),
      {
        cells: {
          nama: { kind: "text", text: "JUMLAH" },
          x: {
            kind: "figure",
            formula: `=SUM(${Array.from({ length: 80 }, (_, i) => `{x@${i}}`).join(",")})`,
            value: 0,
            format: "rupiah",
          },
        },
      },
    ],
  };
  const spec: TableSpec = {
    id: "3.2",
    sheetName: "Uji",
    titleLines: ["TABEL UJI"],
    blocks: [amounts, { ...amounts, rows: amounts.rows.slice(0, 3) }],
  };
  const sheet = renderTable(spec, "formulas");

  test("JUMLAH sums exactly the eighty body rows, none of the repeated header cells", () => {
    expect(sheet.rowBreaks?.length).toBeGreaterThanOrEqual(2);
    const total = sheet.rows.find(
      (row) =>
        row[1]?.content.kind === "text" && (row[1].content as { text: string }).text === "JUMLAH"
    )!;
    const formula = (total[2].content as { formula: string }).formula;
    const summed = formula
      .slice("=SUM(".length, -1)
      .split(",")
      .map((address) => {
        const cell = sheet.rows[Number(address.slice(1)) - 1][2].content;
        return cell.kind === "number" ? cell.value : NaN;
      });
    expect(summed).toEqual(Array.from({ length: 80 }, (_, i) => 1000 + i));
  });

  test("a name merged over more than a page is merged per page and shown again under the header", () => {
    const named = sheet.merges.filter((area) => area.left === 2 && area.bottom > area.top);
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const area of named.slice(0, 2)) expect(textAt(sheet, area.top, 2)).toBe("Baris 1");
    const [first, second] = named;
    // The second piece starts right under the header repeated after the first piece's page.
    expect(sheet.rowBreaks).toContain(first.bottom);
    expect(textAt(sheet, first.bottom + 1, 2)).toBe("Uraian");
    expect(second.top).toBe(first.bottom + 3);
  });
});
