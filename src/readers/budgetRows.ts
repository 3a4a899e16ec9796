import type { SourcedNumber, SourcedText } from "../model/cellRef";
import type { Finding } from "../model/finding";
import { budgetColumn } from "./budgetHeader";
import type { BudgetQuarters } from "../model/quarters";
import {
  budgetQuarterColumns,
  checkBudgetQuarters,
  readBudgetQuarters,
  realisasiFromQuarters,
} from "./budgetQuarters";
import { readPlainNumber, readSourcedNumber } from "./cellNumber";
import type { HeaderMatch } from "./headerFinder";
import { isRepeatedHeader, repeatedHeaderFinding } from "./repeatedHeader";
import type { SheetView } from "./sheetView";

/** One non-empty row under a budget header, before its level is known. */
export interface BudgetRecord {
  row: number;
  no: string;
  code: string;
  name: SourcedText;
  bold: boolean;
  pagu: SourcedNumber;
  realisasi: SourcedNumber;
  /** Quarterly realisasi, when the sheet has such columns. */
  quarters?: BudgetQuarters;
  percent?: SourcedNumber & { decimals?: number | null };
  /** The sheet's own Sisa (unspent) column, when it has one (SIPD exports do). */
  sisa?: SourcedNumber;
  /** Findings of this row's cells, kept only if the row is kept. */
  findings: Finding[];
}

export interface BudgetRows {
  records: BudgetRecord[];
  total?: BudgetRecord;
  /** Rows skipped because they repeat the header, as findings. */
  skipped: Finding[];
}

const TOTAL_WORDS = /^(?:jumlah|total|grand total|jumlah total|total belanja|jumlah belanja)\b/i;
/** A code written in front of the name: "1.06.01.2.01.0001 Penyediaan …". */
const LEADING_CODE = /^(\d+(?:\.\d+){1,6})\.?\s+(.+)$/;

const NO_FINDINGS: Finding[] = [];

/** Reads the rows under the header up to the total row (or the end of the table). */
export function readBudgetRows(view: SheetView, header: HeaderMatch): BudgetRows {
  const col = (role: string): number | undefined => budgetColumn(header, role);
  const nameCol = col("name")!;
  const noCol = col("no");
  const codeCol = col("code");
  const paguCol = col("pagu")!;
  // Undefined when the sheet has quarterly realisasi only (the year's is taken from the quarters)
  // or none at all (a Perjanjian Kinerja or DPA with pagu alone).
  const realisasiCol = col("realisasi");
  const quarterCols = budgetQuarterColumns(header);
  const percentCol = col("percent");
  const sisaCol = col("sisa");
  const records: BudgetRecord[] = [];
  // The cells' findings of the row being read; most rows have none and share NO_FINDINGS.
  const findings: Finding[] = [];
  const skipped: Finding[] = [];
  let emptyRun = 0;
  for (let row = header.dataStart; row <= view.lastRow; row++) {
    if (view.isRowEmpty(row)) {
      // A long gap ends the table: what follows is a signature block or another table.
      if (++emptyRun >= 5 && records.length > 0) break;
      continue;
    }
    emptyRun = 0;
    if (isRepeatedHeader(view, header, row)) {
      skipped.push(repeatedHeaderFinding(view, header, row));
      continue;
    }
    const pagu = readPlainNumber(view, row, paguCol, findings);
    const quarters = readBudgetQuarters(view, row, quarterCols, findings);
    const realisasi =
      realisasiCol === undefined
        ? quarters
          ? realisasiFromQuarters(quarters)
          : // A pagu-only sheet (Perjanjian Kinerja, DPA): no realisasi at all.
            { value: null, ref: view.ref(row, paguCol) }
        : readPlainNumber(view, row, realisasiCol, findings);
    const percent =
      percentCol === undefined
        ? undefined
        : readSourcedNumber(view, row, percentCol, findings, true);
    const sisa = sisaCol === undefined ? undefined : readPlainNumber(view, row, sisaCol, findings);
    let name = view.text(row, nameCol, false) || view.text(row, nameCol);
    let code = codeCol === undefined ? "" : view.text(row, codeCol, false);
    const no = noCol === undefined ? "" : view.text(row, noCol, false);
    const leading = LEADING_CODE.exec(name);
    if (!code && leading && leading[1].includes(".")) {
      code = leading[1];
      name = leading[2].trim();
    }
    const hasAmount = pagu.value !== null || realisasi.value !== null || findings.length > 0;
    if (quarters && (name || code)) {
      findings.push(
        ...checkBudgetQuarters(name, quarters, realisasiCol === undefined ? undefined : realisasi)
      );
    }
    const record: BudgetRecord = {
      row,
      no,
      code,
      name: { text: name, ref: view.ref(row, nameCol) },
      bold: view.bold(row, nameCol),
      pagu,
      realisasi,
      ...(quarters ? { quarters } : {}),
      percent,
      ...(sisa && sisa.value !== null ? { sisa } : {}),
      findings: findings.length > 0 ? findings.splice(0) : NO_FINDINGS,
    };
    if (TOTAL_WORDS.test(name) || TOTAL_WORDS.test(no) || (!name && !no && !code && hasAmount)) {
      return { records, total: record, skipped };
    }
    if (!name && !code) continue;
    records.push(record);
  }
  return { records, skipped };
}
