import {
  fingerprintGrid,
  fingerprintSpec,
  legacyGeneratedSheets,
  markConstant,
  markHolds,
  newGenerationId,
  parseMark,
  type LegacyCandidate,
  type SheetMark,
} from "../../src/workbook/generatedMarker";
import { gridFromRange, type GridValue, type SheetGrid } from "../../src/workbook/grid";
import type { SheetSpec } from "../../src/workbook/sheetSpec";

const mark: SheetMark = {
  generation: "mx2abc",
  fingerprint: "0123456789abcdef",
  name: "Tabel 3.1.1",
};

describe("the mark", () => {
  test('round-trips through the constant, as stored (`"…"`) and as Office.js gives it (`="…"`)', () => {
    const constant = markConstant(mark);
    expect(constant).toBe('"lkjip/1;g=mx2abc;f=0123456789abcdef;n=Tabel 3.1.1"');
    expect(parseMark(constant)).toEqual(mark);
    expect(parseMark(`=${constant}`)).toEqual(mark);
  });

  test("a sheet name with quotes and semicolons survives", () => {
    const odd = { ...mark, name: `Dinas "Sosial"; 2017's` };
    expect(parseMark(`=${markConstant(odd)}`)).toEqual(odd);
  });

  test("stays within Excel's 255 characters for a text constant, for any 31-character name", () => {
    const longest = { ...mark, generation: newGenerationId(), name: '"'.repeat(31) };
    expect(markConstant(longest).length).toBeLessThanOrEqual(255);
  });

  test.each([
    [undefined],
    ["=Sheet1!$A$1"],
    ['="something of the user\'s"'],
    ['="lkjip/2;g=a;f=b;n=c"'],
    ['="lkjip/1;g=a;f=b;n="'],
    ["=1"],
  ])("%s is not a mark", (formula) => {
    expect(parseMark(formula)).toBeNull();
  });

  test("holds only on the sheet it names (a renamed or copied sheet is the user's)", () => {
    expect(markHolds(mark, "tabel 3.1.1")).toBe(true);
    expect(markHolds(mark, "Tabel 3.1.1 (2)")).toBe(false);
    expect(markHolds(null, "Tabel 3.1.1")).toBe(false);
  });
});

