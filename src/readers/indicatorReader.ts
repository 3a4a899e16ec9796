import type { SourcedNumber, SourcedText } from "../model/cellRef";
import type { Finding } from "../model/finding";
import type {
  IndicatorSheet,
  Indikator,
  RenstraCandidate,
  RenstraChoice,
  Sasaran,
} from "../model/indicators";
import type { UserArahWord } from "./arahWords";
import { agencyName } from "./budgetReader";
import { plainNumber, readSourcedNumber } from "./cellNumber";
import type { HeaderMatch } from "./headerFinder";
import { yearUnknownFinding } from "./indicatorHeader";
import { decideArah, type ArahChoices, type ArahContext } from "./indicatorArah";
import {
  checkIndicatorQuarters,
  hasQuarterValue,
  indicatorQuarterColumns,
  readIndicatorQuarters,
  readSifat,
  type IndicatorQuarterColumns,
} from "./indicatorQuarters";
import { renstraByEvidence } from "./indicatorRenstra";
import { readStandard, standardColumn } from "./indicatorStandard";
import { isRepeatedHeader, repeatedHeaderFinding } from "./repeatedHeader";
import type { SheetView } from "./sheetView";
import { titleYear, yearFromText } from "./yearDetect";

export interface IndicatorReadOptions {
  /** The report year; also the year of undated target and realisasi columns. */
  reportYear?: number;
  /** Words of the user's "Kamus Arah" sheet. */
  arahWords?: readonly UserArahWord[];
  /** Arah the user chose in the pane for indicators with none typed. */
  arahChoices?: ArahChoices;
  /** The end-of-Renstra target column when the sheet has no "Target Akhir Renstra" column. */
  renstraTarget?: RenstraChoice;
}

export interface IndicatorRead {
  sheet: IndicatorSheet;
  findings: Finding[];
}

interface YearColumns {
  targets: Map<number, number>;
  realisasi: Map<number, number>;
  akhir?: { col: number; year?: number };
  renstraCandidates: RenstraCandidate[];
  quarters: IndicatorQuarterColumns;
}

/** An indicator sheet (Sasaran, Indikator, Satuan, Arah, Target/Realisasi per year, …). */
export function readIndicators(
  view: SheetView,
  header: HeaderMatch,
  options: IndicatorReadOptions = {}
): IndicatorRead {
  const findings: Finding[] = [];
  const col = (role: string): number | undefined => header.columns.get(role)?.[0];
  const years = yearColumns(view, header, options, findings);
  const arahContext: ArahContext = {
    userWords: options.arahWords ?? [],
    choices: options.arahChoices ?? {},
  };
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
    if (isRepeatedHeader(view, header, row)) {
      findings.push(repeatedHeaderFinding(view, header, row));
      continue;
    }
    const previous = current?.indikator[current.indikator.length - 1];
    const indikatorMerge = view.merge(row, indikatorCol);
    if (indikatorMerge && indikatorMerge.top !== row) {
      // Same indicator, merged down: a row of another year's causes when there is a Tahun column.
      if (previous) addYearCauses(previous, yearCauses(view, row, header));
      continue;
    }
    const causes = yearCauses(view, row, header);
    const repeated = view.text(row, indikatorCol);
    if (causes && previous && (repeated === "" || sameName(repeated, previous.name.text))) {
      // Causes as rows with a Tahun column: the indicator's next year, not a new indicator.
      addYearCauses(previous, causes);
      continue;
    }
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
    const indikator = readIndikatorRow(view, row, header, years, arahContext, findings);
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
  reportDefaultArah(view, header, kept, findings);
  const allYears = [
    ...new Set([...years.targets.keys(), ...years.realisasi.keys(), ...years.quarters.keys()]),
  ].sort((a, b) => a - b);
  const agency = agencyName(view, header.top);
  const sheet: IndicatorSheet = {
    sheet: view.name,
    ...(agency ? { agency } : {}),
    sasaran: kept,
    years: allYears,
  };
  if (years.renstraCandidates.length > 0) sheet.renstraCandidates = years.renstraCandidates;
  const standard = standardColumn(header);
  if (standard) sheet.standarLabel = standard.label;
  if (years.akhir?.year !== undefined && years.renstraCandidates.length > 0) {
    sheet.renstraYear = years.akhir.year;
  }
  return { sheet, findings };
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return norm(a) === norm(b);
}

function yearColumns(
  view: SheetView,
  header: HeaderMatch,
  options: IndicatorReadOptions,
  findings: Finding[]
): YearColumns {
  const fallback = options.reportYear ?? titleYear(view, header.top)?.year;
  const result: YearColumns = {
    targets: new Map(),
    realisasi: new Map(),
    renstraCandidates: [],
    quarters: indicatorQuarterColumns(view, header, fallback, findings),
  };
  for (const [role, cols] of header.columns) {
    const [kind, yearText] = role.split(":");
    if (kind === "targetAkhir") {
      result.akhir = { col: cols[0], ...(yearText ? { year: Number(yearText) } : {}) };
      continue;
    }
    if (kind !== "target" && kind !== "realisasi") continue;
    const year = yearText ? Number(yearText) : fallback;
    if (year === undefined) {
      findings.push(yearUnknownFinding(view, header, cols[0]));
      continue;
    }
    const map = kind === "target" ? result.targets : result.realisasi;
    if (!map.has(year)) map.set(year, cols[0]);
  }
  if (!result.akhir) {
    const evidence = renstraByEvidence(
      view,
      header,
      result.targets,
      result.realisasi,
      options.reportYear,
      options.renstraTarget ?? "auto",
      findings
    );
    result.renstraCandidates = evidence.candidates;
    if (evidence.taken) {
      // The Renstra's target is not a target of that year's report: it leaves the yearly targets.
      result.akhir = evidence.taken;
      result.targets.delete(evidence.taken.year);
    }
  }
  return result;
}

