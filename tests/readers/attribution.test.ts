import { readWorkbook } from "../../src/readers/readWorkbook";
import { grid } from "./gridBuilder";

/** Two sasaran, no cascading sheet: the readers cannot tell where the programs go. */
const sheets = () => [
  grid("IKU", [
    ["Sasaran Strategis", "Indikator Kinerja", "Target Tahun 2018", "Realisasi Th. 2018"],
    ["Meningkatnya derajat kesehatan", "Angka Harapan Hidup", 70, 71],
    ["Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", 70, 72],
  ]),
  grid("Realisasi Anggaran 2018", [
    ["No", "Program/Kegiatan", "Pagu", "Realisasi"],
    [1, "Program Pelayanan Administrasi Perkantoran", 100, 90],
    [2, "Program Upaya Kesehatan Masyarakat", 500, 450],
    [3, "Program Peningkatan Sistem Pelaporan Kinerja", 50, 45],
  ]),
];

const summary = (choices?: Record<string, string | null>) =>
  readWorkbook(sheets(), { tahun: 2018, attributionChoices: choices }).attributions.map(
    (attribution) => [attribution.programName, attribution.sasaranIndex, attribution.reason]
  );

describe("attributions the user sets by hand in the pane", () => {
  test("without choices: routine programs to none, the other one ambiguous (two sasaran)", () => {
    expect(summary()).toEqual([
      ["Program Pelayanan Administrasi Perkantoran", null, "routine"],
      ["Program Upaya Kesehatan Masyarakat", null, "ambiguous"],
      ["Program Peningkatan Sistem Pelaporan Kinerja", null, "routine"],
    ]);
  });

  test("a sasaran chosen by name (case and spacing aside), or program pendukung, wins", () => {
    expect(
      summary({
        "program upaya  kesehatan masyarakat": "Meningkatnya Derajat Kesehatan",
        "Program Peningkatan Sistem Pelaporan Kinerja": "Meningkatnya akuntabilitas kinerja",
        "Program Pelayanan Administrasi Perkantoran": null,
      })
    ).toEqual([
      ["Program Pelayanan Administrasi Perkantoran", null, "user"],
      ["Program Upaya Kesehatan Masyarakat", 0, "user"],
      ["Program Peningkatan Sistem Pelaporan Kinerja", 1, "user"],
    ]);
  });

  test("the summary counts the chosen program; nothing is left waiting for a cascading sheet", () => {
    const model = readWorkbook(sheets(), {
      tahun: 2018,
      attributionChoices: {
        "Program Upaya Kesehatan Masyarakat": "Meningkatnya derajat kesehatan",
      },
    });
    const found = model.findings.find((finding) => finding.code === "finding.attributionSummary");
    expect(found?.params).toMatchObject({ programs: 1, total: 3 });
    expect(model.findings.map((finding) => finding.code)).not.toContain("finding.needCascading");
    const unchosen = readWorkbook(sheets(), { tahun: 2018 });
    expect(unchosen.findings.map((finding) => finding.code)).toContain("finding.needCascading");
  });

  test("a choice naming a sasaran the sheet no longer has is reported on the program's cell", () => {
    const model = readWorkbook(sheets(), {
      tahun: 2018,
      attributionChoices: { "Program Upaya Kesehatan Masyarakat": "Sasaran lama" },
    });
    expect(model.attributions[1].reason).toBe("ambiguous");
    const warning = model.findings.find(
      (finding) => finding.code === "finding.attributionChoiceUnknown"
    );
    expect([warning?.severity, warning?.ref?.address, warning?.params]).toEqual([
      "warning",
      "B3",
      { name: "Program Upaya Kesehatan Masyarakat", sasaran: "Sasaran lama" },
    ]);
  });
});
