import type { CellStyle, SheetSpec, SpecCell } from "../workbook/sheetSpec";

export const PENANDATANGAN_SHEET = "Penandatangan";

/** Labels as src/readers/penandatanganSheet.ts reads them, one row each, the value in column B. */
const PIHAK_PERTAMA_LABELS = ["Tempat", "Tanggal", "Jabatan", "Nama", "Pangkat/Golongan", "NIP"];
const PIHAK_KEDUA_LABELS = ["Jabatan", "Nama", "Pangkat/Golongan", "NIP"];

/**
 * "Penandatangan": who signs under every table (the agency head), and the regional head who
 * countersigns the Perjanjian Kinerja. Left empty, no signature block is printed.
 */
export function penandatanganSheet(headerStyle: CellStyle, titleStyle: CellStyle): SheetSpec {
  const text = (value: string, style?: CellStyle): SpecCell =>
    style
      ? { content: { kind: "text", text: value }, style }
      : { content: { kind: "text", text: value } };
  const input: SpecCell = { content: { kind: "empty" }, style: { border: true } };
  const block = (title: string, labels: string[]): SpecCell[][] => [
    [text(title, headerStyle), { content: { kind: "empty" }, style: headerStyle }],
    ...labels.map((label) => [text(label, { border: true }), input]),
  ];
  const rows: SpecCell[][] = [
    [text("PENANDATANGAN TABEL LKjIP", titleStyle)],
    [
      text(
        "Isi bila tabel perlu blok tanda tangan (tempat dan tanggal, jabatan, nama, pangkat, NIP). Pihak Kedua hanya untuk Perjanjian Kinerja."
      ),
    ],
    [],
    ...block("Penandatangan (Pihak Pertama)", PIHAK_PERTAMA_LABELS),
    [],
    ...block("Pihak Kedua (Kepala Daerah)", PIHAK_KEDUA_LABELS),
  ];
  return {
    name: PENANDATANGAN_SHEET,
    rows,
    merges: [
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 4, left: 1, bottom: 4, right: 2 },
      { top: 12, left: 1, bottom: 12, right: 2 },
    ],
    columnWidths: [30, 50],
  };
}
