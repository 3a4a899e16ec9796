import { PENANDATANGAN_SHEET, penandatanganSheet } from "./penandatanganSheet";
import type { CellStyle, SheetSpec, SpecCell } from "../workbook/sheetSpec";
import { ARAH_WORDS_SHEET, arahWordsSheet } from "./arahWordsSheet";

/**
 * Empty, formatted input sheets for an agency that starts from nothing. The headers are the words
 * the readers look for (src/readers/*Header.ts), so a filled-in template reads back without any
 * configuration. The template is an Indonesian document: its headers and titles are terms of art,
 * not interface text, so they are not translated.
 */
export const RUPIAH_FORMAT = '"Rp "#,##0';
export const PERCENT_FORMAT = "0.00%";
export const TEMPLATE_SHEETS = {
  penandatangan: PENANDATANGAN_SHEET,
  budget: (tahun: number) => `Realisasi Anggaran ${tahun}`,
  indicators: "Indikator Kinerja",
  cascading: "Matriks Renstra",
  arahWords: ARAH_WORDS_SHEET,
};

const BUDGET_ROWS = 80;
const INDICATOR_ROWS = 30;
const CASCADING_ROWS = 40;

const HEADER_STYLE: CellStyle = {
  bold: true,
  wrap: true,
  align: "center",
  verticalAlign: "middle",
  border: true,
  fill: "#D9E1F2",
};
const TITLE_STYLE: CellStyle = { bold: true, align: "center", fontSize: 12 };

function text(value: string, style?: CellStyle): SpecCell {
  return style
    ? { content: { kind: "text", text: value }, style }
    : { content: { kind: "text", text: value } };
}

function empty(style?: CellStyle): SpecCell {
  return style ? { content: { kind: "empty" }, style } : { content: { kind: "empty" } };
}

function titleRows(lines: string[]): SpecCell[][] {
  return lines.map((line) => [text(line, TITLE_STYLE)]);
}

/**
 * The input sheets: budget realization of `tahun` (by default last year, the year an LKjIP
 * reports on), indicators, cascading, and the user's Arah words.
 */
export function buildInputTemplate(tahun = new Date().getFullYear() - 1): SheetSpec[] {
  return [
    budgetSheet(tahun),
    indicatorSheet(tahun),
    cascadingSheet(),
    arahWordsSheet(HEADER_STYLE, TITLE_STYLE),
    penandatanganSheet(HEADER_STYLE, TITLE_STYLE),
  ];
}

/** The quarters' header words, for mid-year measurement (Pengukuran Kinerja TW N). */
const QUARTERS = ["TW I", "TW II", "TW III", "TW IV"];

function budgetSheet(tahun: number): SheetSpec {
  const headers = [
    "No",
    "Kode",
    "Program/Kegiatan",
    "Pagu Anggaran",
    "Realisasi",
    "%",
    ...QUARTERS.map((quarter) => `Realisasi ${quarter}`),
  ];
  const headerRow = 5;
  const rows: SpecCell[][] = [
    ...titleRows([
      "REALISASI ANGGARAN PROGRAM DAN KEGIATAN",
      "NAMA PERANGKAT DAERAH",
      `TAHUN ANGGARAN ${tahun}`,
    ]),
    [],
    headers.map((header) => text(header, HEADER_STYLE)),
  ];
  for (let i = 0; i < BUDGET_ROWS; i++) {
    const r = headerRow + 1 + i;
    rows.push([
      empty({ border: true, align: "center" }),
      empty({ border: true }),
      empty({ border: true, wrap: true }),
      empty({ border: true, numberFormat: RUPIAH_FORMAT }),
      empty({ border: true, numberFormat: RUPIAH_FORMAT }),
      {
        // Serapan computed from the row itself: the % can never disagree with the amounts.
        content: { kind: "formula", formula: `=IF(N(D${r})=0,"",E${r}/D${r})`, cached: "" },
        style: { border: true, numberFormat: PERCENT_FORMAT },
      },
      ...QUARTERS.map(() => empty({ border: true, numberFormat: RUPIAH_FORMAT })),
    ]);
  }
  return {
    name: TEMPLATE_SHEETS.budget(tahun),
    rows,
    merges: [1, 2, 3].map((row) => ({ top: row, left: 1, bottom: row, right: headers.length })),
    columnWidths: [6, 22, 60, 20, 20, 10, ...QUARTERS.map(() => 18)],
    freezeRows: headerRow,
    tables: [
      {
        name: "RealisasiAnggaran",
        range: { top: headerRow, left: 1, bottom: headerRow + BUDGET_ROWS, right: headers.length },
        style: "TableStyleLight9",
      },
    ],
  };
}

