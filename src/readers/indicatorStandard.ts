import type { SourcedNumber } from "../model/cellRef";
import type { Finding } from "../model/finding";
import { plainNumber, readSourcedNumber } from "./cellNumber";
import type { HeaderMatch } from "./headerFinder";
import type { SheetView } from "./sheetView";

/**
 * The national or provincial standard beside an indicator ("Target Nasional", "Standar
 * Nasional", "SPM", "Target Provinsi"; headerVocabulary.ts), compared in Tabel 3.1.9. Kept apart
 * from the yearly targets: a standard is not the agency's own target of any year.
 */
export function standardColumn(header: HeaderMatch): { col: number; label: string } | undefined {
  const col = header.columns.get("standar")?.[0];
  if (col === undefined) return undefined;
  return { col, label: (header.labels.get(col) ?? "").replace(/\s+/g, " ").trim() };
}

/** The row's standard, when the sheet has the column and the cell a number; else undefined. */
export function readStandard(
  view: SheetView,
  row: number,
  header: HeaderMatch,
  findings: Finding[]
): SourcedNumber | undefined {
  const column = standardColumn(header);
  if (!column || view.text(row, column.col) === "") return undefined;
  const figure = plainNumber(readSourcedNumber(view, row, column.col, findings));
  return figure.value === null ? undefined : figure;
}
