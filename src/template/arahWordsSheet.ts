import { ARAH_VALUES } from "../core/capaian";
import { ARAH_WORDS_HEADERS } from "../readers/arahWordsSheet";
import type { CellStyle, SheetSpec, SpecCell } from "../workbook/sheetSpec";

export const ARAH_WORDS_SHEET = "Kamus Arah";
const ROWS = 30;
const HEADER_ROW = 4;

/**
 * "Kamus Arah": the user's own words for indicators with no Arah typed, read before the built-in
 * lower-is-better list (src/readers/arahWords.ts). A word may also say naik, to keep an
 * indicator the built-in list would take as turun ("kasus baru ditemukan").
 */
export function arahWordsSheet(headerStyle: CellStyle, titleStyle: CellStyle): SheetSpec {
  const text = (value: string, style?: CellStyle): SpecCell =>
    style
      ? { content: { kind: "text", text: value }, style }
      : { content: { kind: "text", text: value } };
  const rows: SpecCell[][] = [
    [text("KAMUS ARAH INDIKATOR", titleStyle)],
    [
      text(
        "Isi bila nama indikator tanpa Arah memuat kata berikut: arahnya mengikuti kolom B, sebelum daftar bawaan (angka kematian, prevalensi, kasus, …)."
      ),
    ],
    [],
    ARAH_WORDS_HEADERS.map((header) => text(header, headerStyle)),
  ];
  for (let i = 0; i < ROWS; i++) {
    rows.push([
      { content: { kind: "empty" }, style: { border: true } },
      { content: { kind: "empty" }, style: { border: true } },
    ]);
  }
  return {
    name: ARAH_WORDS_SHEET,
    rows,
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    columnWidths: [45, 16],
    freezeRows: HEADER_ROW,
    tables: [
      {
        name: "KamusArah",
        range: { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + ROWS, right: 2 },
        style: "TableStyleLight9",
      },
    ],
    validations: [
      {
        range: { top: HEADER_ROW + 1, left: 2, bottom: HEADER_ROW + ROWS, right: 2 },
        values: [...ARAH_VALUES],
      },
    ],
  };
}
