import type { SourcedText } from "../model/cellRef";
import type { CascadingLink, IndicatorSheet } from "../model/indicators";
import type { Finding } from "../model/finding";
import type { HeaderMatch } from "./headerFinder";
import { NameMatcher, normalizeName } from "./nameMatch";
import type { SheetView } from "./sheetView";

export interface CascadingRead {
  links: CascadingLink[];
  findings: Finding[];
}

/**
 * A Matriks Renstra (seed Lampiran 1): the agency's sasaran, then its programs, kegiatan below.
 * A sasaran cell is merged over its programs or typed once above blank cells; both carry down.
 * So do the Tujuan above it and, where the sheet has an indicator column between the sasaran and
 * the programs ("Indikator Sasaran"), the indicator each program serves; a new sasaran starts
 * with no indicator until one is typed.
 */
export function readCascading(view: SheetView, header: HeaderMatch): CascadingRead {
  const sasaranCol = header.columns.get("sasaran")![0];
  const programCol = header.columns.get("program")![0];
  const tujuanCol = header.columns.get("tujuan")?.[0];
  // "Indikator Sasaran Kota" before the agency's sasaran and "Indikator Program" after the
  // program describe other things: the sasaran's indicators sit between the two.
  const indikatorCol = header.columns
    .get("indikator")
    ?.find((col) => col > sasaranCol && col < programCol);
  const links: CascadingLink[] = [];
  const seen = new Set<string>();
  let sasaran = "";
  let indikator = "";
  let tujuan: SourcedText | undefined;
  for (let row = header.dataStart; row <= view.lastRow; row++) {
    const tujuanText = tujuanCol === undefined ? "" : view.text(row, tujuanCol);
    if (tujuanText) tujuan = { text: tujuanText, ref: view.ref(row, tujuanCol!) };
    const sasaranText = view.text(row, sasaranCol);
    if (sasaranText && sasaranText !== sasaran) {
      sasaran = sasaranText;
      indikator = "";
    }
    const indikatorText = indikatorCol === undefined ? "" : view.text(row, indikatorCol);
    if (indikatorText) indikator = indikatorText;
    const programMerge = view.merge(row, programCol);
    if (programMerge && programMerge.top !== row) continue;
    const program = view.text(row, programCol);
    if (!program || !sasaran) continue;
    const key = `${normalizeName(sasaran)}|${normalizeName(indikator)}|${normalizeName(program)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({
      sasaran,
      program,
      ref: view.ref(row, programCol),
      ...(indikator ? { indikator } : {}),
      ...(tujuan ? { tujuan } : {}),
    });
  }
  const findings: Finding[] =
    links.length === 0
      ? [
          {
            severity: "warning",
            code: "finding.cascadingEmpty",
            ref: view.ref(header.top, programCol),
            params: { sheet: view.name },
          },
        ]
      : [];
  return { links, findings };
}

/**
 * The Tujuan of each sasaran the indicator sheet gives none, from the cascading line of the same
 * sasaran (the Lampiran prints it). The indicator sheet's own Tujuan wins.
 */
export function addTujuanFromCascading(indicators: IndicatorSheet, links: CascadingLink[]): void {
  const withTujuan = links.filter((link) => link.tujuan);
  if (withTujuan.length === 0) return;
  const matcher = new NameMatcher(withTujuan, (link) => link.sasaran);
  for (const sasaran of indicators.sasaran) {
    if (sasaran.tujuan) continue;
    const link = matcher.best(sasaran.name.text)?.item;
    if (link) sasaran.tujuan = link.tujuan;
  }
}
