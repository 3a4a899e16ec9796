import { calcError, errorDisplay, firstError, isCalcError } from "../../src/core/calcError";

describe("calcError", () => {
  test.each([
    ["DIV0", "#DIV/0!"],
    ["VALUE", "#VALUE!"],
    ["NA", "#N/A"],
    ["NUM", "#NUM!"],
  ] as const)("%s displays as %s", (type, text) => {
    expect(errorDisplay(type)).toBe(text);
  });

  test("is a plain value with a message key", () => {
    expect(calcError("DIV0", "functions.error.targetZero", { name: "target" })).toEqual({
      kind: "calcError",
      type: "DIV0",
      messageKey: "functions.error.targetZero",
      params: { name: "target" },
    });
    expect(calcError("NA", "k")).not.toHaveProperty("params");
  });

  test.each([
    [calcError("NA", "k"), true],
    [{ kind: "calcError", type: "NA", messageKey: "k" }, true],
    [{ kind: "other", type: "NA" }, false],
    [null, false],
    [0, false],
    ["#N/A", false],
    [undefined, false],
  ])("isCalcError(%p) = %p", (value, expected) => {
    expect(isCalcError(value)).toBe(expected);
  });

  test("the first error among the inputs wins", () => {
    const a = calcError("NA", "a");
    const b = calcError("DIV0", "b");
    expect(firstError(1, a, b)).toBe(a);
    expect(firstError(b, a)).toBe(b);
    expect(firstError(1, "x", null)).toBeUndefined();
  });
});
