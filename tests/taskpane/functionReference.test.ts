import {
  capaian,
  efisiensi,
  formatPercent,
  isCalcError,
  kemajuan,
  predikat,
  resolveScale,
  serapan,
} from "../../src/core";
import { displayFormula, FUNCTION_REFERENCE } from "../../src/taskpane/functionReference";
import { hasMessage } from "../../src/i18n/catalogue";

/** Arguments of an example formula as Excel reads them: 89.63% -> 0.8963, "turun" -> text. */
function parseArguments(formula: string): (number | string)[] {
  const inner = /^=LKJIP\.[A-Z]+\((.*)\)$/.exec(formula)![1];
  return inner.split(",").map((arg) => {
    if (arg.startsWith('"')) return arg.slice(1, -1);
    return arg.endsWith("%") ? Number(arg.slice(0, -1)) / 100 : Number(arg);
  });
}

const CORE: Record<string, (...args: (number | string)[]) => unknown> = {
  CAPAIAN: (r, t, arah) => capaian(r, t, arah ?? "naik"),
  EFISIENSI: (c, s) => efisiensi(c, s),
  PREDIKAT: (nilai, skala) =>
    predikat(nilai, skala === undefined ? undefined : resolveScale(skala)),
  SERAPAN: (r, p) => serapan(r, p),
  KEMAJUAN: (r, t) => kemajuan(r, t),
};

const examples = FUNCTION_REFERENCE.flatMap((entry) =>
  entry.examples.map((example) => [entry.name, example.formula, example] as const)
);

describe("function reference: every example shows what the core computes", () => {
  it.each(examples)("%s: %s", (name, _formula, example) => {
    const result = CORE[name](...parseArguments(example.formula));
    expect(isCalcError(result)).toBe(false);
    for (const language of ["id", "en"] as const) {
      const shown = typeof result === "number" ? formatPercent(result, 2, language) : result;
      expect(shown).toBe(example.result[language]);
    }
  });

  it("every function has a description in the catalogue", () => {
    for (const entry of FUNCTION_REFERENCE) expect(hasMessage(entry.descriptionKey)).toBe(true);
    expect(FUNCTION_REFERENCE.map((entry) => entry.name)).toEqual([
      "CAPAIAN",
      "EFISIENSI",
      "PREDIKAT",
      "SERAPAN",
      "KEMAJUAN",
    ]);
  });
});

describe("displayFormula: as the user's Excel writes it", () => {
  it.each([
    ["=LKJIP.CAPAIAN(89.63%,80%)", "id", "=LKJIP.CAPAIAN(89,63%; 80%)"],
    ["=LKJIP.CAPAIAN(89.63%,80%)", "en", "=LKJIP.CAPAIAN(89.63%, 80%)"],
    ['=LKJIP.CAPAIAN(8,10,"turun")', "id", '=LKJIP.CAPAIAN(8; 10; "turun")'],
    ['=LKJIP.PREDIKAT(78%,"a,b.1")', "id", '=LKJIP.PREDIKAT(78%; "a,b.1")'],
    ["=LKJIP.SERAPAN(3307232516,4002524072)", "id", "=LKJIP.SERAPAN(3307232516; 4002524072)"],
    ["=LKJIP.EFISIENSI(165.95%,82.63%)", "en", "=LKJIP.EFISIENSI(165.95%, 82.63%)"],
  ] as const)("%s in %s -> %s", (formula, language, shown) => {
    expect(displayFormula(formula, language)).toBe(shown);
  });
});