/** An indicator sheet column: its header, width and whether its text wraps. */
interface TemplateColumn {
  header: string;
  width: number;
  wrap?: boolean;
}

function indicatorColumns(tahun: number): TemplateColumn[] {
  return [
    { header: "No", width: 6 },
    { header: "Sasaran Strategis", width: 40, wrap: true },
    { header: "Indikator Kinerja", width: 45, wrap: true },
    { header: "Satuan", width: 10 },
    { header: "Arah", width: 8 },
    { header: `Target ${tahun - 1}`, width: 12 },
    { header: `Realisasi ${tahun - 1}`, width: 12 },
    { header: `Target ${tahun}`, width: 12 },
    { header: `Realisasi ${tahun}`, width: 12 },
    { header: "Target Akhir Renstra", width: 14 },
    // Optional: the national standard Tabel 3.1.9 compares with (headerVocabulary's "standar").
    { header: "Target Nasional", width: 14 },
    { header: "Analisa Penyebab", width: 45, wrap: true },
    { header: "Solusi", width: 45, wrap: true },
    { header: "Program Pendukung", width: 45, wrap: true },
    { header: "Sifat", width: 14 },
    ...QUARTERS.map((quarter) => ({ header: `Target ${quarter} ${tahun}`, width: 12 })),
    ...QUARTERS.map((quarter) => ({ header: `Realisasi ${quarter} ${tahun}`, width: 12 })),
  ];
}

function indicatorSheet(tahun: number): SheetSpec {
  const columns = indicatorColumns(tahun);
  const headers = columns.map((column) => column.header);
  // 1-based, for the drop-downs.
  const arahColumn = headers.indexOf("Arah") + 1;
  const sifatColumn = headers.indexOf("Sifat") + 1;
  const headerRow = 4;
  const rows: SpecCell[][] = [
    ...titleRows(["INDIKATOR KINERJA", "NAMA PERANGKAT DAERAH"]),
    [],
    headers.map((header) => text(header, HEADER_STYLE)),
  ];
  for (let i = 0; i < INDICATOR_ROWS; i++) {
    rows.push(columns.map((column) => empty({ border: true, wrap: column.wrap ?? false })));
  }
  const last = headerRow + INDICATOR_ROWS;
  return {
    name: TEMPLATE_SHEETS.indicators,
    rows,
    merges: [1, 2].map((row) => ({ top: row, left: 1, bottom: row, right: headers.length })),
    columnWidths: columns.map((column) => column.width),
    freezeRows: headerRow,
    tables: [
      {
        name: "IndikatorKinerja",
        range: { top: headerRow, left: 1, bottom: last, right: headers.length },
        style: "TableStyleLight9",
      },
    ],
    validations: [
      {
        range: { top: headerRow + 1, left: arahColumn, bottom: last, right: arahColumn },
        values: ["naik", "turun"],
      },
      {
        range: { top: headerRow + 1, left: sifatColumn, bottom: last, right: sifatColumn },
        values: ["Kumulatif", "Akhir periode"],
      },
    ],
  };
}

function cascadingSheet(): SheetSpec {
  const headers = ["Sasaran Strategis", "Program", "Kegiatan"];
  const rows: SpecCell[][] = [headers.map((header) => text(header, HEADER_STYLE))];
  for (let i = 0; i < CASCADING_ROWS; i++) {
    rows.push(headers.map(() => empty({ border: true, wrap: true })));
  }
  return {
    name: TEMPLATE_SHEETS.cascading,
    rows,
    merges: [],
    columnWidths: [45, 50, 50],
    freezeRows: 1,
    tables: [
      {
        name: "MatriksRenstra",
        range: { top: 1, left: 1, bottom: 1 + CASCADING_ROWS, right: headers.length },
        style: "TableStyleLight9",
      },
    ],
  };
}
