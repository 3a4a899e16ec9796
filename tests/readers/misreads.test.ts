import { readWorkbook } from "../../src/readers/readWorkbook";
import { translate } from "../../src/i18n/catalogue";
import { grid } from "./gridBuilder";

/**
 * What the readers would silently misread becomes a finding at its cell: a date where an amount
 * belongs, a header row repeated inside the data, hidden rows and columns, text over Excel's limit.
 * (src/readers/cellNumber.ts, repeatedHeader.ts, hiddenAndCut.ts)
 */
const HEADER = ["No", "Program/Kegiatan", "Pagu", "Realisasi"];

function budget(rows: (string | number | null)[][], options = {}) {
  return grid("Realisasi Anggaran 2017", [HEADER, ...rows], options);
}

function findingsOf(sheet: ReturnType<typeof grid>) {
  return readWorkbook([sheet]).findings;
}

describe("misreads become findings with the cell", () => {
  test("a date-formatted pagu is not read as Rp 42.887: finding with the date, value left out", () => {
    const sheet = budget(
      [
        [1, "PROGRAM A", 42887, 100],
        [null, "Kegiatan a", 42887, 100],
      ],
      {
        formats: { "2:3": "dd/mm/yyyy", "3:3": "[$-421]d mmmm yyyy" },
      }
    );
    const model = readWorkbook([sheet]);
    const dates = model.findings.filter((f) => f.code === "finding.dateInNumberCell");
    expect(dates.map((f) => [f.ref?.address, f.params?.date])).toEqual([
      ["C2", "1-6-2017"],
      ["C3", "1-6-2017"],
    ]);
    expect(model.budgets[0].programs[0].pagu.value).toBeNull();
    expect(translate("finding.dateInNumberCell", "id", dates[0].params)).toContain(
      "tanggal (1-6-2017), bukan angka"
    );
  });

  test.each(['"Rp "#,##0', "#,##0.00", "0.00%", "General", '#,##0 "hari"', "[Red]#,##0"])(
    "a number format %s is not a date",
    (format) => {
      const sheet = budget(
        [
          [1, "PROGRAM A", 100, 50],
          [null, "Kegiatan a", 100, 50],
        ],
        {
          formats: { "2:3": format },
        }
      );
      expect(findingsOf(sheet).filter((f) => f.code === "finding.dateInNumberCell")).toEqual([]);
    }
  );

  test("a header row repeated inside the data (a second printed page) is skipped and reported", () => {
    const sheet = budget([
      [1, "PROGRAM A", 300, 150],
      [null, "Kegiatan a", 100, 50],
      ["No", "Program/Kegiatan", "Pagu", "Realisasi"],
      [null, "Kegiatan b", 200, 100],
    ]);
    const model = readWorkbook([sheet]);
    const kegiatan = model.budgets[0].programs[0].children.map((k) => k.name.text);
    expect(kegiatan).toEqual(["Kegiatan a", "Kegiatan b"]);
    const repeated = model.findings.filter((f) => f.code === "finding.repeatedHeader");
    expect(repeated.map((f) => f.ref?.address)).toEqual(["A4"]);
    expect(model.findings.filter((f) => f.code === "finding.sumMismatch")).toEqual([]);
  });

  test("a data row that shares one word with the header is data, not a repeated header", () => {
    const sheet = budget([
      [1, "PROGRAM A", 100, 50],
      [null, "Pagu", 100, 50],
    ]);
    expect(readWorkbook([sheet]).budgets[0].programs[0].children).toHaveLength(1);
  });

  test("hidden rows and columns holding cells are read and reported; empty hidden ones are not", () => {
    const sheet = {
      ...budget([
        [1, "PROGRAM A", 300, 150],
        [null, "Kegiatan a", 100, 50],
        [null, "Kegiatan b", 200, 100],
      ]),
      hiddenRows: [3, 4, 40],
      hiddenColumns: [4, 9],
    };
    const model = readWorkbook([sheet]);
    expect(model.budgets[0].programs[0].children).toHaveLength(2);
    const hidden = model.findings.filter((f) => f.code.startsWith("finding.hidden"));
    expect(hidden.map((f) => [f.code, f.ref?.address, f.params])).toEqual([
      ["finding.hiddenRows", "A3", { rows: "3-4" }],
      ["finding.hiddenColumns", "D1", { columns: "D" }],
    ]);
  });

  test("text cut at Excel's limit while reading is reported at its cell", () => {
    const sheet = {
      ...budget([
        [1, "PROGRAM A", 100, 50],
        [null, "x", 100, 50],
      ]),
      truncatedCells: ["B3"],
    };
    expect(findingsOf(sheet).filter((f) => f.code === "finding.textTooLong")).toEqual([
      {
        severity: "warning",
        code: "finding.textTooLong",
        ref: { sheet: "Realisasi Anggaran 2017", address: "B3" },
        params: {},
      },
    ]);
  });
});
