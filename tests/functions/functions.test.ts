import {
  capaianFunction,
  efisiensiFunction,
  kemajuanFunction,
  predikatFunction,
  serapanFunction,
} from "../../src/functions/functions";
import { displayLanguage } from "../../src/functions/excelResult";

/** The wrappers in-process, with the globals Excel's runtime provides faked. */
class FakeError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}
const globals = globalThis as Record<string, unknown>;

beforeAll(() => {
  globals.CustomFunctions = {
    Error: FakeError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  };
});
afterEach(() => {
  delete globals.Office;
});
afterAll(() => {
  delete globals.CustomFunctions;
});

function shows(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof FakeError)) return error;
    // Excel shows no message with #DIV/0! or #NUM!: the function must not pass one.
    return error.message === "" ? error.code : `${error.code} ${error.message}`;
  }
}

test.each<[string, () => unknown, unknown]>([
  ["CAPAIAN", () => capaianFunction(89.63, 80), 89.63 / 80],
  ["CAPAIAN turun", () => capaianFunction("8", "10", "Turun"), 1.2],
  ["EFISIENSI", () => efisiensiFunction("165,95%", "82,63%"), 0.8263 / 1.6595],
  ["PREDIKAT", () => predikatFunction(1.1204), "Sangat Baik"],
  ["PREDIKAT empty skala", () => predikatFunction(0.5, [[null]]), "Cukup"],
  ["PREDIKAT AKIP", () => predikatFunction("72,45", [["AKIP"]]), "BB"],
  ["SERAPAN", () => serapanFunction("Rp 3.307.232.516", 4002524072), 3307232516 / 4002524072],
  ["KEMAJUAN", () => kemajuanFunction(99.57, 85), 99.57 / 85],
  // Lower is better: 15 against an end-of-Renstra target of 10 is (2*10-15)/10, not 150%.
  ["KEMAJUAN turun", () => kemajuanFunction(15, "10", "Turun"), 0.5],
  ["KEMAJUAN turun_rasio", () => kemajuanFunction(15, 10, "turun_rasio"), 10 / 15],
  [
    "a number as a CellValue object",
    () => kemajuanFunction({ type: "Double", basicValue: 99.57 }, 85),
    99.57 / 85,
  ],
  ["#DIV/0!", () => serapanFunction(1, 0), "#DIV/0!"],
  ["#N/A", () => kemajuanFunction(undefined, 85), "#N/A realisasi is empty: not yet filled."],
  ["#NUM!", () => capaianFunction(Infinity, 85), "#NUM!"],
])("%s", (_what, fn, expected) => {
  expect(shows(fn)).toBe(expected);
});

test.each<[unknown, "id" | "en"]>([
  [{ context: { displayLanguage: "id-ID" } }, "id"],
  [{ context: { displayLanguage: "in" } }, "en"],
  [{ context: { displayLanguage: "en-US" } }, "en"],
  [{ context: {} }, "en"],
  [{}, "en"],
  [undefined, "en"],
])("display language of Office %j is %s", (office, language) => {
  if (office !== undefined) globals.Office = office;
  expect(displayLanguage()).toBe(language);
});

test("messages follow Office's display language", () => {
  globals.Office = { context: { displayLanguage: "id-ID" } };
  expect(shows(() => kemajuanFunction(undefined, 85))).toMatch(/^#N\/A realisasi .*kosong/);
});
