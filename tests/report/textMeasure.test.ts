import { rowHeights } from "../../src/report/textMeasure";
import type { SpecCell } from "../../src/workbook/sheetSpec";

const text = (value: string): SpecCell => ({ content: { kind: "text", text: value } });

describe("row heights stay within Excel's 409 points", () => {
  test("a short wrapped text: a few lines' height, the column kept", () => {
    const widths = [10, 40];
    const heights = rowHeights([[text("1"), text("pelayanan sosial ".repeat(5))]], [], widths);
    expect(heights[0]).toBeGreaterThan(15);
    expect(heights[0]).toBeLessThan(100);
    expect(widths).toEqual([10, 40]);
  });

  test("a long text widens its column so its row needs no more than 409 pt", () => {
    const widths = [10, 40];
    // 3 000 characters need 75 lines at 40 characters: 1 125 pt.
    const heights = rowHeights([[text("1"), text("pelayanan sosial ".repeat(176))]], [], widths);
    expect(widths[1]).toBeGreaterThan(40);
    expect(widths[1]).toBeLessThanOrEqual(255);
    expect(heights[0]).toBeLessThanOrEqual(409);
    expect(heights[0]).toBeGreaterThan(300);
  });

  test("a text too long even for 255 characters is capped at 409 pt", () => {
    const widths = [10, 40];
    const heights = rowHeights([[text("1"), text("x".repeat(20_000))]], [], widths);
    expect(widths[1]).toBe(255);
    expect(heights).toEqual([409]);
  });
});
