import {
  a1Address,
  columnLetter,
  parseA1,
  quoteSheetName,
  rowOfAddress,
  sheetCellAddress,
} from "../../src/workbook/cellAddress";

describe("cell addresses as Excel writes them", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %d is %s", (column, letters) => expect(columnLetter(column)).toBe(letters));

  test.each([
    ["C5", { row: 5, column: 3 }],
    ["$C$5", { row: 5, column: 3 }],
    ["c5", { row: 5, column: 3 }],
    ["AA10", { row: 10, column: 27 }],
    ["5C", null],
    ["C", null],
  ])("%s parses as %j", (address, expected) => expect(parseA1(address)).toEqual(expected));

  test("a1Address and parseA1 agree", () => {
    for (const [row, column] of [
      [1, 1],
      [409, 28],
      [1048576, 16384],
    ]) {
      expect(parseA1(a1Address(row, column))).toEqual({ row, column });
    }
    expect(rowOfAddress("AB12")).toBe(12);
    expect(rowOfAddress("AB")).toBeNaN();
  });

  test.each([
    ["Realisasi Anggaran 2017", "C5", "'Realisasi Anggaran 2017'!C5"],
    ["Dinas's 2017", "D12", "'Dinas''s 2017'!D12"],
    ["PK", "A1", "'PK'!A1"],
  ])("%s %s -> %s", (sheet, address, expected) => {
    expect(sheetCellAddress({ sheet, address })).toBe(expected);
    expect(quoteSheetName(sheet)).toBe(expected.slice(0, expected.lastIndexOf("!")));
  });
});
