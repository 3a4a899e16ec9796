import type { SourcedNumber, SourcedText } from "../model/cellRef";
import type { Finding } from "../model/finding";
import type { Arah, IndicatorSheet, Indikator, Sasaran } from "../model/indicators";
import { plainNumber, readSourcedNumber } from "./cellNumber";
import type { HeaderMatch } from "./headerFinder";
import { agencyName } from "./budgetReader";
import type { SheetView } from "./sheetView";
import { titleYear } from "./yearDetect";

export interface IndicatorRead {
  sheet: IndicatorSheet;
  findings: Finding[];
}

interface YearColumns {
  targets: Map<number, number>;
  realisasi: Map<number, number>;
  akhir?: { col: number; year?: number };
}

/** An indicator sheet (Sasaran, Indikator, Satuan, Arah, Target/Realisasi per year, …). */
export function readIndicators(
  view: SheetView,
  header: HeaderMatch,
  defaultYear: number | undefined
): IndicatorRead {
  const findings: Finding[] = [];
  const col = (role: string): number | undefined => header.columns.get(role)?.[0];
  const years = yearColumns(view, header, defaultYear, findings);
  const indikatorCol = col("indikator")!;
  const sasaranCol = col("sasaran");
  const sasaranList: Sasaran[] = [];
  let current: Sasaran | undefined;
  let currentKey = "";
  let emptyRun = 0;
  for (let row = header.dataStart; row <= view.lastRow; row++) {
    if (view.isRowEmpty(row)) {
      if (++emptyRun >= 5 && sasaranList.length > 0) break;
      continue;
    }
    emptyRun = 0;
    const indikatorMerge = view.merge(row, indikatorCol);
    if (indikatorMerge && indikatorMerge.top !== row) continue; // same indicator, merged down
    const sasaranText = sasaranCol === undefined ? "" : view.text(row, sasaranCol);
    const sasaranMerge = sasaranCol === undefined ? undefined : view.merge(row, sasaranCol);
    const ownsSasaran = sasaranCol !== undefined && view.text(row, sasaranCol, false) !== "";
    const key = sasaranMerge ? `m${sasaranMerge.top}` : ownsSasaran ? `r${row}` : currentKey;
    const startsNew =
      key !== currentKey && sasaranText !== "" && !sameName(sasaranText, current?.name.text ?? "");
    if (!current || startsNew) {
      const refRow = sasaranMerge ? sasaranMerge.top : row;
      const refCol = sasaranCol ?? indikatorCol;
      current = { name: { text: sasaranText, ref: view.ref(refRow, refCol) }, indikator: [] };
      const tujuanCol = col("tujuan");
      if (tujuanCol !== undefined && view.text(row, tujuanCol)) {
        current.tujuan = { text: view.text(row, tujuanCol), ref: view.ref(row, tujuanCol) };
      }
      sasaranList.push(current);
    }
    currentKey = key;
    const name = view.text(row, indikatorCol);
    if (!name) {
      if (ownsSasaran && current.indikator.length === 0) {
        findings.push({
          severity: "warning",
          code: "finding.sasaranWithoutIndikator",
          ref: current.name.ref,
          params: { sasaran: current.name.text },
        });
      }
      continue;
    }
    const indikator = readIndikatorRow(view, row, header, years, findings);
    indikator.name = { text: name, ref: view.ref(row, indikatorCol) };
    const duplicate = current.indikator.find((other) => sameName(other.name.text, name));
    if (duplicate) {
      findings.push({
        severity: "warning",
        code: "finding.duplicateIndikator",
        ref: indikator.name.ref,
        params: { name, first: duplicate.name.ref.address },
      });
    }
    current.indikator.push(indikator);
  }
  const kept = sasaranList.filter((sasaran) => sasaran.indikator.length > 0);
  if (kept.length === 0) {
    findings.push({
      severity: "error",
      code: "finding.indicatorsEmpty",
      ref: view.ref(header.top, indikatorCol),
      params: { sheet: view.name },
    });
  }
  const allYears = [...new Set([...years.targets.keys(), ...years.realisasi.keys()])].sort(
    (a, b) => a - b
  );
  const agency = agencyName(view, header.top);
  return {
    sheet: { sheet: view.name, ...(agency ? { agency } : {}), sasaran: kept, years: allYears },
    findings,
  };
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return norm(a) === norm(b);
}

