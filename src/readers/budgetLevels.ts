import type { BudgetLevel } from "../model/budget";
import type { BudgetRecord } from "./budgetRows";

/** How the sheet tells a Program row from a Kegiatan row; reported to the user. */
export type LevelSignal = "code" | "number" | "bold" | "prefix" | "none";

export interface LevelPlan {
  signal: LevelSignal;
  /** Level per record, null for grouping rows above program level (urusan, bidang). */
  levels: (BudgetLevel | null)[];
}

/** Upper-case I…XXXIX only: lower-case letters number kegiatan ("a.", "c.", "d."). */
const ROMAN = /^(?=[IVX]+\.?$)X{0,3}(?:IX|IV|V?I{0,3})\.?$/;
const INTEGER = /^\d+\.?$/;
const DOTTED = /^\d+(?:\.\d+)+\.?$/;

/** Parts of a dotted code, one trailing dot ignored: "1.06.01." -> 3. */
function segments(code: string): number {
  let dots = 0;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46 /* . */) dots++;
  return code.endsWith(".") ? dots : dots + 1;
}

/**
 * Decides the level of every budget row from the strongest signal the sheet offers: SIPD/SIMDA
 * codes (their depth), then the No column (numbered rows are programs), then bold rows, then an
 * upper-case "PROGRAM" prefix. A signal counts only if it tells rows apart in this sheet.
 */
export function planLevels(records: BudgetRecord[]): LevelPlan {
  const coded = records.filter((record) => record.code.includes("."));
  if (coded.length > 0 && coded.length * 2 >= records.length) {
    return { signal: "code", levels: levelsFromCodes(records) };
  }
  const byNumber = levelsFromNumbers(records);
  if (byNumber) return { signal: "number", levels: byNumber };
  const boldCount = records.filter((record) => record.bold).length;
  if (boldCount > 0 && boldCount < records.length) {
    return {
      signal: "bold",
      levels: records.map((record) => (record.bold ? "program" : kegiatanOrSub(record))),
    };
  }
  const upper = records.filter((record) => /^PROGRAM\b/.test(record.name.text));
  const prefixed =
    upper.length > 0
      ? (record: BudgetRecord) => /^PROGRAM\b/.test(record.name.text)
      : (record: BudgetRecord) => /^program\b/i.test(record.name.text);
  const prefixCount = records.filter(prefixed).length;
  if (prefixCount > 0 && prefixCount < records.length) {
    return {
      signal: "prefix",
      levels: records.map((record) => (prefixed(record) ? "program" : kegiatanOrSub(record))),
    };
  }
  return { signal: "none", levels: records.map(() => "program") };
}

function kegiatanOrSub(record: BudgetRecord): BudgetLevel {
  return /^sub\s*kegiatan\b/i.test(record.name.text) ? "subKegiatan" : "kegiatan";
}

/**
 * SIPD (Permendagri 90/2019) codes have fixed depths: 1.06.01 program, 1.06.01.2.01 kegiatan,
 * 1.06.01.2.01.0001 sub kegiatan. Other code systems are read relatively: the depth of the rows
 * named PROGRAM (or the shallowest depth) is the program level, the next two below it follow.
 */
function levelsFromCodes(records: BudgetRecord[]): (BudgetLevel | null)[] {
  // Depth of each record's code (0: no code), counted once.
  const depthOf = records.map((record) => (record.code ? segments(record.code) : 0));
  const depths = [...new Set(depthOf.filter((depth) => depth > 0))].sort((a, b) => a - b);
  const sipd = depths.includes(3) && depths.every((depth) => [1, 2, 3, 5, 6].includes(depth));
  let order: number[];
  if (sipd) {
    order = [3, 5, 6];
  } else {
    const programDepths = records
      .filter((r) => r.code && /^program\b/i.test(r.name.text))
      .map((r) => segments(r.code));
    const programDepth = programDepths.length > 0 ? Math.min(...programDepths) : depths[0];
    order = depths.filter((depth) => depth >= programDepth).slice(0, 3);
  }
  const levels: BudgetLevel[] = ["program", "kegiatan", "subKegiatan"];
  return records.map((record, index) => {
    if (!record.code) return /^program\b/i.test(record.name.text) ? "program" : "kegiatan";
    const depth = depthOf[index];
    const level = order.indexOf(depth);
    if (level >= 0) return levels[level];
    return depth < order[0] ? null : "subKegiatan";
  });
}

/** The No column: programs numbered (1, 2 or I, II), kegiatan unnumbered or numbered 1.1 / a. */
function levelsFromNumbers(records: BudgetRecord[]): (BudgetLevel | null)[] | null {
  const hasRoman = records.some((r) => ROMAN.test(r.no) && !INTEGER.test(r.no));
  const isProgramNo = (no: string): boolean =>
    hasRoman ? ROMAN.test(no) && !INTEGER.test(no) : INTEGER.test(no);
  const programs = records.filter((r) => isProgramNo(r.no)).length;
  if (programs === 0 || programs === records.length) return null;
  return records.map((record) => {
    if (isProgramNo(record.no)) return "program";
    if (DOTTED.test(record.no) && segments(record.no) >= 3) return "subKegiatan";
    return kegiatanOrSub(record);
  });
}
