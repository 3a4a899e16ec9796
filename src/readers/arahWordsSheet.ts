import type { Finding } from "../model/finding";
import { parseArah } from "./arahText";
import type { UserArahWord } from "./arahWords";
import { findHeader, type HeaderRule } from "./headerFinder";
import type { SheetView } from "./sheetView";

/** The input template's "Kamus Arah" sheet: a word of indicator names, and the Arah it means. */
export const ARAH_WORDS_HEADERS = ["Kata pada Nama Indikator", "Arah"] as const;

export const arahWordsHeaderRule: HeaderRule = {
  classify: (label) => {
    if (/^kata\b|kata kunci/.test(label)) return "word";
    if (/^arah\b/.test(label)) return "arah";
    return null;
  },
  accept: (roles) => roles.size === 2 && roles.has("word") && roles.has("arah"),
};

/** The user's words, or null when the sheet is not a Kamus Arah. */
export function readArahWords(view: SheetView, findings: Finding[]): UserArahWord[] | null {
  const header = findHeader(view, arahWordsHeaderRule);
  if (!header) return null;
  const wordCol = header.columns.get("word")![0];
  const arahCol = header.columns.get("arah")![0];
  const words: UserArahWord[] = [];
  for (let row = header.dataStart; row <= view.lastRow; row++) {
    const word = view.text(row, wordCol);
    const arah = view.text(row, arahCol);
    if (!word || !arah) continue;
    words.push({ word, arah: parseArah({ text: arah, ref: view.ref(row, arahCol) }, findings) });
  }
  findings.push({
    severity: "info",
    code: "finding.arahWordsRead",
    ref: view.ref(header.top, wordCol),
    params: { sheet: view.name, count: words.length },
  });
  return words;
}
