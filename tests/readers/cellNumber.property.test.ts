import fc from "fast-check";
import { hasMessage } from "../../src/i18n/catalogue";
import { cellToNumber, readSourcedNumber } from "../../src/readers/cellNumber";
import { readWorkbook } from "../../src/readers/readWorkbook";
import { SheetView, singleSpaced } from "../../src/readers/sheetView";
import type { Finding } from "../../src/model/finding";
import { gridFromRange, type GridValue, type SheetGrid } from "../../src/workbook/grid";

/** 1283419000 -> "1.283.419.000", the Indonesian grouping. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const amount = fc.integer({ min: 0, max: 999_999_999_999 });

describe("the reader's cell-to-number step (fast-check)", () => {
  test("singleSpaced is replace(/\\s+/g, ' ').trim() on any text", () => {
    const spaces = [
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\ufeff",
      "\u2028",
    ];
    const piece = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...spaces));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        return singleSpaced(text) === text.replace(/\s+/g, " ").trim();
      }),
      { numRuns: 20_000 }
    );
  });

  test("Rupiah amounts typed the Indonesian way read back exactly", () => {
    const spellings = [
      (n: number) => `Rp ${grouped(n)}`,
      (n: number) => `Rp. ${grouped(n)},-`,
      (n: number) => `Rp${grouped(n)}`,
      (n: number) => ` ${grouped(n)} `,
      (n: number) => String(n),
    ];
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: spellings.length - 1 }), (n, style) => {
        expect(cellToNumber(spellings[style](n))).toEqual({
          kind: "number",
          value: n,
          percent: false,
          decimals: 0,
        });
      })
    );
  });

  test("percentages with two decimals ('99,57%', '60 %') are fractions, exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.boolean(), (hundredths, spaced) => {
        const text = `${grouped(Math.floor(hundredths / 100))},${String(hundredths % 100).padStart(2, "0")}${spaced ? " %" : "%"}`;
        const read = cellToNumber(text);
        expect(read).toEqual({
          kind: "number",
          value: hundredths / 10000,
          percent: true,
          decimals: 2,
        });
      })
    );
  });

  test("native numbers keep their value; a % format marks them as fractions", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom("General", "0.00%", '"Rp "#,##0', "#,##0.00", '0.0"%"'),
        (value, format) => {
          const read = cellToNumber(value, format);
          expect(read).toMatchObject({ kind: "number", value, percent: format === "0.00%" });
        }
      )
    );
  });

  test("garbage text is a finding at its cell, never an exception", () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        const text = `x${tail}`;
        const grid = gridFromRange("S", { origin: { row: 1, col: 1 }, values: [[text]] }, []);
        const findings: Finding[] = [];
        const read = readSourcedNumber(new SheetView(grid), 1, 1, findings);
        expect(read.value).toBeNull();
        expect(findings).toEqual([
          {
            severity: "error",
            code: "finding.notANumber",
            ref: { sheet: "S", address: "A1" },
            params: { text: text.replace(/\s+/g, " ").trim() },
          },
        ]);
      })
    );
  });
});

const gridValue: fc.Arbitrary<GridValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.constantFrom(
    "Program",
    "Kegiatan",
    "Pagu",
    "Realisasi",
    "%",
    "No",
    "Indikator Kinerja",
    "Sasaran",
    "Target 2018",
    "Realisasi Tahun 2017",
    "PROGRAM X",
    "Rp 1.000",
    "JUMLAH",
    "1.06.01",
    "I"
  ),
  fc.constant({ error: "#REF!" })
);

const sheetGrid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom("Realisasi Anggaran 2017", "Indikator", "Matriks Renstra", "Sheet1"),
    origin: fc.record({ row: fc.integer({ min: 1, max: 4 }), col: fc.integer({ min: 1, max: 3 }) }),
    values: fc.array(fc.array(gridValue, { maxLength: 7 }), { maxLength: 14 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: 1, max: 8 }),
        left: fc.integer({ min: 1, max: 5 }),
        h: fc.nat(2),
        w: fc.nat(2),
      }),
      { maxLength: 3 }
    ),
  })
  .map(({ name, origin, values, merges }) =>
    gridFromRange(
      name,
      {
        origin,
        values,
        numberFormats: values.map((row) => row.map(() => "General")),
        bold: values.map((row) => row.map((_v, c) => c % 2 === 0)),
      },
      merges.map((m) => ({
        top: m.top,
        left: m.left,
        bottom: m.top + m.h,
        right: m.left + m.w,
      }))
    )
  );

describe("readWorkbook on arbitrary grids", () => {
  test("never throws, never falls back to its safety net, and every finding has a message", () => {
    fc.assert(
      fc.property(
        fc.array(sheetGrid, { maxLength: 3 }),
        fc.option(fc.integer({ min: 2015, max: 2025 }), { nil: undefined }),
        (grids, tahun) => {
          const model = readWorkbook(grids, { tahun });
          expect(model.findings.map((f) => f.code)).not.toContain("finding.readerFailed");
          for (const finding of model.findings) expect(hasMessage(finding.code)).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });
});
