import type { Budget } from "./budget";
import type { Attribution, CascadingLink, IndicatorSheet } from "./indicators";
import type { Finding } from "./finding";
import type { Signatures } from "./signature";

/** Everything the readers understood of a workbook: the input of the report builders. */
export interface LkjipModel {
  agency?: string;
  /** Budget sheets found, one per year at most. */
  budgets: Budget[];
  /**
   * Budgets with pagu but no realisasi (Perjanjian Kinerja, DPA), one per year at most: the
   * year's pagu for Tabel 2.2 when no realisation sheet has that year. Never used as realisation.
   */
  paguPlans?: Budget[];
  indicators?: IndicatorSheet;
  cascading?: { sheet: string; links: CascadingLink[] };
  /** Attribution of each program of the chosen year's budget to a sasaran. */
  attributions: Attribution[];
  findings: Finding[];
  /** Signature blocks typed in the workbook ("Penandatangan" block), if any. */
  penandatangan?: Signatures;
}