function yearColumns(
  view: SheetView,
  header: HeaderMatch,
  defaultYear: number | undefined,
  findings: Finding[]
): YearColumns {
  const result: YearColumns = { targets: new Map(), realisasi: new Map() };
  const fallback = defaultYear ?? titleYear(view, header.top)?.year;
  for (const [role, cols] of header.columns) {
    const [kind, yearText] = role.split(":");
    if (kind === "targetAkhir") {
      result.akhir = { col: cols[0], ...(yearText ? { year: Number(yearText) } : {}) };
      continue;
    }
    if (kind !== "target" && kind !== "realisasi") continue;
    const year = yearText ? Number(yearText) : fallback;
    if (year === undefined) {
      findings.push({
        severity: "warning",
        code: "finding.yearUnknown",
        ref: view.ref(header.top, cols[0]),
        params: { label: header.labels.get(cols[0]) ?? "" },
      });
      continue;
    }
    const map = kind === "target" ? result.targets : result.realisasi;
    if (!map.has(year)) map.set(year, cols[0]);
  }
  return result;
}

function readIndikatorRow(
  view: SheetView,
  row: number,
  header: HeaderMatch,
  years: YearColumns,
  findings: Finding[]
): Indikator {
  const col = (role: string): number | undefined => header.columns.get(role)?.[0];
  const text = (role: string): SourcedText | undefined => {
    const c = col(role);
    if (c === undefined) return undefined;
    const value = view.text(row, c);
    return value ? { text: value, ref: view.ref(row, c) } : undefined;
  };
  const name = view.text(row, col("indikator")!);
  const figures = (map: Map<number, number>, code: string): Record<number, SourcedNumber> => {
    const out: Record<number, SourcedNumber> = {};
    for (const [year, c] of map) {
      const before = findings.length;
      const figure = plainNumber(readSourcedNumber(view, row, c, findings));
      out[year] = figure;
      if (figure.value === null && findings.length === before) {
        findings.push({ severity: "warning", code, ref: figure.ref, params: { name, year } });
      }
    }
    return out;
  };
  const indikator: Indikator = {
    name: { text: name, ref: view.ref(row, col("indikator")!) },
    arah: "naik",
    targets: figures(years.targets, "finding.missingTarget"),
    realisasi: figures(years.realisasi, "finding.missingRealisasi"),
    row,
  };
  const satuan = text("satuan");
  if (satuan) indikator.satuan = satuan;
  const arah = text("arah");
  if (arah) indikator.arah = parseArah(arah, findings);
  if (years.akhir) {
    const figure = plainNumber(readSourcedNumber(view, row, years.akhir.col, findings));
    if (figure.value !== null) {
      indikator.targetAkhirRenstra = years.akhir.year
        ? { ...figure, year: years.akhir.year }
        : figure;
    }
  }
  const analisa = text("analisa");
  if (analisa) indikator.analisaPenyebab = analisa;
  const solusi = text("solusi");
  if (solusi) indikator.solusi = solusi;
  const program = text("program");
  if (program) indikator.programPendukung = program;
  return indikator;
}

/** "naik"/"turun" and the words and arrows agencies use for them. */
export function parseArah(arah: SourcedText, findings: Finding[]): Arah {
  const value = arah.text.toLowerCase().replace(/\s+/g, " ").trim();
  if (/rasio|t\s*\/\s*r|turun_rasio/.test(value)) return "turun_rasio";
  if (/^(?:naik|meningkat|positif|maksimal|maksimum|max|tinggi|↑|\+|up|higher)/.test(value))
    return "naik";
  if (/^(?:turun|menurun|negatif|minimal|minimum|min|rendah|↓|-|down|lower)/.test(value))
    return "turun";
  findings.push({
    severity: "warning",
    code: "finding.arahUnknown",
    ref: arah.ref,
    params: { text: arah.text },
  });
  return "naik";
}
