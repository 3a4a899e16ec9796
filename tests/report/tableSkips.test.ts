import { translate } from "../../src/i18n/catalogue";
import type { BudgetLine } from "../../src/model/budget";
import { buildTables } from "../../src/report/buildTables";
import { allErrorsSkip, unattributedSkip } from "../../src/report/tableSkips";
import type { TableCell, TableSpec } from "../../src/report/tableSpec";
import { seedContext, seedIndikator, seedModel } from "./seedModel";

function spec(cells: TableCell[]): TableSpec {
  return {
    id: "3.1.1",
    sheetName: "Tabel 3.1.1",
    titleLines: [],
    blocks: [
      {
        columns: cells.map((_cell, index) => ({
          key: `c${index}`,
          header: `H${index}`,
          width: 10,
        })),
        rows: [{ cells: Object.fromEntries(cells.map((cell, index) => [`c${index}`, cell])) }],
      },
    ],
  };
}

const DIV0: TableCell = {
  kind: "figure",
  formula: "E8/D8",
  value: { error: "#DIV/0!" },
  format: "percent",
};
const VALUE: TableCell = { kind: "figure", formula: "E9/D9", value: 1.1, format: "percent" };
const TEXT: TableCell = { kind: "text", text: "Angka Kematian Ibu" };

describe("a table of nothing but errors is skipped", () => {
  test.each([
    ["every figure an error", [TEXT, DIV0, { kind: "error", error: "#VALUE!" }], "#DIV/0!"],
    ["one figure with a value", [TEXT, DIV0, VALUE], null],
    ["input copies are no computation", [TEXT, { ...VALUE, input: true }, DIV0], "#DIV/0!"],
    ["no figure at all", [TEXT], null],
  ] as [string, TableCell[], string | null][])("%s", (_name, cells, error) => {
    const skip = allErrorsSkip(spec(cells));
    expect(skip && "skip" in skip ? skip.skip.params.error : null).toBe(error);
  });

  test("through buildTables: an indicator whose every target is missing makes no Tabel 3.1.1 of #DIV/0!", () => {
    const model = seedModel();
    model.indicators!.sasaran[0].indikator = [
      seedIndikator({
        targets: {
          2018: { value: 0, ref: { sheet: "Indikator Kinerja", address: "F5" } },
        },
      }),
    ];
    const { specs, skipped } = buildTables(seedContext(2018, { model }));
    expect(specs.map((s) => s.id)).not.toContain("3.1.1");
    const reason = skipped.find((entry) => entry.table === "Tabel 3.1.1")!;
    expect(reason.reasonKey).toBe("report.skip.allErrors");
    expect(translate(reason.reasonKey, "id", reason.params)).toContain("#DIV/0!");
  });
});

describe("a budget that cannot be attributed to any sasaran", () => {
  const line = { name: { text: "Program X" } } as BudgetLine;

  test("is a reason to skip, saying how many programs and what to do", () => {
    const skip = unattributedSkip(new Map([[null, [line, line]]]));
    expect(skip).toEqual({
      skip: { reasonKey: "report.skip.notAttributed", params: { programs: 2 } },
    });
    expect(translate("report.skip.notAttributed", "en", { programs: 2 })).toContain(
      "Add a cascading sheet (Matriks Renstra)"
    );
    // The pane's choice (attributionChoices) is the way that needs no new sheet.
    expect(translate("report.skip.notAttributed", "id", { programs: 2 })).toContain(
      `tetapkan sasaran tiap program di panel (bagian "${translate("ui.section.attributions", "id")}"`
    );
    expect(translate("report.skip.notAttributed", "en", { programs: 2 })).toContain(
      `set each program's sasaran in the pane (section "${translate("ui.section.attributions", "en")}"`
    );
  });

  test("one attributed program is enough to make the table", () => {
    expect(
      unattributedSkip(
        new Map([
          [null, [line]],
          [0, [line]],
        ])
      )
    ).toBeNull();
  });

  test("the seed's tables 3.1.4 to 3.1.6 are skipped once nothing is attributed", () => {
    const model = seedModel();
    model.attributions = model.attributions.map((a) => ({
      ...a,
      sasaranIndex: null,
      reason: "unmatched",
    }));
    const { specs, skipped } = buildTables(seedContext(2017, { model }));
    expect(specs.map((s) => s.id)).toEqual(expect.not.arrayContaining(["3.1.4", "3.1.5", "3.1.6"]));
    expect(
      skipped.filter((entry) => entry.reasonKey === "report.skip.notAttributed").map((e) => e.table)
    ).toEqual(["Tabel 3.1.4", "Tabel 3.1.5", "Tabel 3.1.6"]);
  });
});
