import type { CascadingLink } from "../model/indicators";
import type { Finding } from "../model/finding";
import type { HeaderMatch } from "./headerFinder";
import { normalizeName } from "./nameMatch";
import type { SheetView } from "./sheetView";

export interface CascadingRead {
  links: CascadingLink[];
  findings: Finding[];
}

/**
 * A Matriks Renstra (seed Lampiran 1): the agency's sasaran, then its programs, kegiatan below.
 * A sasaran cell is merged over its programs or typed once above blank cells; both carry down.
 */
export function readCascading(view: SheetView, header: HeaderMatch): CascadingRead {
  const sasaranCol = header.columns.get("sasaran")![0];
  const programCol = header.columns.get("program")![0];
  const links: CascadingLink[] = [];
  const seen = new Set<string>();
  let sasaran = "";
  for (let row = header.dataStart; row <= view.lastRow; row++) {
    const sasaranText = view.text(row, sasaranCol);
    if (sasaranText) sasaran = sasaranText;
    const programMerge = view.merge(row, programCol);
    if (programMerge && programMerge.top !== row) continue;
    const program = view.text(row, programCol);
    if (!program || !sasaran) continue;
    const key = `${normalizeName(sasaran)}|${normalizeName(program)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ sasaran, program, ref: view.ref(row, programCol) });
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
