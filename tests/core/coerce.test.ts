import { calcError } from "../../src/core/calcError";
import { coerceArguments, coerceChoice, coerceNumber } from "../../src/core/coerce";

const na = (name: string) => calcError("NA", "functions.error.empty", { name });
const notNumber = (name: string, text: string) =>
  calcError("VALUE", "functions.error.notNumber", { name, text });

describe("coerceNumber", () => {
  test.each<[unknown, unknown]>([
    [0.6, 0.6],
    [-3, -3],
    ["60%", 0.6],
    ["Rp 1.283.419.000", 1283419000],
    [" 99,57 ", 99.57],
    [[[42]], 42],
    [[["94,19%"]], 0.9419],
    [null, na("x")],
    [undefined, na("x")],
    ["", na("x")],
    ["   ", na("x")],
    [[[null]], na("x")],
    [[[""]], na("x")],
    ["abc", notNumber("x", "abc")],
    [" Sangat Baik ", notNumber("x", "Sangat Baik")],
    [true, notNumber("x", "true")],
    [false, notNumber("x", "false")],
    [[[1, 2]], notNumber("x", "1,2")],
    [NaN, calcError("NUM", "functions.error.notFinite", { name: "x" })],
    [Infinity, calcError("NUM", "functions.error.notFinite", { name: "x" })],
    [calcError("DIV0", "k"), calcError("DIV0", "k")],
  ])("%p -> %p", (value, expected) => {
    expect(coerceNumber(value, "x")).toEqual(expected);
  });
});

describe("coerceChoice", () => {
  const rule = { name: "arah", choices: ["naik", "turun", "turun_rasio"], defaultValue: "naik" };
  test.each<[unknown, unknown]>([
    ["naik", "naik"],
    ["TURUN", "turun"],
    [" Turun ", "turun"],
    ["turun rasio", "turun_rasio"],
    ["turun-rasio", "turun_rasio"],
    [null, "naik"],
    [undefined, "naik"],
    ["", "naik"],
    [
      "up",
      calcError("VALUE", "functions.error.unknownChoice", {
        name: "arah",
        text: "up",
        choices: "naik, turun, turun_rasio",
      }),
    ],
    [
      1,
      calcError("VALUE", "functions.error.unknownChoice", {
        name: "arah",
        text: "1",
        choices: "naik, turun, turun_rasio",
      }),
    ],
  ])("%p -> %p", (value, expected) => {
    expect(coerceChoice(value, rule)).toEqual(expected);
  });
});

describe("coerceArguments", () => {
  const rules = [
    { kind: "number", name: "a" },
    { kind: "number", name: "b" },
    { kind: "choice", name: "c", choices: ["x", "y"], defaultValue: "x" },
  ] as const;
  test("coerces every argument by its rule", () => {
    expect(coerceArguments(rules, ["1.000", 2, undefined])).toEqual([1000, 2, "x"]);
  });
  test("the first error, in argument order, wins", () => {
    expect(coerceArguments(rules, [null, "abc", "z"])).toEqual(na("a"));
    expect(coerceArguments(rules, [1, "abc", "z"])).toEqual(notNumber("b", "abc"));
    expect(coerceArguments(rules, [1, 2, "z"])).toMatchObject({ type: "VALUE" });
  });
});

test("a cell handed over as a CellValue object counts by its basic value", () => {
  expect(coerceNumber({ type: "Double", basicValue: 0.6 }, "x")).toBe(0.6);
  expect(coerceNumber({ type: "String", basicValue: "60%" }, "x")).toBe(0.6);
  expect(coerceNumber({ type: "Empty", basicValue: "" }, "x")).toEqual(na("x"));
});
