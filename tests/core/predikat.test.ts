import { calcError, CalcError } from "../../src/core/calcError";
import type { CalcInput } from "../../src/core/coerce";
import {
  customScale,
  predikat,
  predikatExcelFormula,
  PredicateScale,
  resolveScale,
  scaleByName,
  SCALES,
} from "../../src/core/predikat";

const label = (x: string | CalcError) => (typeof x === "string" ? x : x.type);

describe("PREDIKAT, seed scale (LKJIP)", () => {
  test.each<[CalcInput, string]>([
    [89.63 / 80, "Sangat Baik"], // seed 2018: 112,04%
    [99.57 / 60, "Sangat Baik"],
    [1.1204, "Sangat Baik"],
    ["112,04%", "Sangat Baik"],
    [1, "Sangat Baik"],
    [0.8901, "Sangat Baik"],
    [0.89, "Baik"], // > 89% is strict
    [0.8899, "Baik"],
    [0.85, "Baik"], // the seed's 80–89% gap, closed
    [0.8, "Baik"],
    [0.6, "Baik"], // 60% belongs to Baik only
    [0.1 * 6, "Baik"], // 0.6000000000000001 and 0.6 are the same at 15 digits
    [0.5999, "Cukup"],
    [0.4, "Cukup"],
    [0.3999, "Kurang"],
    [0.2, "Kurang"],
    [0.1999, "Sangat Kurang"],
    [0, "Sangat Kurang"],
    [-0.5, "Sangat Kurang"],
    [null, "NA"],
    ["", "NA"],
    ["baik", "VALUE"],
    [calcError("DIV0", "k"), "DIV0"],
  ])("PREDIKAT(%p) = %p", (nilai, expected) => {
    expect(label(predikat(nilai))).toBe(expected);
  });
});

describe("PREDIKAT, Permendagri 86/2017", () => {
  test.each<[CalcInput, string]>([
    [1.2, "Sangat Tinggi"],
    [0.91, "Sangat Tinggi"],
    [0.9099, "Tinggi"],
    [0.905, "Tinggi"],
    [0.76, "Tinggi"],
    [0.7599, "Sedang"],
    [0.66, "Sedang"],
    [0.65, "Rendah"],
    [0.51, "Rendah"],
    [0.5, "Sangat Rendah"],
    [-1, "Sangat Rendah"],
  ])("PREDIKAT(%p; PERMENDAGRI86) = %p", (nilai, expected) => {
    expect(label(predikat(nilai, SCALES.PERMENDAGRI86))).toBe(expected);
  });
});

describe("PREDIKAT, AKIP score (points out of 100; a value up to 1 is a percentage)", () => {
  test.each<[CalcInput, string]>([
    [95, "AA"],
    [90.01, "AA"],
    [90, "A"], // every bound strict
    [85, "A"],
    [80, "BB"],
    [72.45, "BB"],
    [70, "B"],
    [60, "CC"],
    [50, "C"],
    [30.5, "C"],
    [30, "D"],
    [0, "D"],
    [0.85, "A"],
    ["85%", "A"],
    ["85", "A"],
    ["72,45", "BB"],
    [0.9, "A"],
    [1, "AA"],
    [100, "AA"],
  ])("PREDIKAT(%p; AKIP) = %p", (nilai, expected) => {
    expect(label(predikat(nilai, SCALES.AKIP))).toBe(expected);
  });
});

describe("scales by name", () => {
  test.each<[string, string]>([
    ["LKJIP", "LKJIP"],
    ["lkjip", "LKJIP"],
    [" Permendagri 86 ", "PERMENDAGRI86"],
    ["permendagri_86", "PERMENDAGRI86"],
    ["akip", "AKIP"],
    ["SAKIP", "VALUE"],
    ["", "VALUE"],
  ])("%p -> %p", (name, expected) => {
    const scale = scaleByName(name);
    expect("kind" in scale ? scale.type : scale.name).toBe(expected);
  });
});

