import type { Budget, BudgetLine } from "../model/budget";
import type { Finding } from "../model/finding";
import { checkBudget, type PercentCell } from "./budgetChecks";
import { budgetColumn } from "./budgetHeader";
import { budgetQuarterColumns, hasQuarterColumns, quarterColumnsText } from "./budgetQuarters";
import { plainNumber } from "./cellNumber";
import { planLevels, type LevelSignal } from "./budgetLevels";
import { readBudgetRows, type BudgetRecord } from "./budgetRows";
import type { HeaderMatch } from "./headerFinder";
import { columnLetter } from "../workbook/cellAddress";
import type { SheetView } from "./sheetView";
import { sheetNameYear, titleYear, yearFromText } from "./yearDetect";

export interface BudgetRead {
  budget: Budget;
  /** Which signal told programs from kegiatan, for the task pane's explanation. */
  levelSignal: LevelSignal;
  findings: Finding[];
}

/**
 * What a budget sheet is read as: a realisation (program > kegiatan > sub kegiatan, with
 * realisasi) or a pagu plan (Perjanjian Kinerja, DPA) that lists programs only.
 */
export type BudgetSheetKind = "realisation" | "paguPlan";

/** A budget sheet, given its header: lines, total, year and the checks' findings. */
export function readBudget(
  view: SheetView,
  header: HeaderMatch,
  kind: BudgetSheetKind = "realisation"
): BudgetRead {
  const findings: Finding[] = [];
  const { records, total, skipped } = readBudgetRows(view, header);
  findings.push(...skipped);
  const plan = planLevels(records);
  const programs: BudgetLine[] = [];
  // Each line's % cell (the decimals it shows, its formula), for the rounding-aware check.
  const percentCol = budgetColumn(header, "percent");
  const percentCells = new Map<BudgetLine, PercentCell>();
  let program: BudgetLine | undefined;
  let kegiatan: BudgetLine | undefined;
  records.forEach((record, index) => {
    const level = plan.levels[index];
    if (level === null) return;
    const line = toLine(record, level);
    percentCells.set(line, {
      decimals: record.percent?.decimals ?? null,
      formula: percentCol === undefined ? null : view.formula(record.row, percentCol),
    });
    if (record.findings.length > 0) findings.push(...record.findings);
    if (level === "program") {
      programs.push(line);
      program = line;
      kegiatan = undefined;
    } else if (level === "kegiatan" || !kegiatan) {
      if (!program) {
        findings.push(orphan(record));
        return;
      }
      line.level = "kegiatan";
      program.children.push(line);
      kegiatan = line;
    } else {
      kegiatan.children.push(line);
    }
  });
  if (total) findings.push(...total.findings);
  const quarterCols = budgetQuarterColumns(header);
  if (budgetColumn(header, "realisasi") === undefined && hasQuarterColumns(quarterCols)) {
    findings.push({
      severity: "info",
      code: "finding.realisasiFromQuarters",
      ref: view.ref(
        header.top,
        [...quarterCols.perQuarter.values(), ...quarterCols.cumulative.values()][0]
      ),
      params: { sheet: view.name, columns: quarterColumnsText(quarterCols) },
    });
  }
  // A pagu plan lists programs only: every row a program is what it means, not a doubt to report.
  if (plan.signal === "none" && records.length > 1 && kind === "realisation") {
    findings.push({
      severity: "info",
      code: "finding.levelsUnknown",
      ref: view.ref(header.top, header.columns.get("name")![0]),
    });
  }
  if (programs.length === 0) {
    findings.push({
      severity: "error",
      code: "finding.budgetEmpty",
      ref: view.ref(header.top, view.firstCol),
      params: { sheet: view.name },
    });
  }

  const budgetTotal = total
    ? { pagu: total.pagu, realisasi: total.realisasi, row: total.row }
    : undefined;
  findings.push(...checkBudget(programs, budgetTotal, percentCells));

  const year = budgetYear(view, header, findings);
  const letter = (role: string): string | undefined => {
    const col = budgetColumn(header, role);
    return col === undefined ? undefined : columnLetter(col);
  };
  const budget: Budget = {
    sheet: view.name,
    year: year?.year ?? null,
    yearSource: year?.source,
    agency: agencyName(view, header.top),
    columns: {
      name: letter("name")!,
      pagu: letter("pagu")!,
      ...(letter("realisasi") ? { realisasi: letter("realisasi") } : {}),
      ...(letter("percent") ? { percent: letter("percent") } : {}),
      ...(letter("no") ? { number: letter("no") } : {}),
      ...(letter("code") ? { code: letter("code") } : {}),
    },
    programs,
    ...(budgetTotal ? { total: budgetTotal } : {}),
  };
  return { budget, levelSignal: plan.signal, findings };
}

function toLine(record: BudgetRecord, level: BudgetLine["level"]): BudgetLine {
  const line: BudgetLine = {
    level,
    name: record.name,
    pagu: record.pagu,
    realisasi: record.realisasi,
    row: record.row,
    children: [],
  };
  if (record.no) line.number = record.no;
  if (record.code) line.code = record.code;
  if (record.percent) line.percent = plainNumber(record.percent);
  if (record.sisa) line.sisa = record.sisa;
  if (record.quarters) line.quarters = record.quarters;
  return line;
}

function orphan(record: BudgetRecord): Finding {
  return {
    severity: "warning",
    code: "finding.orphanKegiatan",
    ref: record.name.ref,
    params: { name: record.name.text },
  };
}

/** The sheet name's year first; the title's when the name has none; a conflict is reported. */
function budgetYear(view: SheetView, header: HeaderMatch, findings: Finding[]) {
  const fromName = sheetNameYear(view.name);
  const fromTitle = titleYear(view, header.top);
  if (fromName && fromTitle && fromName.year !== fromTitle.year) {
    findings.push({
      severity: "warning",
      code: "finding.yearConflict",
      ref: typeof fromTitle.source === "string" ? undefined : fromTitle.source,
      params: { sheet: view.name, sheetYear: fromName.year, titleYear: fromTitle.year },
    });
  }
  if (fromName || fromTitle) return fromName ?? fromTitle;
  for (const [col, label] of header.labels) {
    const year = yearFromText(label);
    if (year !== null) return { year, source: view.ref(header.top, col) };
  }
  return null;
}

const AGENCY =
  /\b(?:dinas|badan|kantor|sekretariat|inspektorat|satuan polisi|rumah sakit|kecamatan|kelurahan)\b.*$/i;

/** The agency's name as a title row states it ("DINAS SOSIAL KOTA PROBOLINGGO"). */
export function agencyName(view: SheetView, beforeRow: number): string | undefined {
  for (let row = view.firstRow; row < beforeRow; row++) {
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const match = AGENCY.exec(view.text(row, col, false));
      if (match) return match[0].replace(/\s+(?:tahun|th\.|ta\.?)\b.*$/i, "").trim();
    }
  }
  return undefined;
}