function readIndikatorRow(
  view: SheetView,
  row: number,
  header: HeaderMatch,
  years: YearColumns,
  arahContext: ArahContext,
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
  const nameCell = { text: name, ref: view.ref(row, col("indikator")!) };
  const indikator: Indikator = {
    name: nameCell,
    ...decideArah(nameCell, text("arah"), arahContext, findings),
    targets: figures(years.targets, "finding.missingTarget"),
    realisasi: figures(years.realisasi, "finding.missingRealisasi"),
    row,
  };
  const satuan = text("satuan");
  if (satuan) indikator.satuan = satuan;
  if (years.akhir) {
    const figure = plainNumber(readSourcedNumber(view, row, years.akhir.col, findings));
    if (figure.value !== null) {
      indikator.targetAkhirRenstra = years.akhir.year
        ? { ...figure, year: years.akhir.year }
        : figure;
    }
  }
  const causes = yearCauses(view, row, header);
  if (causes) {
    addYearCauses(indikator, causes);
  } else {
    const analisa = text("analisa");
    if (analisa) indikator.analisaPenyebab = analisa;
    const solusi = text("solusi");
    if (solusi) indikator.solusi = solusi;
  }
  for (const role of header.columns.keys()) {
    const [kind, year] = role.split(":");
    if (!year || (kind !== "analisa" && kind !== "solusi")) continue;
    const written = text(role);
    if (!written) continue;
    const perYear =
      kind === "analisa" ? (indikator.analisaPerTahun ??= {}) : (indikator.solusiPerTahun ??= {});
    perYear[Number(year)] = written;
  }
  const program = text("program");
  if (program) indikator.programPendukung = program;
  const triwulan = readIndicatorQuarters(view, row, years.quarters, findings);
  // Empty quarterly columns (an input template used for the year only) say nothing of Sifat.
  if (triwulan && hasQuarterValue(triwulan)) {
    indikator.triwulan = triwulan;
    indikator.sifat = readSifat(view, row, header, nameCell, findings);
    checkIndicatorQuarters(indikator, findings);
  }
  const standar = readStandard(view, row, header, findings);
  if (standar) indikator.standar = standar;
  return indikator;
}

interface YearCauses {
  year: number;
  analisa?: SourcedText;
  solusi?: SourcedText;
}

/**
 * The causes and solutions of one row when the sheet writes them one row per year ("Tahun |
 * Analisa Penyebab | Solusi"): the row's year and its texts; undefined without a Tahun column,
 * a year in it, or any text.
 */
function yearCauses(view: SheetView, row: number, header: HeaderMatch): YearCauses | undefined {
  const col = (role: string): number | undefined => header.columns.get(role)?.[0];
  const tahunCol = col("tahun");
  if (tahunCol === undefined) return undefined;
  const year = yearFromText(view.text(row, tahunCol, false));
  if (year === null) return undefined;
  const own = (role: string): SourcedText | undefined => {
    const c = col(role);
    const value = c === undefined ? "" : view.text(row, c, false);
    return value ? { text: value, ref: view.ref(row, c!) } : undefined;
  };
  const analisa = own("analisa");
  const solusi = own("solusi");
  if (!analisa && !solusi) return undefined;
  return { year, ...(analisa ? { analisa } : {}), ...(solusi ? { solusi } : {}) };
}

function addYearCauses(indikator: Indikator, causes: YearCauses | undefined): void {
  if (!causes) return;
  if (causes.analisa) (indikator.analisaPerTahun ??= {})[causes.year] = causes.analisa;
  if (causes.solusi) (indikator.solusiPerTahun ??= {})[causes.year] = causes.solusi;
}

/**
 * Indicators left at the default naik (no Arah typed, nothing in the name) are not decided
 * silently either: one Info for the sheet names how many and the first one's cell.
 */
function reportDefaultArah(
  view: SheetView,
  header: HeaderMatch,
  sasaran: Sasaran[],
  findings: Finding[]
): void {
  const defaulted = sasaran
    .flatMap((entry) => entry.indikator)
    .filter((indikator) => indikator.arahSource === "default");
  if (defaulted.length === 0) return;
  const arahCol = header.columns.get("arah")?.[0];
  findings.push({
    severity: "info",
    code: arahCol === undefined ? "finding.arahColumnMissing" : "finding.arahDefaulted",
    ref: defaulted[0].name.ref,
    params: { sheet: view.name, count: defaulted.length, name: defaulted[0].name.text },
  });
}
