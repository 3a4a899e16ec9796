import { parseCommandLine } from "../../src/cli/args";

describe("signature flags", () => {
  test("--ttd-* sign every table, --pihak-kedua-* countersign the agreement", () => {
    expect(
      parseCommandLine([
        "generate",
        "in.xlsx",
        "--ttd-tempat",
        "Probolinggo",
        "--ttd-tanggal",
        "31 Januari 2018",
        "--ttd-nama",
        "Drs. ZAINULLAH, MM.",
        "--ttd-nip",
        "19630811 198701 1 002",
        "--perjanjian-kinerja",
        "--pihak-kedua-jabatan",
        "Walikota Probolinggo",
        "--pihak-kedua-nama",
        " Hj. RUKMINI, SH, M.Si. ",
      ])
    ).toMatchObject({
      command: "generate",
      perjanjianKinerja: true,
      penandatangan: {
        pihakPertama: {
          tempat: "Probolinggo",
          tanggal: "31 Januari 2018",
          nama: "Drs. ZAINULLAH, MM.",
          nip: "19630811 198701 1 002",
        },
        pihakKedua: { jabatan: "Walikota Probolinggo", nama: "Hj. RUKMINI, SH, M.Si." },
      },
    });
  });

  test("none typed: no signers, no agreement (the pane's saved ones or the workbook's apply)", () => {
    const command = parseCommandLine(["generate", "in.xlsx", "--ttd-nama", " "]);
    expect(command).not.toHaveProperty("penandatangan");
    expect(command).not.toHaveProperty("perjanjianKinerja");
  });

  test("a flag without its value is named", () => {
    expect(parseCommandLine(["generate", "in.xlsx", "--ttd-nama"], "en")).toMatchObject({
      command: "error",
      messageKey: "cli.error.missingValue",
      params: { option: "--ttd-nama" },
    });
  });
});
