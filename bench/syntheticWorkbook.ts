import ExcelJS from "exceljs";

export const BENCH_YEAR = 2024;

/**
 * A province-sized input: a SIPD-style budget realization (codes urusan.bidang.program.kegiatan.sub)
 * with `subKegiatan` sub kegiatan rows, an indicator sheet with a few hundred indicators and a
 * cascading sheet tying every program to a sasaran.
 */
export function syntheticWorkbook(
  subKegiatan = 25_000,
  sasaranCount = 100,
  perSasaran = 3
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const programs = Math.max(1, Math.round(subKegiatan / 100));
  const budget = workbook.addWorksheet(`Realisasi Anggaran ${BENCH_YEAR}`);
  budget.getCell(1, 1).value =
    `Laporan Realisasi Sub Kegiatan - Pemerintah Provinsi Contoh Tahun Anggaran ${BENCH_YEAR}`;
  budget.getRow(3).values = [
    "Kode Rekening",
    "Uraian Program/Kegiatan/Sub Kegiatan",
    "Anggaran",
    "Realisasi",
    "Persen",
  ];
  const rows: [string, string, number, number][] = [];
  let totalPagu = 0;
  let totalRealisasi = 0;
  let made = 0;
  for (let p = 1; p <= programs && made < subKegiatan; p++) {
    const programIndex = rows.length;
    rows.push([`1.06.${String(p).padStart(2, "0")}`, `PROGRAM CONTOH NOMOR ${p}`, 0, 0]);
    for (let k = 1; k <= 10 && made < subKegiatan; k++) {
      const kegiatanIndex = rows.length;
      const code = `1.06.${String(p).padStart(2, "0")}.2.${String(k).padStart(2, "0")}`;
      rows.push([code, `Kegiatan ${p}.${k}`, 0, 0]);
      for (let s = 1; s <= 10 && made < subKegiatan; s++, made++) {
        const pagu = 10_000_000 + ((p * 7919 + k * 104729 + s * 1299709) % 90_000_000);
        const realisasi = Math.round(pagu * (0.5 + ((p + k + s) % 50) / 100));
        rows.push([
          `${code}.${String(s).padStart(4, "0")}`,
          `Sub Kegiatan ${p}.${k}.${s} pelayanan masyarakat`,
          pagu,
          realisasi,
        ]);
        for (const index of [programIndex, kegiatanIndex]) {
          rows[index][2] += pagu;
          rows[index][3] += realisasi;
        }
        totalPagu += pagu;
        totalRealisasi += realisasi;
      }
    }
  }
  rows.forEach(([code, name, pagu, realisasi], index) => {
    const row = budget.getRow(4 + index);
    row.values = [code, name, pagu, realisasi, realisasi / pagu];
    row.getCell(3).numFmt = row.getCell(4).numFmt = "#,##0";
    row.getCell(5).numFmt = "0.00%";
  });
  const totalRow = budget.getRow(4 + rows.length);
  totalRow.values = [null, "JUMLAH", totalPagu, totalRealisasi, totalRealisasi / totalPagu];

  const indicators = workbook.addWorksheet("Indikator Kinerja");
  indicators.getCell(1, 1).value = "INDIKATOR KINERJA PEMERINTAH PROVINSI CONTOH";
  indicators.getRow(3).values = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    `Target ${BENCH_YEAR - 1}`,
    `Realisasi ${BENCH_YEAR - 1}`,
    `Target ${BENCH_YEAR}`,
    `Realisasi ${BENCH_YEAR}`,
    `Target Akhir Renstra ${BENCH_YEAR + 2}`,
    "Analisa Penyebab",
  ];
  let r = 4;
  for (let s = 1; s <= sasaranCount; s++) {
    for (let i = 1; i <= perSasaran; i++, r++) {
      const target = 0.5 + ((s * 3 + i) % 40) / 100;
      indicators.getRow(r).values = [
        i === 1 ? s : null,
        `Meningkatnya layanan bidang ${s}`,
        `Persentase capaian layanan ${s}.${i}`,
        "%",
        target,
        target * 0.97,
        target + 0.02,
        (target + 0.02) * (0.8 + ((s + i) % 30) / 100),
        0.95,
        `Analisa penyebab indikator ${s}.${i}`,
      ];
      for (let c = 5; c <= 9; c++) indicators.getRow(r).getCell(c).numFmt = "0.00%";
    }
  }

  const cascading = workbook.addWorksheet("Matriks Renstra");
  cascading.getRow(1).values = ["Sasaran OPD", "Indikator Sasaran OPD", "Program"];
  for (let p = 1; p <= programs; p++) {
    const s = ((p - 1) % sasaranCount) + 1;
    cascading.getRow(1 + p).values = [
      `Meningkatnya layanan bidang ${s}`,
      `Persentase capaian layanan ${s}.1`,
      `Program Contoh Nomor ${p}`,
    ];
  }
  return workbook;
}
