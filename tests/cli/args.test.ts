import { parseCommandLine } from "../../src/cli/args";

describe("parseCommandLine", () => {
  test.each([
    [
      ["generate", "in.xlsx"],
      { command: "generate", input: "in.xlsx", json: false, language: "id" },
    ],
    [
      [
        "generate",
        "in.xlsx",
        "--tahun",
        "2018",
        "--out",
        "x.xlsx",
        "--skala",
        "akip",
        "--mode",
        "values",
        "--json",
        "--lang",
        "en",
      ],
      {
        command: "generate",
        input: "in.xlsx",
        tahun: 2018,
        out: "x.xlsx",
        skala: "AKIP",
        mode: "values",
        json: true,
        language: "en",
      },
    ],
    [["generate", "in.xlsx", "--efisiensi", "selisih"], { efisiensi: "selisih" }],
    [["generate", "in.xlsx", "--budget-sheet", "RA 2018"], { budgetSheet: "RA 2018" }],
    [["generate", "in.xlsx", "--rincian", "kegiatan"], { rincian: "kegiatan" }],
    [["generate", "in.xlsx", "--rincian", "sub-kegiatan"], { rincian: "sub_kegiatan" }],
    [
      ["generate", "in.xlsx", "--rincian", "semua"],
      {
        command: "error",
        params: { option: "--rincian", allowed: "program, kegiatan, sub_kegiatan" },
      },
    ],
    [["generate", "in.xlsx", "--triwulan", "2"], { triwulan: 2 }],
    [["generate", "in.xlsx", "--triwulan", "IV"], { triwulan: 4 }],
    [["generate", "in.xlsx", "--triwulan", "TW III"], { triwulan: 3 }],
    [
      ["generate", "in.xlsx", "--triwulan", "5"],
      { command: "error", messageKey: "cli.error.value", params: { option: "--triwulan" } },
    ],
    [["generate", "in.xlsx", "--nama-program", "anggaran"], { namaProgram: "anggaran" }],
    [["generate", "in.xlsx", "--nama-program", "Renstra"], { namaProgram: "renstra" }],
    [
      ["generate", "in.xlsx", "--nama-program", "dpa"],
      {
        command: "error",
        params: { option: "--nama-program", allowed: "renstra, anggaran" },
      },
    ],
    [["template", "t.xlsx"], { command: "template", out: "t.xlsx" }],
    [[], { command: "help" }],
    [["--help"], { command: "help" }],
    [["generate"], { command: "error", messageKey: "cli.error.missingFile" }],
    [
      ["generate", "in.xlsx", "--tahun", "18"],
      { command: "error", messageKey: "cli.error.value", params: { option: "--tahun" } },
    ],
    [["generate", "in.xlsx", "--skala", "X"], { command: "error", params: { option: "--skala" } }],
    [["generate", "in.xlsx", "--mode", "fast"], { command: "error", params: { option: "--mode" } }],
    [["generate", "in.xlsx", "--lang", "fr"], { command: "error", params: { option: "--lang" } }],
    [
      ["generate", "in.xlsx", "--bogus"],
      { command: "error", messageKey: "cli.error.unknownOption" },
    ],
    [["publish"], { command: "error", messageKey: "cli.error.command" }],
    [
      ["generate", "in.xlsx", "--tahun", "1899"],
      { command: "error", messageKey: "cli.error.value", params: { allowed: "2000-2100" } },
    ],
    [
      ["generate", "in.xlsx", "--tahun", "2101"],
      { command: "error", messageKey: "cli.error.value" },
    ],
    [["generate", "in.xlsx", "--tahun", "2000"], { command: "generate", tahun: 2000 }],
    [["generate", "in.xlsx", "--tahun", "2100"], { command: "generate", tahun: 2100 }],
    [
      ["generate", "Laporan", "2017.xlsx"],
      { command: "error", messageKey: "cli.error.extra", params: { extra: "2017.xlsx" } },
    ],
    [["template", "t.xlsx", "lagi.xlsx"], { command: "error", messageKey: "cli.error.extra" }],
    [["template", "t.xlsx", "--force"], { command: "template", force: true, debug: false }],
    [
      ["generate", "in.xlsx", "--force"],
      { command: "error", messageKey: "cli.error.forceTemplateOnly" },
    ],
    [["generate", "in.xlsx", "--debug"], { command: "generate", debug: true }],
    [
      ["generate", "in.xlsx", "--tahunn", "2017", "--lang", "en"],
      {
        command: "error",
        messageKey: "cli.error.unknownOption",
        params: { option: "--tahunn" },
        language: "en",
      },
    ],
    [
      ["generate", "in.xlsx", "-o"],
      { command: "error", messageKey: "cli.error.missingValue", params: { option: "--out" } },
    ],
    [["generate", "in.xlsx", "--json=1"], { command: "error", messageKey: "cli.error.arguments" }],
  ])("%j -> %p", (argv, expected) => {
    expect(parseCommandLine(argv as string[], "id")).toMatchObject(expected);
  });
});
