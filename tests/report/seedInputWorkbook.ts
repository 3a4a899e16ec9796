import ExcelJS from "exceljs";
import { SEED_BUDGET_2017_TSV } from "./seedBudget2017";
import { PMKS, SASARAN } from "./seedModel";

/**
 * The seed's inputs as a user would type them in Excel: a 2017 budget realization sheet (title,
 * header, program and kegiatan rows, total), an indicator sheet (targets and realisasi 2017 and
 * 2018, Renstra 2019) and a cascading sheet (programs 5–9 serve the sasaran).
 */
export function seedInputWorkbook(options: { textNumbers?: boolean } = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const budget = workbook.addWorksheet("Realisasi Anggaran 2017");
  budget.getCell("A1").value = "REALISASI ANGGARAN DINAS SOSIAL KOTA PROBOLINGGO TAHUN 2017";
  budget.getRow(3).values = ["No", "Program/Kegiatan", "Pagu Anggaran", "Realisasi", "%"];
  const programs: string[] = [];
  SEED_BUDGET_2017_TSV.split("\n").forEach((line, index) => {
    const [no, name, pagu, realisasi] = line.split("\t");
    const row = budget.getRow(4 + index);
    const money = (text: string) =>
      options.textNumbers ? text : Number(text.replace(/[^\d]/g, ""));
    row.values = [no ? Number(no) : null, name || "JUMLAH", money(pagu), money(realisasi)];
    row.getCell(5).value = { formula: `D${4 + index}/C${4 + index}`, result: 0 };
    row.getCell(3).numFmt = row.getCell(4).numFmt = '"Rp "#,##0';
    row.getCell(5).numFmt = "0.00%";
    if (no) {
      row.font = { bold: true };
      programs.push(name);
    }
  });
  const indicators = workbook.addWorksheet("Indikator Kinerja");
  indicators.getCell("A1").value = "INDIKATOR KINERJA DINAS SOSIAL KOTA PROBOLINGGO";
  indicators.getRow(3).values = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Target 2017",
    "Realisasi 2017",
    "Target 2018",
    "Realisasi 2018",
    "Target Akhir Renstra 2019",
    "Analisa Penyebab",
  ];
  const values = [0.6, 0.9957, 0.8, 0.8963, 0.85];
  indicators.getRow(4).values = [
    1,
    SASARAN,
    PMKS,
    "%",
    ...values,
    "Dana APBD yang ada sudah sesuai dengan target yg diinginkan sehingga semua dapat terealisasi.",
  ];
  for (let c = 5; c <= 9; c++) indicators.getRow(4).getCell(c).numFmt = "0.00%";
  const cascading = workbook.addWorksheet("Matriks Renstra");
  cascading.getRow(1).values = ["Sasaran OPD", "Indikator Sasaran OPD", "Program"];
  programs.slice(4).forEach((program, index) => {
    cascading.getRow(2 + index).values = [SASARAN, PMKS, program];
  });
  return workbook;
}
