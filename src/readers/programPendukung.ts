import type { CascadingLink, IndicatorSheet } from "../model/indicators";

/** Separators of a typed list of programs: lines, ";", bullets, arrows, " - ". */
const SEPARATORS = /[\n;•➤▪●◦]+|\s-\s|\s–\s/;

/**
 * Without a cascading sheet, the indicator sheet's "Program Pendukung" column says which programs
 * serve each sasaran (seed Tabel 3.1.8). Each listed name becomes a link for the matcher; names of
 * kegiatan listed alongside simply match no budget program.
 */
export function linksFromProgramPendukung(indicators: IndicatorSheet): CascadingLink[] {
  const links: CascadingLink[] = [];
  for (const sasaran of indicators.sasaran) {
    for (const indikator of sasaran.indikator) {
      const typed = indikator.programPendukung;
      if (!typed) continue;
      for (const piece of typed.text.split(SEPARATORS)) {
        const program = piece.replace(/^[\s\d.)(-]+/, "").trim();
        if (program.length >= 5) {
          links.push({ sasaran: sasaran.name.text, program, ref: typed.ref });
        }
      }
    }
  }
  return links;
}
