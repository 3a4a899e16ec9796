import fc from "fast-check";
import { rowHeights, textLines } from "../../src/report/textMeasure";
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

describe("a row's height is the lines its texts need, however short they are", () => {
  test("agrees with textLines for any text, width, indent and weight (fast-check)", () => {
    const character = fc.constantFrom("A", "Z", "a", "0", " ", "\n", "é", "😀", ".");
    fc.assert(
      fc.property(
        fc.array(character, { maxLength: 150, size: "max" }).map((chars) => chars.join("")),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (value, width, indent, bold) => {
          const cell: SpecCell = {
            content: { kind: "text", text: value },
            style: { bold, indent },
          };
          const widths = [width];
          const heights = rowHeights([[cell]], [], widths);
          // A text too tall for 409 pt first widens its column: the lines are counted in that width.
          const lines = textLines(value, Math.max(1, widths[0] - indent), bold ? 1.1 : 1);
          expect(heights).toEqual([lines > 1 ? Math.min(409, lines * 14 + 2) : undefined]);
        }
      ),
      { numRuns: 2000 }
    );
  });
});
