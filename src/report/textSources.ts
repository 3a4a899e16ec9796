import type { BudgetLine } from "../model/budget";
import type { SourcedNumber } from "../model/cellRef";
import type { ReportContext } from "./context";

export interface TextSourcedSheet {
  sheet: string;
  /** Addresses of the input cells whose number was read from text, in reading order. */
  cells: string[];
}

/**
 * Input cells the tables use whose number was typed as text ("Rp 1.283.419.000"): the tables
 * write their value as a constant instead of a formula to the cell, so they no longer follow it.
 * Grouped per sheet, for the Ringkasan to say so once per sheet.
 */
export function textSourcedFigures(context: ReportContext): TextSourcedSheet[] {
  const bySheet = new Map<string, string[]>();
  const seen = new Set<string>();
  const add = (source: SourcedNumber | undefined) => {
    if (!source || source.value === null || context.isNumericCell(source.ref)) return;
    const key = `${source.ref.sheet}!${source.ref.address}`;
    if (seen.has(key)) return;
    seen.add(key);
    const cells = bySheet.get(source.ref.sheet) ?? [];
    cells.push(source.ref.address);
    bySheet.set(source.ref.sheet, cells);
  };
  const { tahun } = context;
  for (const sasaran of context.model.indicators?.sasaran ?? []) {
    for (const indikator of sasaran.indikator) {
      for (const year of [tahun - 1, tahun]) {
        add(indikator.targets[year]);
        add(indikator.realisasi[year]);
      }
      add(indikator.targetAkhirRenstra);
    }
  }
  const visit = (line: BudgetLine) => {
    add(line.pagu);
    add(line.realisasi);
    line.children.forEach(visit);
  };
  context.budget?.programs.forEach(visit);
  add(context.budget?.total?.pagu);
  add(context.budget?.total?.realisasi);
  return [...bySheet].map(([sheet, cells]) => ({ sheet, cells }));
}
