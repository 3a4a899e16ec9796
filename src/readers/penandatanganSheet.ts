import type { Penandatangan, PenandatanganField, Signatures } from "../model/signature";
import { mergePenandatangan } from "../model/signature";
import type { SheetView } from "./sheetView";

/** Block titles: the agency head's, and the regional head's (Perjanjian Kinerja only). */
const PIHAK_PERTAMA = /^(?:penandatangan|pihak pertama)\b/;
const PIHAK_KEDUA = /^(?:pihak kedua|kepala daerah|atasan)\b/;

const LABELS: [PenandatanganField, RegExp][] = [
  ["tempat", /^(?:tempat|kota)\b/],
  ["tanggal", /^(?:tanggal|tgl)\b/],
  ["jabatan", /^jabatan\b/],
  ["nama", /^nama\b/],
  ["pangkat", /^(?:pangkat|golongan)/],
  ["nip", /^nip\b/],
];

/** How far a block's rows are looked for, so a stray title does not swallow the sheet. */
const BLOCK_ROWS = 10;

/**
 * "Penandatangan" blocks in a sheet no other reader took (the input template has one): a title
 * cell, then rows of label and value ("Nama | Drs. Zainullah, MM."). Null when the sheet has none.
 */
export function readPenandatangan(view: SheetView): Signatures | null {
  const found: Signatures = {};
  for (const row of view.rowsWithCells().slice(0, 60)) {
    for (const { col } of view.rowCells(row)) {
      const title = view.text(row, col).toLowerCase().replace(/\s+/g, " ").trim();
      const party = PIHAK_KEDUA.test(title)
        ? "pihakKedua"
        : PIHAK_PERTAMA.test(title)
          ? "pihakPertama"
          : null;
      if (!party || found[party]) continue;
      const block = readBlock(view, row, col);
      if (block) found[party] = block;
    }
  }
  return found.pihakPertama || found.pihakKedua ? found : null;
}

function readBlock(view: SheetView, titleRow: number, col: number): Penandatangan | undefined {
  const block: Penandatangan = {};
  for (let row = titleRow + 1; row <= titleRow + BLOCK_ROWS; row++) {
    const label = view.text(row, col).toLowerCase().trim();
    if (label === "") break;
    const field = LABELS.find(([, words]) => words.test(label))?.[0];
    const value = view.text(row, col + 1).replace(/^:\s*/, "");
    if (field && value) block[field] = value;
  }
  return mergePenandatangan(undefined, block);
}
