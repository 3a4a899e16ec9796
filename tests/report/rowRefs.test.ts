import { bodyRowRef, resolveRowRefs } from "../../src/report/rowRefs";

/** Body row n on sheet row top + n (no header rows repeated in between). */
const from = (top: number) => (bodyRow: number) => top + bodyRow;

describe("resolveRowRefs", () => {
  const columns = new Map([
    ["pagu", 3],
    ["realisasi", 4],
    ["kolomAA", 27],
  ]);

  test("{key} is the cell of the same row, {key@n} that of body row n", () => {
    expect(resolveRowRefs('=IFERROR({realisasi}/{pagu},"")', 12, columns, from(8))).toBe(
      '=IFERROR(D12/C12,"")'
    );
    expect(
      resolveRowRefs(
        `=SUM(${bodyRowRef("pagu", 0)},${bodyRowRef("pagu", 3)})`,
        20,
        columns,
        from(8)
      )
    ).toBe("=SUM(C8,C11)");
    expect(resolveRowRefs("={kolomAA}", 5, columns)).toBe("=AA5");
  });

  test("quoted text, unknown keys and malformed references are left as they are", () => {
    expect(resolveRowRefs("='Data {pagu}'!C5+{pagu}", 9, columns)).toBe("='Data {pagu}'!C5+C9");
    expect(resolveRowRefs('=IF({pagu}>0,"{realisasi}","")', 9, columns)).toBe(
      '=IF(C9>0,"{realisasi}","")'
    );
    expect(resolveRowRefs("={nama}+{pagu@x}+{pagu", 9, columns)).toBe("={nama}+{pagu@x}+{pagu");
    expect(resolveRowRefs("=A1+B2", 9, columns)).toBe("=A1+B2");
  });

  test("the same formula on many rows and in other blocks resolves for each", () => {
    const formula = "={realisasi}/{pagu}";
    for (let row = 1; row <= 50; row++)
      expect(resolveRowRefs(formula, row, columns)).toBe(`=D${row}/C${row}`);
    const other = new Map([
      ["pagu", 1],
      ["realisasi", 2],
    ]);
    expect(resolveRowRefs(formula, 7, other)).toBe("=B7/A7");
    expect(resolveRowRefs(`={pagu@-1}`, 7, other, from(5))).toBe("=A4");
  });
});