describe("customScale from a two-column range", () => {
  const seedLike: unknown[][] = [
    ["Batas bawah", "Predikat"],
    [">89%", "Sangat Baik"],
    ["60%", "Baik"],
    [0.4, "Cukup"],
    ["≥ 20%", "Kurang"],
    [null, "Sangat Kurang"],
  ];

  test("reads bounds as numbers or text, skips the header, sorts highest first", () => {
    expect(customScale([seedLike[0], ...seedLike.slice(1).reverse()])).toMatchObject({
      bands: [
        { min: 0.89, inclusive: false, label: "Sangat Baik" },
        { min: 0.6, inclusive: true, label: "Baik" },
        { min: 0.4, inclusive: true, label: "Cukup" },
        { min: 0.2, inclusive: true, label: "Kurang" },
      ],
      below: "Sangat Kurang",
    });
  });

  test.each<[CalcInput, string]>([
    [0.89, "Baik"],
    [0.9, "Sangat Baik"],
    [0.6, "Baik"],
    [0.2, "Kurang"],
    [0.1, "Sangat Kurang"],
  ])("the same labels as the built-in scale: %p -> %p", (nilai, expected) => {
    const scale = customScale(seedLike) as PredicateScale;
    expect(label(predikat(nilai, scale))).toBe(expected);
    expect(label(predikat(nilai, SCALES.LKJIP))).toBe(expected);
  });

  test("bounds in points compare with values in points", () => {
    const scale = customScale([
      [90, "Memuaskan"],
      [70, "Cukup"],
      ["", ""],
    ]);
    expect(scale).toMatchObject({ below: null });
    expect(label(predikat(95, scale as PredicateScale))).toBe("Memuaskan");
    expect(label(predikat(70, scale as PredicateScale))).toBe("Cukup");
    expect(predikat(50, scale as PredicateScale)).toEqual(
      calcError("NA", "functions.error.belowScale", { value: 50 })
    );
  });

  test.each<[string, unknown[][], string]>([
    ["no bound at all", [["Batas", "Label"]], "functions.error.scaleEmpty"],
    ["empty range", [], "functions.error.scaleEmpty"],
    ["a bound without label", [[0.5, ""]], "functions.error.scaleRow"],
    [
      "text bound past the header",
      [
        [0.5, "A"],
        ["abc", "B"],
      ],
      "functions.error.scaleRow",
    ],
    [
      "two open rows",
      [
        [0.5, "A"],
        [null, "B"],
        [null, "C"],
      ],
      "functions.error.scaleRow",
    ],
    [
      "the same bound twice",
      [
        ["50%", "A"],
        [0.5, "B"],
      ],
      "functions.error.scaleDuplicate",
    ],
    ["a boolean bound", [[true, "A"]], "functions.error.scaleRow"],
  ])("%s is #VALUE!", (_what, rows, key) => {
    expect(customScale(rows)).toMatchObject({ type: "VALUE", messageKey: key });
  });

  test("a strict and an inclusive bound at the same value are two bands", () => {
    const scale = customScale([
      [">1", "Melampaui"],
      [1, "Tercapai"],
      [null, "Belum"],
    ]) as PredicateScale;
    expect([1.01, 1, 0.99].map((v) => predikat(v, scale))).toEqual([
      "Melampaui",
      "Tercapai",
      "Belum",
    ]);
  });
});

describe("predikatExcelFormula", () => {
  test("the seed scale as nested IFs", () => {
    expect(predikatExcelFormula("F5")).toBe(
      'IF(ISBLANK(F5),NA(),IF(F5>0.89,"Sangat Baik",IF(F5>=0.6,"Baik",IF(F5>=0.4,"Cukup",' +
        'IF(F5>=0.2,"Kurang","Sangat Kurang")))))'
    );
  });
  test("AKIP reads points above 1", () => {
    expect(predikatExcelFormula("B2", SCALES.AKIP)).toContain('IF(IF(B2>1,B2/100,B2)>0.9,"AA",');
    expect(predikatExcelFormula("B2", SCALES.AKIP)).toMatch(/,"D"\)+$/);
  });
  test("quotes in labels are doubled; no open band gives NA()", () => {
    expect(
      predikatExcelFormula("A1", {
        name: "x",
        bands: [{ min: 1, inclusive: true, label: 'Sangat "OK"' }],
        below: null,
      })
    ).toBe('IF(ISBLANK(A1),NA(),IF(A1>=1,"Sangat ""OK""",NA()))');
  });
});

describe("resolveScale: the skala argument as Excel hands it over", () => {
  test.each<[unknown, string]>([
    [undefined, "LKJIP"],
    [null, "LKJIP"],
    ["", "LKJIP"],
    [[[null]], "LKJIP"],
    [[[""]], "LKJIP"],
    ["akip", "AKIP"],
    [[["PERMENDAGRI86"]], "PERMENDAGRI86"],
    [
      [
        [0.5, "Lulus"],
        [null, "Tidak"],
      ],
      "custom",
    ],
    [SCALES.AKIP, "AKIP"],
    [[["Skala saya"]], "VALUE"],
    [42, "VALUE"],
    [calcError("NA", "k"), "NA"],
  ])("%j -> %s", (skala, expected) => {
    const scale = resolveScale(skala);
    expect("kind" in scale ? scale.type : scale.name).toBe(expected);
  });

  test("the value's error wins over the scale's", () => {
    expect(predikat(null, resolveScale("nope"))).toMatchObject({ type: "NA" });
    expect(predikat(0.5, resolveScale("nope"))).toMatchObject({ type: "VALUE" });
  });
});
