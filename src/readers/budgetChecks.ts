import { excelRound } from "../core/rounding";
import type { SourcedNumber } from "../model/cellRef";
import type { BudgetLine, BudgetTotal } from "../model/budget";
import type { Finding } from "../model/finding";
import { money, percent, sameAmount } from "./figures";

type Amount = "pagu" | "realisasi";

export interface PercentCell {
  /** Decimals the cell shows (null: General, taken as 2). */
  decimals: number | null;
  formula: string | null;
}

/**
 * A % computed by a formula from its own row's realisasi and pagu (=D7/C7, =IF(C7=0,0,D7/C7))
 * cannot disagree with them; its cached value may be stale in files written by other tools.
 */
function isOwnRatio(formula: string | null, line: BudgetLine): boolean {
  if (!formula || !formula.includes("/")) return false;
  const refs = [...formula.matchAll(/\$?([A-Z]{1,3})\$?(\d+)/g)].map((m) => `${m[1]}${m[2]}`);
  const own = [line.pagu.ref.address, line.realisasi.ref.address];
  return own.every((address) => refs.includes(address)) && refs.every((ref) => own.includes(ref));
}
const AMOUNTS: Amount[] = ["pagu", "realisasi"];

/** The checks a careful reviewer makes on a budget table; every problem becomes a finding. */
export function checkBudget(
  programs: BudgetLine[],
  total: BudgetTotal | undefined,
  /** How each line's % cell shows its value, and its formula. */
  percentCells: Map<BudgetLine, PercentCell> = new Map()
): Finding[] {
  const findings: Finding[] = [];
  const walk = (lines: BudgetLine[]): void => {
    checkDuplicates(lines, findings);
    for (const line of lines) {
      checkLine(line, percentCells.get(line), findings);
      if (line.children.length > 0) checkSums(line, findings);
      walk(line.children);
    }
  };
  walk(programs);
  if (total) checkTotal(programs, total, findings);
  return findings;
}

function checkLine(line: BudgetLine, cell: PercentCell | undefined, findings: Finding[]): void {
  const name = line.name.text;
  for (let i = 0; i < AMOUNTS.length; i++) {
    const amount = AMOUNTS[i];
    const figure = line[amount];
    if (figure.value !== null && figure.value < 0) {
      findings.push({
        severity: "warning",
        code: "finding.negativeAmount",
        ref: figure.ref,
        params: { name, column: amount, value: money(figure.value) },
      });
    }
  }
  const pagu = line.pagu.value;
  const realisasi = line.realisasi.value;
  if (pagu === null && realisasi === null && line.children.length === 0) {
    findings.push({
      severity: "warning",
      code: "finding.missingAmount",
      ref: line.pagu.ref,
      params: { name },
    });
  }
  if (pagu !== null && realisasi !== null && realisasi > pagu + 0.005) {
    findings.push({
      severity: "warning",
      code: "finding.realisasiAbovePagu",
      ref: line.realisasi.ref,
      params: { name, pagu: money(pagu), realisasi: money(realisasi) },
    });
  }
  if (
    line.percent &&
    line.percent.value !== null &&
    pagu !== null &&
    pagu > 0 &&
    realisasi !== null
  ) {
    if (!isOwnRatio(cell?.formula ?? null, line)) {
      checkPercent(line, line.percent, cell?.decimals ?? null, realisasi / pagu, findings);
    }
  }
}

/**
 * The sheet's % against realisasi/pagu, at the decimals the sheet shows: it must be the rounded
 * or the truncated value; anything else is an error.
 */
function checkPercent(
  line: BudgetLine,
  stated: SourcedNumber,
  decimals: number | null,
  computed: number,
  findings: Finding[]
): void {
  const value = stated.value!;
  // Unformatted numbers above 1.5 are percentage points (94,19), below they are fractions (0,9419).
  const fraction = stated.percent ? value : Math.abs(value) > 1.5 ? value / 100 : value;
  const digits = Math.min(4, decimals ?? 2);
  const shownStated = excelRound(fraction * 100, digits);
  const points = computed * 100;
  const scale = 10 ** digits;
  // Excel's ROUND, or a ROUNDDOWN/INT some sheets use; anything else is a wrong %.
  if (
    !sameShown(excelRound(points, digits), shownStated) &&
    !sameShown(Math.trunc(excelRound(points * scale, 6)) / scale, shownStated)
  ) {
    findings.push({
      severity: "warning",
      code: "finding.percentMismatch",
      ref: stated.ref,
      params: {
        name: line.name.text,
        stated: percent(fraction, digits),
        computed: percent(computed, digits),
      },
    });
  }
}

function sameShown(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function checkSums(line: BudgetLine, findings: Finding[]): void {
  for (const amount of AMOUNTS) {
    const stated = line[amount].value;
    if (stated === null) continue;
    // The children's sum in their order, empty cells as 0; no check when every one is empty.
    let sum = 0;
    let anyPart = false;
    for (const child of line.children) {
      const part = child[amount].value;
      if (part !== null) anyPart = true;
      sum += part ?? 0;
    }
    if (!anyPart) continue;
    if (!sameAmount(stated, sum)) {
      findings.push({
        severity: "error",
        code: "finding.sumMismatch",
        ref: line[amount].ref,
        params: {
          name: line.name.text,
          column: amount,
          stated: money(stated),
          sum: money(sum),
          difference: money(stated - sum),
        },
      });
    }
  }
}

function checkTotal(programs: BudgetLine[], total: BudgetTotal, findings: Finding[]): void {
  for (const amount of AMOUNTS) {
    const stated = total[amount].value;
    if (stated === null) continue;
    const sum = programs.reduce<number>((acc, line) => acc + (line[amount].value ?? 0), 0);
    if (!sameAmount(stated, sum)) {
      findings.push({
        severity: "error",
        code: "finding.totalMismatch",
        ref: total[amount].ref,
        params: {
          column: amount,
          stated: money(stated),
          sum: money(sum),
          difference: money(stated - sum),
        },
      });
    }
  }
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/**
 * Whether two lines have the same level and code, which duplicates need (their key is level,
 * code and name): mostly not, in sheets with codes, and then no name needs normalizing.
 */
function sharesLevelAndCode(lines: BudgetLine[]): boolean {
  if (lines.length < 2) return false; // most lines are sub kegiatan, without children
  if (lines.length <= 16) {
    for (let i = 1; i < lines.length; i++) {
      for (let j = 0; j < i; j++) {
        if (lines[i].level === lines[j].level && (lines[i].code ?? "") === (lines[j].code ?? "")) {
          return true;
        }
      }
    }
    return false;
  }
  const seen = new Set<string>();
  for (const line of lines) {
    const key = `${line.level}:${line.code ?? ""}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function checkDuplicates(lines: BudgetLine[], findings: Finding[]): void {
  if (!sharesLevelAndCode(lines)) return;
  const seen = new Map<string, BudgetLine>();
  for (const line of lines) {
    const key = `${line.level}:${line.code ?? ""}:${normalizeName(line.name.text)}`;
    const first = seen.get(key);
    if (first) {
      findings.push({
        severity: "warning",
        code: "finding.duplicateRow",
        ref: line.name.ref,
        params: { name: line.name.text, first: first.name.ref.address },
      });
    } else {
      seen.set(key, line);
    }
  }
}
