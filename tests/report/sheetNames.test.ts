import { planSheetNames } from "../../src/report/sheetNames";

const user = (name: string) => ({ name, generated: false });
const ours = (name: string) => ({ name, generated: true });

describe("planSheetNames: a user's sheet is never touched", () => {
  test.each([
    // wanted, existing sheets, -> sheet, replace, renamed
    ["Tabel 3.1.6", [], "Tabel 3.1.6", [], false],
    ["Tabel 3.1.6", [ours("Tabel 3.1.6")], "Tabel 3.1.6", ["Tabel 3.1.6"], false],
    ["Tabel 3.1.6", [user("Tabel 3.1.6")], "Tabel 3.1.6 (2)", [], true],
    ["Tabel 3.1.6", [user("tabel 3.1.6")], "Tabel 3.1.6 (2)", [], true],
    [
      "Tabel 3.1.6",
      [user("Tabel 3.1.6"), ours("Tabel 3.1.6 (2)")],
      "Tabel 3.1.6 (2)",
      ["Tabel 3.1.6 (2)"],
      true,
    ],
    ["Tabel 3.1.6", [user("Tabel 3.1.6"), user("Tabel 3.1.6 (2)")], "Tabel 3.1.6 (3)", [], true],
    // 31 characters at most: the name is shortened to make room for the suffix.
    ["A".repeat(31), [user("A".repeat(31))], `${"A".repeat(27)} (2)`, [], true],
    [
      "Lampiran Pengukuran Kinerja",
      [user("Lampiran Pengukuran Kinerja")],
      "Lampiran Pengukuran Kinerja (2)",
      [],
      true,
    ],
  ] as const)("%s among %j -> %s", (wanted, existing, sheet, replace, renamed) => {
    const plan = planSheetNames([wanted], [...existing]);
    expect(plan.assignments).toEqual([{ wanted, sheet }]);
    expect(plan.replace).toEqual(replace);
    expect(plan.renamed).toEqual(renamed ? [{ wanted, sheet }] : []);
    expect(sheet.length).toBeLessThanOrEqual(31);
  });

  test("two wanted names never get the same sheet", () => {
    const plan = planSheetNames(["Ringkasan", "ringkasan"], []);
    expect(plan.assignments.map((entry) => entry.sheet)).toEqual(["Ringkasan", "ringkasan (2)"]);
  });
});
