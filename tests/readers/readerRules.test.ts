import { classifyBudgetLabel } from "../../src/readers/budgetHeader";
import { cellToNumber } from "../../src/readers/cellNumber";
import { classifyIndicatorLabel } from "../../src/readers/indicatorHeader";
import { nameSimilarity, MATCH_THRESHOLD, routineProgram } from "../../src/readers/nameMatch";
import { detectInputSheets, readWorkbook } from "../../src/readers/readWorkbook";
import { yearFromText } from "../../src/readers/yearDetect";
import { sampleGrids } from "../fixtures/loadFixture";
import { grid } from "./gridBuilder";

describe("budget header words", () => {
  test.each([
    ["no", "no"],
    ["no.", "no"],
    ["program/kegiatan", "name"],
    ["uraian program / kegiatan", "name"],
    ["pagu anggaran (rp)", "pagu"],
    ["jumlah anggaran setelah perubahan", "pagu"],
    ["alokasi", "pagu"],
    ["realisasi anggaran", "realisasi"],
    ["anggaran (rp) realisasi", "realisasi"],
    ["realisasi (%)", "percent"],
    ["%", "percent"],
    ["capaian (%)", "percent"],
    ["sisa anggaran", "sisa"],
    ["kode rekening", "code"],
    ["realisasi fisik (%)", null],
    ["indikator kinerja", null],
    ["keterangan", null],
  ])("%s -> %s", (label, role) => {
    expect(classifyBudgetLabel(label)).toBe(role);
  });
});

describe("indicator header words, with their years", () => {
  test.each([
    ["indikator kinerja", "indikator"],
    ["sasaran strategis", "sasaran"],
    ["target 2018", "target:2018"],
    ["target tahun 2018", "target:2018"],
    ["target th. 2018", "target:2018"],
    ["tar get", "target:"],
    ["realisasi tahun 2017", "realisasi:2017"],
    ["realsiasi", "realisasi:"],
    ["kinerja tahun 2017 target", "target:2017"],
    ["target akhir renstra 2019", "targetAkhir:2019"],
    ["target akhir renstra", "targetAkhir:"],
    ["capaian (%)", null],
    ["anggaran tahun 2017 realisasi", null],
    ["satuan", "satuan"],
    ["arah", "arah"],
    ["analisa penyebab", "analisa"],
    ["penyebab 2018", "analisa:2018"],
    ["analisa penyebab tahun 2017", "analisa:2017"],
    ["solusi", "solusi"],
    ["solusi 2018", "solusi:2018"],
    ["program pendukung", "program"],
  ])("%s -> %s", (label, role) => {
    expect(classifyIndicatorLabel(label)).toBe(role);
  });
});