describe("the fingerprint", () => {
  test("stays what earlier versions wrote, so marks in saved workbooks keep matching", () => {
    // Digests computed by the version that hashed "row,col" + token + U+0000 as built strings.
    const saved: SheetSpec = {
      name: "x",
      merges: [],
      columnWidths: [],
      rows: [
        [
          { content: { kind: "text", text: "Sasaran — 1" } },
          { content: { kind: "number", value: 12.5 } },
          { content: { kind: "empty" } },
        ],
        [],
        [
          { content: { kind: "formula", formula: "=SUM(B1:B2)", cached: 3 } },
          { content: { kind: "formula", formula: "= NA() ", cached: null } },
          { content: { kind: "error", error: "#DIV/0!" } },
          { content: { kind: "text", text: "" } },
        ],
      ],
    };
    expect(fingerprintSpec(saved)).toBe("5b8e0a4834ed7165");
    const read: SheetGrid = {
      name: "x",
      merges: [],
      cells: [
        { row: 3, col: 1, value: 3, formula: "SUM(B1:B2)" },
        { row: 1, col: 2, value: 12.5 },
        { row: 1, col: 1, value: "Sasaran — 1" },
        { row: 3, col: 2, value: { error: "#N/A" }, formula: "NA()" },
        { row: 3, col: 3, value: { error: "#DIV/0!" } },
        { row: 4, col: 1, value: true },
        { row: 4, col: 2, value: "" },
      ].map((cell) => ({ formula: null, format: "General", bold: false, ...cell })),
    };
    expect(fingerprintGrid(read)).toBe("42a1b608a04c2429");
    // Rows and columns of several digits, up to Excel's last cell.
    const far: SheetGrid = {
      name: "x",
      merges: [],
      cells: [
        [10, 10],
        [100, 27],
        [1048576, 16384],
        [99, 1000],
        [12345, 3],
      ].map(([row, col], i) => ({
        row,
        col,
        value: i * 1.5,
        formula: null,
        format: "General",
        bold: false,
      })),
    };
    expect(fingerprintGrid(far)).toBe("d7867a9db60d8183");
  });

  const spec: SheetSpec = {
    name: "Tabel 3.1.1",
    rows: [
      [{ content: { kind: "text", text: "No" } }, { content: { kind: "empty" } }],
      [],
      [
        { content: { kind: "number", value: 1 } },
        { content: { kind: "formula", formula: "=E8/D8", cached: 1.12 } },
        { content: { kind: "error", error: "#N/A" } },
        { content: { kind: "text", text: "" } },
      ],
    ],
    merges: [],
    columnWidths: [],
  };
  const grid = (changes: (values: GridValue[][], formulas: (string | null)[][]) => void) => {
    const values: GridValue[][] = [
      ["No", null, null],
      [null, null, null],
      [1, 99, null], // the formula's value may be anything: the user changed an input
    ];
    const formulas: (string | null)[][] = [
      [null, null, null],
      [null, null, null],
      [null, "=E8/D8", "=NA()"], // the Office writer writes #N/A as =NA()
    ];
    changes(values, formulas);
    return gridFromRange("Tabel 3.1.1", { origin: { row: 1, col: 1 }, values, formulas }, []);
  };

  test("of a sheet read back unchanged equals the written spec's, whatever the formulas now show", () => {
    expect(fingerprintGrid(grid(() => undefined))).toBe(fingerprintSpec(spec));
  });

  test.each([
    ["a note typed in an empty cell", (values: GridValue[][]) => (values[1][0] = "catatan")],
    ["a changed constant", (values: GridValue[][]) => (values[2][0] = 2)],
    ["a number typed as text", (values: GridValue[][]) => (values[2][0] = "1")],
    [
      "a formula replaced by its value",
      (values: GridValue[][], formulas: (string | null)[][]) => {
        formulas[2][1] = null;
        values[2][1] = 1.12;
      },
    ],
    [
      "a cell moved",
      (values: GridValue[][]) => {
        values[0][0] = null;
        values[0][1] = "No";
      },
    ],
  ])("differs after %s", (_label, change) => {
    expect(fingerprintGrid(grid(change))).not.toBe(fingerprintSpec(spec));
  });

  test("addresses cells by worksheet position, wherever the used range starts", () => {
    const at = (row: number) =>
      gridFromRange(
        "Tabel 3.1.1",
        { origin: { row, col: 1 }, values: [[1, 5, null]], formulas: [[null, "=E8/D8", "=NA()"]] },
        []
      );
    expect(fingerprintGrid(at(3))).toBe(fingerprintSpec({ ...spec, rows: [[], [], spec.rows[2]] }));
    expect(fingerprintGrid(at(4))).not.toBe(fingerprintGrid(at(3)));
  });
});

describe("the legacy marker sheet", () => {
  const sheets: LegacyCandidate[] = [
    { name: "Data", visibility: "visible" },
    { name: "Tabel 3.1.1", visibility: "visible" },
    { name: "Ringkasan", visibility: "visible" },
    { name: "_lkjip", visibility: "veryHidden" },
  ];
  const ours = (name: string) => ["Ringkasan", "Tabel 3.1.1", "Tabel 3.1.2"].includes(name);
  const rows = (values: GridValue[][]): SheetGrid =>
    gridFromRange("_lkjip", { origin: { row: 1, col: 1 }, values }, []);
  const column = (...names: string[]): SheetGrid => rows(names.map((name) => [name]));

  test("provably ours: very hidden, names in column A, each an existing sheet of ours", () => {
    expect(
      legacyGeneratedSheets(sheets[3], column("Ringkasan", "tabel 3.1.1"), sheets, ours)
    ).toEqual(["Ringkasan", "Tabel 3.1.1"]);
  });

  test.each([
    ["visible", { name: "_lkjip", visibility: "visible" }, column("Tabel 3.1.1")],
    ["named _LKJIP", { name: "_LKJIP", visibility: "veryHidden" }, column("Tabel 3.1.1")],
    ["listing a user's sheet", sheets[3], column("Data")],
    ["listing a missing sheet", sheets[3], column("Tabel 3.1.2")],
    ["with more than column A", sheets[3], rows([["Tabel 3.1.1", "x"]])],
    ["holding a number", sheets[3], rows([[5]])],
  ] as [string, LegacyCandidate, SheetGrid][])("not ours when %s", (_label, marker, grid) => {
    expect(legacyGeneratedSheets(marker, grid, sheets, ours)).toBeNull();
  });
});
