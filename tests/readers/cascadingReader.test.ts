import { readWorkbook } from "../../src/readers/readWorkbook";
import { grid } from "./gridBuilder";

const SASARAN = "Meningkatnya derajat kesehatan masyarakat";
const AKI = "Angka Kematian Ibu";
const STUNTING = "Prevalensi Stunting";
const TUJUAN = "Meningkatkan kualitas kesehatan masyarakat";

const indicatorSheet = () =>
  grid(
    "IKU",
    [
      ["Sasaran Strategis", "Indikator Kinerja", "Target 2023", "Realisasi 2023"],
      [SASARAN, AKI, 90, 81],
      [null, STUNTING, 18, 16.5],
    ],
    { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] }
  );

const budgetSheet = () =>
  grid("Realisasi Anggaran 2023", [
    ["Kode", "Program/Kegiatan", "Pagu", "Realisasi"],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan", 800, 700],
    ["1.02.03", "Program Peningkatan Kapasitas SDM Kesehatan", 300, 280],
    ["1.02.04", "Program Sediaan Farmasi dan Makanan Minuman", 200, 150],
    ["1.02.01", "Program Penunjang Urusan Pemerintahan Daerah", 100, 95],
  ]);

/**
 * A Matriks Renstra linking programs to the sasaran's indicators: Tujuan and Sasaran merged over
 * everything, each indicator merged over its programs, an "Indikator Program" column after them.
 */
function renstra(indicators: [string, string[]][]) {
  const rows: (string | null)[][] = [
    ["Tujuan", "Sasaran Strategis", "Indikator Sasaran", "Program", "Indikator Program"],
  ];
  const merges = [];
  for (const [indikator, programs] of indicators) {
    const top = rows.length + 1;
    programs.forEach((program, index) =>
      rows.push([
        rows.length === 1 ? TUJUAN : null,
        rows.length === 1 ? SASARAN : null,
        index === 0 ? indikator : null,
        program,
        `Persentase ${program}`,
      ])
    );
    if (programs.length > 1)
      merges.push({ top, left: 3, bottom: top + programs.length - 1, right: 3 });
  }
  merges.push({ top: 2, left: 1, bottom: rows.length, right: 1 });
  merges.push({ top: 2, left: 2, bottom: rows.length, right: 2 });
  return grid("Matriks Renstra", rows, { merges });
}

const read = (cascading = renstra(INDICATOR_LEVEL), choices?: Record<string, string | null>) =>
  readWorkbook([indicatorSheet(), budgetSheet(), cascading], {
    tahun: 2023,
    attributionChoices: choices,
  });

const INDICATOR_LEVEL: [string, string[]][] = [
  [AKI, ["Pemenuhan Upaya Kesehatan Perorangan", "Sediaan Farmasi dan Makanan Minuman"]],
  [STUNTING, ["Peningkatan Kapasitas SDM Kesehatan", "Sediaan Farmasi dan Makanan Minuman"]],
];

const served = (model: ReturnType<typeof read>) =>
  model.attributions.map((a) => [a.sasaranIndex, a.indikatorIndexes ?? "sasaran"]);

describe("cascading sheet linking programs to indicators", () => {
  test("each line carries its sasaran's indicator and Tujuan down; Indikator Program is not it", () => {
    const model = read();
    expect(model.cascading!.links.map((link) => [link.indikator, link.program])).toEqual([
      [AKI, "Pemenuhan Upaya Kesehatan Perorangan"],
      [AKI, "Sediaan Farmasi dan Makanan Minuman"],
      [STUNTING, "Peningkatan Kapasitas SDM Kesehatan"],
      [STUNTING, "Sediaan Farmasi dan Makanan Minuman"],
    ]);
    expect(model.cascading!.links.every((link) => link.tujuan?.text === TUJUAN)).toBe(true);
  });

  test("each program serves the indicators it is linked to; one listed twice serves both", () => {
    expect(served(read())).toEqual([
      [0, [0]],
      [0, [1]],
      [0, [0, 1]],
      [null, "sasaran"],
    ]);
  });

  test("the Tujuan of the cascading sheet reaches the sasaran, with its cell", () => {
    expect(read().indicators!.sasaran[0].tujuan).toEqual({
      text: TUJUAN,
      ref: { sheet: "Matriks Renstra", address: "A2" },
    });
  });

  test("without an indicator column the programs serve the sasaran as a whole", () => {
    const cascading = grid("Matriks Renstra", [
      ["Sasaran Strategis", "Program"],
      [SASARAN, "Pemenuhan Upaya Kesehatan Perorangan"],
      [SASARAN, "Peningkatan Kapasitas SDM Kesehatan"],
    ]);
    expect(served(read(cascading)).slice(0, 2)).toEqual([
      [0, "sasaran"],
      [0, "sasaran"],
    ]);
  });

  test("an indicator the indicator sheet lacks is reported; its program serves the sasaran", () => {
    const model = read(
      renstra([
        ["Angka Kematian Bayi", ["Pemenuhan Upaya Kesehatan Perorangan"]],
        [STUNTING, ["Peningkatan Kapasitas SDM Kesehatan"]],
      ])
    );
    expect(served(model).slice(0, 2)).toEqual([
      [0, "sasaran"],
      [0, [1]],
    ]);
    const finding = model.findings.find((f) => f.code === "finding.cascadingIndikatorUnknown");
    expect(finding).toMatchObject({
      severity: "warning",
      ref: { sheet: "Matriks Renstra", address: "D2" },
      params: { indikator: "Angka Kematian Bayi", sasaran: SASARAN },
    });
  });

  test("a program attributed by hand in the pane serves its sasaran as a whole", () => {
    const model = read(undefined, {
      "Program Pemenuhan Upaya Kesehatan Perorangan": SASARAN,
      "Program Sediaan Farmasi dan Makanan Minuman": null,
    });
    expect(served(model).slice(0, 3)).toEqual([
      [0, "sasaran"],
      [0, [1]],
      [null, "sasaran"],
    ]);
  });
});
