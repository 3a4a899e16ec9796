import { analyzeWorkbook } from "../../src/pipeline";
import { paneAnalysis } from "../../src/taskpane/analysisView";
import { openWorkbookFile } from "../../src/workbook/exceljs/files";
import { join } from "path";
import { FIXTURES } from "../fixtures/loadFixture";

async function analysis(file: string) {
  const port = await openWorkbookFile(join(FIXTURES, "agencies", file));
  return paneAnalysis(await analyzeWorkbook(port, { tahun: 2023 }), 2023);
}

describe("what the pane asks the user to confirm", () => {
  test("every indicator without a typed Arah, with why it was taken so", async () => {
    const view = await analysis("dinkes-tanpa-arah-tanpa-cascading.xlsx");
    expect(
      view.arahList?.map((item) => [item.name, item.ref.address, item.arah, item.source, item.word])
    ).toEqual([
      ["Angka Kematian Ibu", "C5", "turun", "name", "angka kematian"],
      ["Prevalensi Stunting pada Balita", "C6", "turun", "name", "prevalensi"],
      ["Usia Harapan Hidup", "C7", "naik", "default", undefined],
      ["Persentase Puskesmas Terakreditasi Paripurna", "C8", "naik", "default", undefined],
      ["Rata-rata Waktu Tunggu Pelayanan Rawat Jalan", "C9", "turun", "name", "waktu tunggu"],
    ]);
  });

  test("each program's sasaran, to correct by hand: the sasaran it can be given", async () => {
    const view = await analysis("dinkes-tanpa-arah-tanpa-cascading.xlsx");
    expect(view.sasaranNames).toEqual([
      "Meningkatnya Derajat Kesehatan Masyarakat",
      "Meningkatnya Mutu Pelayanan Kesehatan",
    ]);
    expect(view.attributions.map((item) => [item.programName, item.sasaranName])).toEqual([
      ["Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", null],
      ["Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", null],
    ]);
  });

  test("typed Arah is not asked again; later target columns are offered, the latest by default", async () => {
    const education = await analysis("disdik-dengan-arah-dengan-cascading.xlsx");
    expect(education.arahList?.map((item) => item.name)).toEqual(["Angka Putus Sekolah SMP/MTs"]);
    expect(education.renstra).toBeUndefined();
    const works = await analysis("dpupr-tanpa-arah-dengan-cascading.xlsx");
    expect(works.renstra?.latest).toBe(2026);
    expect(works.renstra?.candidates.map((c) => [c.label, c.ref.address])).toEqual([
      ["Target 2024", "G4"],
      ["Target 2026", "H4"],
    ]);
  });
});
