import { buildRingkasan } from "../../src/report/ringkasan";
import type { TableBlock, TableRow } from "../../src/report/tableSpec";
import { seedContext, seedModel } from "./seedModel";
import { rowCells } from "./specHelpers";

const texts = (block: TableBlock, row: TableRow) =>
  rowCells(block, row).map((cell) => (cell.kind === "text" ? cell.text : null));

describe("the Ringkasan sheet, in the user's language", () => {
  const model = seedModel();
  model.findings.push({
    severity: "warning",
    code: "some.unknown.code",
    ref: { sheet: "Realisasi Anggaran 2017", address: "C9" },
  });
  const input = {
    context: seedContext(2018, { model }),
    mode: "formulas" as const,
    made: [{ table: "Tabel 3.1.1", sheet: "Tabel 3.1.1" }],
    skipped: [
      {
        table: "Tabel 3.2",
        reasonKey: "report.skip.noBudgetYear",
        params: { tahun: 2018, available: "2017" },
      },
    ],
    renamed: [{ wanted: "Tabel 3.1.6", sheet: "Tabel 3.1.6 (2)" }],
  };

  test.each([
    [
      "id",
      "Tabel yang dibuat",
      "Tidak ada realisasi anggaran tahun 2018 (tersedia: 2017); anggaran tahun lain tidak disajikan sebagai tahun 2018.",
      "program penunjang rutin (tidak ke sasaran)",
      'Lembar "Tabel 3.1.6" milik Anda tidak diubah; tabel ditulis ke "Tabel 3.1.6 (2)".',
    ],
  ] as const)(
    "in Indonesian (%s) whatever the machine's language",
    (_id, madeCaption, reason, routine, renamed) => {
      const spec = buildRingkasan(input);
      const [made, skipped, findings, attributions, narrative] = spec.blocks;
      expect(made.caption).toBe(madeCaption);
      expect(made.notes).toEqual([renamed]);
      expect(texts(skipped, skipped.rows[0])).toEqual(["Tabel 3.2", reason]);
      // A finding code the catalogue does not know is shown as the code, never dropped.
      expect(texts(findings, findings.rows[0]).slice(1)).toEqual([
        "Realisasi Anggaran 2017!C9",
        "some.unknown.code",
      ]);
      expect(texts(attributions, attributions.rows[0])[3]).toBe(routine);
      expect(attributions.rows).toHaveLength(9);
      // The draft sentences stay Indonesian whatever the language.
      expect((narrative.rows[0].cells.sentence as { text: string }).text).toMatch(
        /^Realisasi anggaran tahun 2018 belum tersedia/
      );
      expect(spec.titleLines[0]).toContain("2018");
    }
  );
});

describe("figures written as values because their source is text", () => {
  const base = {
    mode: "formulas" as const,
    made: [],
    skipped: [],
    renamed: [],
  };

  test("named once per sheet, with the cells, why and how to get formulas", () => {
    const context = seedContext(2017, {
      isNumericCell: (ref) =>
        !(ref.sheet === "Realisasi Anggaran 2017" && ref.address.startsWith("C")),
    });
    const spec = buildRingkasan({ ...base, context });
    const block = spec.blocks.find(
      (b) => b.caption === "Angka yang ditulis sebagai nilai, bukan rumus"
    )!;
    expect(block.rows).toHaveLength(1);
    expect(texts(block, block.rows[0])[0]).toBe("Realisasi Anggaran 2017");
    expect(texts(block, block.rows[0])[1]).toMatch(
      /^\d+ angka diketik sebagai teks \(C5, C6, .*\): tabel memakai nilainya sebagai angka tetap.*ubah sel tersebut menjadi angka/
    );
  });

  test("nothing to say when every source is a number, or when values were asked for", () => {
    const caption = "Angka yang ditulis sebagai nilai, bukan rumus";
    const all = buildRingkasan({ ...base, context: seedContext(2017) });
    expect(all.blocks.map((b) => b.caption)).not.toContain(caption);
    const values = buildRingkasan({
      ...base,
      mode: "values",
      context: seedContext(2017, { isNumericCell: () => false }),
    });
    expect(values.blocks.map((b) => b.caption)).not.toContain(caption);
  });
});

describe("the Ringkasan says which attributions were set by hand", () => {
  test("a program set to a sasaran or to program pendukung in the pane says so", () => {
    const model = seedModel();
    model.attributions[0] = { ...model.attributions[0], sasaranIndex: null, reason: "user" };
    model.attributions[1] = { ...model.attributions[1], sasaranIndex: 0, reason: "user" };
    const spec = buildRingkasan({
      context: seedContext(2018, { model }),
      mode: "formulas" as const,
      made: [],
      skipped: [],
      renamed: [],
    });
    const attributions = spec.blocks.find(
      (block) => block.caption === "Atribusi program ke sasaran (periksa)"
    )!;
    const sasaran = model.indicators!.sasaran[0].name.text;
    expect(texts(attributions, attributions.rows[0])).toEqual([
      model.attributions[0].programName,
      // Set by hand, not matched to a Renstra program: printed under the budget's name.
      model.attributions[0].programName,
      "program pendukung",
      "ditetapkan pengguna di panel",
    ]);
    expect(texts(attributions, attributions.rows[1]).slice(2)).toEqual([
      sasaran,
      "ditetapkan pengguna di panel",
    ]);
  });
});
