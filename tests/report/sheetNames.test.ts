import { freeSheetName, planSheets } from "../../src/report/sheetNames";
import type { SheetInfo } from "../../src/workbook/workbookPort";

const user = (name: string, visibility: SheetInfo["visibility"] = "visible"): SheetInfo => ({
  name,
  visibility,
  mark: null,
  generated: false,
});
/** A generated sheet; `edited` makes its content differ from the fingerprint in its mark. */
const ours = (name: string, { edited = false } = {}): SheetInfo & { now: string } => ({
  name,
  visibility: "visible",
  mark: { generation: "g1", fingerprint: `fp-${name}`, name },
  generated: true,
  now: edited ? "something else" : `fp-${name}`,
});

function plan(wanted: string[], existing: (SheetInfo & { now?: string })[]) {
  const current = new Map(
    existing.filter((sheet) => sheet.now).map((sheet) => [sheet.name, sheet.now!])
  );
  return planSheets(wanted, existing, current);
}

describe("planSheets: a user's sheet is never touched", () => {
  test.each([
    // wanted, existing sheets, -> sheet, update, renamed
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
  ] as const)("%s among %j -> %s", (wanted, existing, sheet, update, renamed) => {
    const result = plan([wanted], [...existing]);
    expect(result.assignments).toEqual([{ wanted, sheet }]);
    expect(result.update).toEqual(update);
    expect(result.renamed).toEqual(renamed ? [{ wanted, sheet }] : []);
    expect(result.keep).toEqual([]);
    expect(result.remove).toEqual([]);
    expect(sheet.length).toBeLessThanOrEqual(31);
  });

  test("two wanted names never get the same sheet", () => {
    const result = plan(["Ringkasan", "ringkasan"], []);
    expect(result.assignments.map((entry) => entry.sheet)).toEqual(["Ringkasan", "ringkasan (2)"]);
  });
});

describe("planSheets: generated sheets by what became of them", () => {
  test("an edited generated sheet is kept under a free name and the table takes its name", () => {
    const result = plan(
      ["Tabel 3.1.7"],
      [ours("Tabel 3.1.7", { edited: true }), user("Tabel 3.1.7 (diedit)")]
    );
    expect(result.assignments).toEqual([{ wanted: "Tabel 3.1.7", sheet: "Tabel 3.1.7" }]);
    expect(result.update).toEqual([]);
    expect(result.keep).toEqual([
      { sheet: "Tabel 3.1.7", to: "Tabel 3.1.7 (diedit 2)", marked: true },
    ]);
  });

  test("a mark without a fingerprint (legacy marker) counts as edited", () => {
    const legacy: SheetInfo = {
      ...user("Tabel 3.2"),
      generated: true,
      mark: { generation: "legacy", fingerprint: null, name: "Tabel 3.2" },
    };
    const result = plan(["Tabel 3.2"], [legacy]);
    expect(result.keep).toEqual([{ sheet: "Tabel 3.2", to: "Tabel 3.2 (diedit)", marked: false }]);
  });

  test("generated sheets no longer made: unchanged ones go, edited ones stay as the user's", () => {
    const result = plan(
      ["Ringkasan"],
      [ours("Ringkasan"), ours("Tabel 3.1.8"), ours("Tabel 3.2", { edited: true })]
    );
    expect(result.update).toEqual(["Ringkasan"]);
    expect(result.remove).toEqual(["Tabel 3.1.8"]);
    expect(result.keep).toEqual([{ sheet: "Tabel 3.2", to: "Tabel 3.2", marked: true }]);
  });

  test("the legacy marker sheet is removed", () => {
    const marker: SheetInfo = { ...user("_lkjip", "veryHidden"), legacyMarker: true };
    expect(plan(["Ringkasan"], [user("Data"), marker]).remove).toEqual(["_lkjip"]);
  });

  test("the last visible sheet is never removed when nothing is written", () => {
    const hidden = user("Data", "hidden");
    const result = plan([], [hidden, ours("Tabel 3.1.1"), ours("Tabel 3.2")]);
    expect(result.remove).toEqual(["Tabel 3.1.1"]);
  });
});

describe("freeSheetName", () => {
  test("shortens the name to keep the suffix within 31 characters", () => {
    const used = new Set(["x".repeat(31).slice(0, 22) + " (diedit)"].map((n) => n.toLowerCase()));
    const name = freeSheetName(
      "x".repeat(31),
      (key) => used.has(key),
      (n) => (n === 1 ? " (diedit)" : ` (diedit ${n})`)
    );
    expect(name).toBe(`${"x".repeat(20)} (diedit 2)`);
    expect(name.length).toBe(31);
  });
});