describe("program names typed inconsistently", () => {
  test.each([
    ["PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "Pelayanan Administrasi Perkantoran", true],
    [
      "PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR",
      "Peningkatan Sarana dan Prasarana Aparatur",
      true,
    ],
    [
      "PENGEMBANGAN SISTEM LAPORAN CAPAIAN KINERJADAN KEUANGAN",
      "Pengembangan Sistem Laporan Capaian Kinerja dan Keuangan",
      true,
    ],
    [
      "PROGRAM PENGEMBANGAN KAPASITAS DALAM RANGKAPENGENTASAN KEMISKINAN",
      "Pengembangan Kapasitas Dalam Rangka Pengentasan Kemiskinan",
      true,
    ],
    ["PROGRAM PEMBERDAYAAN KELEMBAGAAN", "Pemberdayaan Kelembagaan Kesejahteraan Sosial", true],
    ["Program  Peningkatan   Disiplin Aparatur.", "PENINGKATAN DISIPLIN APARATUR", true],
    ["PROGRAM PENINGKATAN DISIPLIN APARATUR", "Peningkatan Keberdayaan Masyarakat", false],
    [
      "PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL",
      "Pelayanan Administrasi Perkantoran",
      false,
    ],
    ["Program Keluarga Harapan", "Pemenuhan Pelayanan Dasar dan Jaminan Sosial", false],
  ])("%s ~ %s: %s", (a, b, match) => {
    expect(nameSimilarity(a, b) >= MATCH_THRESHOLD).toBe(match);
  });

  test.each([
    ["PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", true],
    ["PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR", true],
    ["PROGRAM PENINGKATAN DISIPLIN APARATUR", true],
    ["PROGRAM PENINGKATAN PENGEMBANGAN SISTEM LAPORAN CAPAIAN KINERJADAN KEUANGAN", true],
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", true],
    ["PROGRAM PELAYANAN DAN REHABILITASI KESEJAHTERAAN SOSIAL", false],
    ["PROGRAM PEMENUHAN PELAYANAN DASAR DAN JAMINAN SOSIAL", false],
  ])("routine: %s -> %s", (name, routine) => {
    expect(routineProgram(name) !== null).toBe(routine);
  });
});

describe("years in sheet names and titles", () => {
  test.each([
    ["Realisasi Anggaran 2017", 2017],
    ["LRA 2018 (perubahan)", 2018],
    ["TAHUN ANGGARAN 2017", 2017],
    ["Laporan Th. 2016", 2016],
    ["Renstra 2015-2019 Tahun 2017", 2017],
    ["Renstra 2015-2019", null],
    ["Realisasi 2016 dan 2017", null],
    ["Sheet1", null],
  ])("%s -> %s", (text, year) => {
    expect(yearFromText(text)).toBe(year);
  });
});

const HEADER = ["No", "Program/Kegiatan", "Pagu", "Realisasi"];

function levels(sheet: ReturnType<typeof grid>) {
  const model = readWorkbook([sheet]);
  return model.budgets[0].programs.map((p) => [
    p.name.text,
    p.children.map((k) => [k.name.text, k.children.length]),
  ]);
}

describe("program and kegiatan levels", () => {
  test("No column: numbered rows are programs", () => {
    expect(
      levels(
        grid("A 2017", [
          HEADER,
          [1, "PROGRAM A", 30, 20],
          [null, "keg a1", 10, 5],
          [null, "keg a2", 20, 15],
          [2, "PROGRAM B", 5, 5],
          [null, "keg b1", 5, 5],
        ])
      )
    ).toEqual([
      [
        "PROGRAM A",
        [
          ["keg a1", 0],
          ["keg a2", 0],
        ],
      ],
      ["PROGRAM B", [["keg b1", 0]]],
    ]);
  });

  test("Roman programs, numbered kegiatan", () => {
    expect(
      levels(
        grid("A 2017", [
          HEADER,
          ["I", "Program A", 30, 20],
          [1, "keg a1", 10, 5],
          [2, "keg a2", 20, 15],
          ["II", "Program B", 5, 5],
          [1, "keg b1", 5, 5],
        ])
      )
    ).toEqual([
      [
        "Program A",
        [
          ["keg a1", 0],
          ["keg a2", 0],
        ],
      ],
      ["Program B", [["keg b1", 0]]],
    ]);
  });

  test("bold rows are programs when nothing else tells", () => {
    const sheet = grid(
      "A 2017",
      [
        ["Uraian", "Anggaran", "Realisasi"],
        ["Pelayanan X", 10, 5],
        ["keg x", 10, 5],
        ["Pelayanan Y", 3, 3],
        ["keg y", 3, 3],
      ],
      { bold: [1, 2, 4] }
    );
    expect(levels(sheet)).toEqual([
      ["Pelayanan X", [["keg x", 0]]],
      ["Pelayanan Y", [["keg y", 0]]],
    ]);
  });

  test("an upper-case PROGRAM prefix; a title-case 'Program Keluarga Harapan' stays a kegiatan", () => {
    const sheet = grid("A 2017", [
      ["Program/Kegiatan", "Pagu", "Realisasi"],
      ["PROGRAM X", 10, 5],
      ["Program Keluarga Harapan", 10, 5],
    ]);
    expect(levels(sheet)).toEqual([["PROGRAM X", [["Program Keluarga Harapan", 0]]]]);
  });

  test("codes written in front of the name (SIMDA style) set the levels", () => {
    const sheet = grid("A 2017", [
      ["Uraian", "Pagu", "Realisasi"],
      ["1.06.01 Program X", 10, 5],
      ["1.06.01.2.01 Keg X", 10, 5],
      ["1.06.01.2.01.0001 Sub X", 10, 5],
    ]);
    expect(levels(sheet)).toEqual([["Program X", [["Keg X", 1]]]]);
  });

  test("no signal at all: every row a program, and the user is told", () => {
    const model = readWorkbook([
      grid("A 2017", [
        ["Uraian", "Pagu", "Realisasi"],
        ["X", 10, 5],
        ["Y", 3, 3],
      ]),
    ]);
    expect(model.budgets[0].programs).toHaveLength(2);
    expect(model.findings.map((f) => f.code)).toContain("finding.levelsUnknown");
  });

  test("a pagu plan (Perjanjian Kinerja, DPA) lists programs only: every row a program, no Info", () => {
    const model = readWorkbook([
      grid("Perjanjian Kinerja 2018", [
        ["Program", "Anggaran", "Keterangan"],
        ["Program Pelayanan Administrasi Perkantoran", 10, "APBD"],
        ["Program Peningkatan Disiplin Aparatur", 3, "APBD"],
      ]),
    ]);
    expect(model.paguPlans?.[0].programs).toHaveLength(2);
    expect(model.findings.map((f) => f.code)).not.toContain("finding.levelsUnknown");
  });

  test("the sample for 2018 (read from its Perjanjian Kinerja 2018): no levels Info", async () => {
    const model = readWorkbook(await sampleGrids(), { tahun: 2018 });
    expect(model.paguPlans?.map((plan) => plan.sheet)).toEqual(["Perjanjian Kinerja 2018"]);
    expect(model.findings.map((f) => f.code)).not.toContain("finding.levelsUnknown");
  });
});

describe("header placement", () => {
  const rows = [HEADER, [1, "PROGRAM A", 10, 5], [null, "keg", 10, 5]];

  test.each([0, 10, 28])("header after %i title rows is found", (offset) => {
    const sheet = grid("A 2017", [...Array.from({ length: offset }, () => ["judul"]), ...rows]);
    expect(detectInputSheets([sheet])[0]).toMatchObject({ kind: "budget", headerRow: offset + 1 });
  });

  test("a header below row 30 is not looked for", () => {
    const sheet = grid("Anggaran 2017", [...Array.from({ length: 31 }, () => ["judul"]), ...rows]);
    expect(detectInputSheets([sheet])[0].kind).toBeNull();
  });

  test("any column order; the column-number row is skipped", () => {
    const sheet = grid("A 2017", [
      ["Realisasi", "%", "Uraian", "Pagu", "No"],
      [1, 2, 3, 4, 5],
      [5, 0.5, "PROGRAM A", 10, 1],
      [5, 0.5, "keg", 10, null],
    ]);
    const model = readWorkbook([sheet]);
    expect(model.budgets[0].columns).toEqual({
      name: "C",
      pagu: "D",
      realisasi: "A",
      percent: "B",
      number: "E",
    });
    expect(model.budgets[0].programs[0].children[0].pagu.ref.address).toBe("D4");
  });

  test("with pagu murni and pagu perubahan, the revised pagu is read", () => {
    const sheet = grid("A 2017", [
      ["No", "Program/Kegiatan", "Anggaran Murni", "Anggaran Perubahan", "Realisasi"],
      [1, "PROGRAM A", 10, 12, 11],
      [null, "keg", 10, 12, 11],
    ]);
    const model = readWorkbook([sheet]);
    expect(model.budgets[0].columns.pagu).toBe("D");
    expect(model.budgets[0].programs[0].pagu.value).toBe(12);
  });

  test("the user can name the sheet to read", () => {
    const model = readWorkbook([grid("Data", rows)], { budgetSheet: "data", tahun: 2017 });
    expect(model.budgets.map((b) => [b.sheet, b.year, b.yearSource])).toEqual([
      ["Data", 2017, "user"],
    ]);
  });
});

describe("attribution without a cascading sheet", () => {
  const budget = grid("Realisasi 2017", [
    HEADER,
    [1, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", 10, 9],
    [null, "keg", 10, 9],
    [2, "PROGRAM PEMBERDAYAAN KELEMBAGAAN", 20, 10],
    [null, "keg", 20, 10],
    [3, "PROGRAM PEMENUHAN PELAYANAN DASAR", 30, 15],
    [null, "keg", 30, 15],
  ]);
  const indicatorRow = (sasaran: string, indikator: string, pendukung: string) => [
    sasaran,
    indikator,
    "%",
    0.6,
    0.7,
    pendukung,
  ];
  const indicatorHeader = [
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Target 2017",
    "Realisasi 2017",
    "Program Pendukung",
  ];

  test("one sasaran takes every program but the routine ones", () => {
    const model = readWorkbook([
      budget,
      grid("IKU", [indicatorHeader, indicatorRow("S1", "I1", "")]),
    ]);
    expect(model.attributions.map((a) => [a.sasaranIndex, a.reason])).toEqual([
      [null, "routine"],
      [0, "singleSasaran"],
      [0, "singleSasaran"],
    ]);
  });

  test("several sasaran: the Program Pendukung column decides, and says so", () => {
    const model = readWorkbook([
      budget,
      grid("IKU", [
        indicatorHeader,
        indicatorRow("S1", "I1", "Program Pemenuhan Pelayanan Dasar"),
        indicatorRow(
          "S2",
          "I2",
          "➤ Program Pemberdayaan Kelembagaan Kesejahteraan Sosial; ➤ Pembinaan Organisasi Sosial"
        ),
      ]),
    ]);
    expect(model.attributions.map((a) => [a.sasaranIndex, a.reason])).toEqual([
      [null, "routine"],
      [1, "cascading"],
      [0, "cascading"],
    ]);
    expect(model.findings.map((f) => f.code)).toContain("finding.programPendukungAsCascading");
  });

  test("several sasaran and nothing to go by: the user is told what is needed", () => {
    const model = readWorkbook([
      budget,
      grid("IKU", [indicatorHeader, indicatorRow("S1", "I1", ""), indicatorRow("S2", "I2", "")]),
    ]);
    expect(model.attributions.map((a) => a.reason)).toEqual(["routine", "ambiguous", "ambiguous"]);
    expect(model.findings.find((f) => f.code === "finding.needCascading")?.params).toEqual({
      count: 2,
      programs: 2,
    });
  });
});

describe("indicator sheet layouts", () => {
  test("a sasaran merged over its indicators, then the next sasaran", () => {
    const sheet = grid(
      "IKU",
      [
        ["Sasaran Strategis", "Indikator Kinerja", "Target Tahun 2018", "Realisasi Th. 2018"],
        ["S1", "I1", 0.8, 0.8963],
        [null, "I2", 10, 8],
        [null, "I3", 5, 5],
        ["S2", "I4", "60 %", "99,57"],
      ],
      { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] }
    );
    const model = readWorkbook([sheet]);
    const sasaran = model.indicators!.sasaran;
    expect(
      sasaran.map((s) => [s.name.text, s.name.ref.address, s.indikator.map((i) => i.name.text)])
    ).toEqual([
      ["S1", "A2", ["I1", "I2", "I3"]],
      ["S2", "A5", ["I4"]],
    ]);
    const i4 = sasaran[1].indikator[0];
    expect([i4.targets[2018], i4.realisasi[2018].value]).toEqual([
      { value: 0.6, ref: { sheet: "IKU", address: "C5" }, percent: true },
      99.57,
    ]);
  });

  test("undated Target/Realisasi columns take the report year the user chose", () => {
    const sheet = grid("IKU", [
      ["Indikator Kinerja", "Target", "Realisasi"],
      ["I1", 0.8, 0.9],
    ]);
    const model = readWorkbook([sheet], { tahun: 2018 });
    expect(model.indicators!.years).toEqual([2018]);
    expect(model.indicators!.sasaran[0].indikator[0].realisasi[2018].value).toBe(0.9);
  });

  test("causes and solutions per year are read with their year", () => {
    const sheet = grid("IKU", [
      [
        "Indikator Kinerja",
        "Target 2018",
        "Realisasi 2018",
        "Penyebab 2017",
        "Penyebab 2018",
        "Solusi 2018",
      ],
      ["I1", 0.8, 0.9, "sebab 2017", "sebab 2018", "solusi 2018"],
    ]);
    const indikator = readWorkbook([sheet], { tahun: 2018 }).indicators!.sasaran[0].indikator[0];
    expect(indikator.analisaPerTahun?.[2017]?.text).toBe("sebab 2017");
    expect(indikator.analisaPerTahun?.[2018]).toEqual({
      text: "sebab 2018",
      ref: { sheet: "IKU", address: "E2" },
    });
    expect(indikator.solusiPerTahun?.[2018]?.text).toBe("solusi 2018");
    expect(indikator.analisaPenyebab).toBeUndefined();
  });
});

describe("cell values as numbers", () => {
  test.each([
    [1283419000, '"Rp "#,##0', { kind: "number", value: 1283419000, percent: false, decimals: 0 }],
    [0.9419, "0.00%", { kind: "number", value: 0.9419, percent: true, decimals: 2 }],
    [0.9419, '0.00"%"', { kind: "number", value: 0.9419, percent: false, decimals: 2 }],
    [94.19, "General", { kind: "number", value: 94.19, percent: false, decimals: null }],
    [
      "Rp. 1.125.802.250,-",
      "General",
      { kind: "number", value: 1125802250, percent: false, decimals: 0 },
    ],
    ["94,19%", "@", { kind: "number", value: 0.9419, percent: true, decimals: 2 }],
    ["-", "General", { kind: "empty" }],
    ["", "General", { kind: "empty" }],
    [null, "General", { kind: "empty" }],
    ["#REF!", "General", { kind: "error", error: "#REF!" }],
    [{ error: "#DIV/0!" }, "0.00%", { kind: "error", error: "#DIV/0!" }],
    [true, "General", { kind: "text", text: "TRUE" }],
    ["delapan puluh", "General", { kind: "text", text: "delapan puluh" }],
  ])("%p (%s)", (value, format, expected) => {
    expect(cellToNumber(value as never, format)).toEqual(expected);
  });
});

describe("formulas", () => {
  test("a formula without a calculated value is reported, not read as zero", () => {
    const sheet = grid("A 2017", [HEADER, [1, "PROGRAM A", 10, null], [null, "keg", 10, 5]], {
      formulas: { "2:4": "=SUM(D3:D3)" },
    });
    const model = readWorkbook([sheet]);
    expect(model.budgets[0].programs[0].realisasi.value).toBeNull();
    expect(model.findings.find((f) => f.code === "finding.formulaWithoutValue")).toMatchObject({
      ref: { address: "D2" },
      params: { formula: "=SUM(D3:D3)" },
    });
  });
});

describe("the % column against realisasi/pagu (27.895.000 / 28.000.000 = 99,625%)", () => {
  test.each([
    [0.9963, "0.00%", false],
    [0.9962, "0.00%", false], // truncated instead of rounded: one unit, rounding
    [0.996, "0.00%", true],
    [1, "0%", false], // 100% shown without decimals
    [0.99, "0%", false], // truncated
    [0.98, "0%", true],
    [0.9964, "0.00%", true],
    ["99,63%", "General", false],
    ["99,6%", "General", false],
    [99.63, "General", false], // percentage points
    [0.8, "General", true],
  ])("%p shown as %s -> finding: %s", (stated, format, expected) => {
    const sheet = grid(
      "A 2017",
      [
        ["No", "Program/Kegiatan", "Pagu", "Realisasi", "%"],
        [1, "PROGRAM A", 28_000_000, 27_895_000, stated],
      ],
      { formats: { "2:5": format } }
    );
    const codes = readWorkbook([sheet]).findings.map((f) => f.code);
    expect(codes.includes("finding.percentMismatch")).toBe(expected);
  });
});

describe("a % computed by formula", () => {
  test.each([
    ["=D2/C2", 0, false], // its own row's realisasi/pagu: a stale cached value does not matter
    ["=IF(C2=0,0,D2/C2)", 0, false],
    ["=D3/C3", 0.5, true], // points at another row: the cached value is checked
    [null, 0, true],
  ])("%s cached %p -> finding: %s", (formula, cached, expected) => {
    const sheet = grid(
      "A 2017",
      [
        ["No", "Program/Kegiatan", "Pagu", "Realisasi", "%"],
        [1, "PROGRAM A", 28_000_000, 27_895_000, cached],
        [null, "keg", 28_000_000, 27_895_000, 0.9963],
      ],
      { formulas: formula ? { "2:5": formula } : {} }
    );
    const codes = readWorkbook([sheet]).findings.map((f) => f.code);
    expect(codes.includes("finding.percentMismatch")).toBe(expected);
  });
});

describe("the Sisa column of SIPD exports", () => {
  test("is read for every line that has one", () => {
    const sheet = grid("Realisasi 2024", [
      ["Kode", "Uraian", "Anggaran", "Realisasi", "Sisa"],
      ["1.06.01", "PROGRAM PENUNJANG", 300, 200, 100],
      ["1.06.01.2.01", "Perencanaan", 300, 200, 100],
      ["1.06.01.2.01.0001", "Penyusunan Dokumen", 300, 200, null],
    ]);
    const budget = readWorkbook([sheet], { tahun: 2024 }).budgets[0];
    const program = budget.programs[0];
    expect(program.sisa).toEqual({
      value: 100,
      ref: { sheet: "Realisasi 2024", address: "E2" },
    });
    expect(program.children[0].children[0].sisa).toBeUndefined();
  });
});
