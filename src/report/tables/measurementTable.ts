import type { BudgetLine } from "../../model/budget";
import type { SourcedNumber } from "../../model/cellRef";
import type { Indikator, Sasaran } from "../../model/indicators";
import { codeCell, codeWidth, detailDepth, linesToDepth, nameCell } from "../budgetDetail";
import { sumExpression } from "../sumExpression";
import {
  budgetSkip,
  indicatorFormat,
  indicatorRows,
  inRow,
  sourceCell,
  tableText,
  text,
  type ReportContext,
} from "../context";
import { capaianFigure, keteranganFigure, predikatFigure, serapanFigure } from "../figures";
import { programsByIndicator, type SasaranPrograms } from "../indicatorPrograms";
import { programName } from "../programNames";
import { bodyRowRef } from "../rowRefs";
import type { BuildResult, RowCells, TableColumn, TableRow, TableSpec } from "../tableSpec";
import { noIndicators, withoutYear } from "./indicatorColumns";
import { satuanColumn, type SatuanColumn } from "./satuanColumn";

/**
 * The period a measurement table reports on: the lines under its title and which figures it
 * shows. The Lampiran's is the whole year (TRIWULAN IV); a quarter's table gives its own.
 */
export interface MeasurementPeriod {
  /** Printed under the title, as in the seed: "TRIWULAN IV", "Tahun Anggaran 2017". */
  lines: string[];
  target(indikator: Indikator): SourcedNumber | undefined;
  realisasi(indikator: Indikator): SourcedNumber | undefined;
  /** A budget line's realisasi up to the end of the period. */
  realisasiAnggaran(line: BudgetLine): SourcedNumber | undefined;
}

/** The whole report year: TRIWULAN IV, the year's targets, realisasi and budget realisasi. */
export function annualPeriod(tahun: number): MeasurementPeriod {
  return {
    lines: [
      tableText("report.period.triwulan", { triwulan: "IV" }),
      tableText("report.period.tahunAnggaran", { tahun }),
    ],
    target: (indikator) => indikator.targets[tahun],
    realisasi: (indikator) => indikator.realisasi[tahun],
    realisasiAnggaran: (line) => line.realisasi,
  };
}

/** What names a measurement table: its id, sheet and the title lines above the agency. */
export interface MeasurementIdentity {
  id: TableSpec["id"];
  sheetName: string;
  titleLines: string[];
}

/**
 * A Pengukuran Kinerja table (seed "3. Pengukuran Kinerja Perangkat Daerah"): per sasaran, per
 * indicator its target, realisasi and capaian beside the programs the cascading sheet links to
 * that indicator with their kegiatan and sub kegiatan (pagu, realisasi, serapan), each
 * indicator's cells merged over exactly its own program rows. Programs serving a sasaran of
 * several indicators as a whole follow its indicators in a labelled block, so no program is
 * printed twice for that; programs attributed to no sasaran close the table in a labelled block;
 * JUMLAH sums the program rows (each program once), never the kegiatan.
 */
export function buildMeasurementTable(
  context: ReportContext,
  period: MeasurementPeriod,
  identity: MeasurementIdentity
): BuildResult {
  const sasaranList = context.model.indicators?.sasaran ?? [];
  if (sasaranList.length === 0) return noIndicators();
  const noYear = withoutYear(context, indicatorRows(context));
  if (noYear && !context.budget) return noYear;
  const programs = programsByIndicator(context);
  const depth = context.budget ? detailDepth(context.budget, context.rincian) : 0;
  const satuan = satuanColumn(
    sasaranList.flatMap((sasaran) => sasaran.indikator.map((indikator) => ({ indikator })))
  );
  const builder = new MeasurementRows(context, period, satuan, depth);
  sasaranList.forEach((sasaran, s) =>
    builder.addSasaran(s + 1, sasaran, programs.bySasaran.get(s))
  );
  if (programs.pendukung.length > 0) builder.addPendukung(programs.pendukung);
  const allLines = builder.lines;
  const hasCodes = allLines.some((line) => line.code);
  if (context.budget) builder.addTotal();
  const notes: string[] = [];
  if (!context.budget)
    notes.push(tableText("report.note.budgetMissing", budgetSkip(context).skip.params));
  if (builder.repeated > 0) notes.push(tableText("report.note.programRepeated"));
  if (builder.omitted > 0 && context.budget) {
    notes.push(
      tableText("report.note.rincian", { count: builder.omitted, sheet: context.budget.sheet })
    );
  }
  const anggaran = tableText("report.col.anggaran");
  const columns: TableColumn[] = [
    { key: "no", header: tableText("report.col.no"), width: 5 },
    { key: "tujuan", header: tableText("report.col.tujuan"), width: 22 },
    { key: "sasaran", header: tableText("report.col.sasaran"), width: 22 },
    { key: "indikator", header: tableText("report.col.indikator"), width: 26 },
    ...satuan.columns,
    { key: "target", header: tableText("report.col.target"), width: 10 },
    { key: "realisasi", header: tableText("report.col.realisasi"), width: 10 },
    { key: "capaian", header: tableText("report.col.capaian"), width: 10 },
    { key: "predikat", header: tableText("report.col.predikat"), width: 12 },
    { key: "keterangan", header: tableText("report.col.ketercapaian"), width: 12 },
    ...(hasCodes
      ? [{ key: "kode", header: tableText("report.col.kode"), width: codeWidth(allLines) }]
      : []),
    { key: "program", header: tableText(PROGRAM_HEADER[depth]), width: 40 },
    { key: "pagu", header: tableText("report.col.pagu"), group: anggaran, width: 17 },
    {
      key: "realisasiAnggaran",
      header: tableText("report.col.realisasi"),
      group: anggaran,
      width: 17,
    },
    { key: "serapan", header: tableText("report.col.capaian"), group: anggaran, width: 10 },
  ];
  return {
    spec: {
      id: identity.id,
      sheetName: identity.sheetName,
      titleLines: [...identity.titleLines, ...period.lines].filter((line) => line !== ""),
      blocks: [{ columns, rows: builder.rows, notes }],
    },
  };
}

const PROGRAM_HEADER = [
  "report.col.program",
  "report.col.programKegiatan",
  "report.col.programKegiatanSub",
];

/** Columns of the indicator part, merged down over an indicator's program rows. */
const INDICATOR_KEYS = ["indikator", "target", "realisasi", "capaian", "predikat", "keterangan"];

class MeasurementRows {
  readonly rows: TableRow[] = [];
  /** Programs listed under more than one indicator (counted once in JUMLAH). */
  repeated = 0;
  omitted = 0;
  /** Every budget line listed, for the width of the Kode column. */
  readonly lines: BudgetLine[] = [];
  /** Body row of each program's first listing, in order: what JUMLAH sums. */
  private readonly programRows = new Map<BudgetLine, number>();

  constructor(
    private readonly context: ReportContext,
    private readonly period: MeasurementPeriod,
    private readonly satuan: SatuanColumn,
    private readonly depth: number
  ) {}

  /**
   * A sasaran's indicators, each with the programs linked to it; programs serving the sasaran as
   * a whole sit beside its one indicator, or below several in a labelled block of their own.
   */
  addSasaran(number: number, sasaran: Sasaran, programs: SasaranPrograms | undefined): void {
    const top = this.rows.length;
    const shared = programs?.shared ?? [];
    if (sasaran.indikator.length <= 1) {
      const indikator = sasaran.indikator[0];
      this.addIndicatorBlock(indikator ? this.indicatorCells(indikator) : {}, programs?.all ?? []);
    } else {
      sasaran.indikator.forEach((indikator, i) =>
        this.addIndicatorBlock(this.indicatorCells(indikator), programs?.own[i] ?? [])
      );
      if (shared.length > 0) {
        const label = tableText("report.cell.programSasaran");
        this.addIndicatorBlock({ indikator: { kind: "text", text: label } }, shared);
      }
    }
    this.lead(top, {
      no: { kind: "number", value: number, format: "integer" },
      tujuan: text(sasaran.tujuan?.text),
      sasaran: text(sasaran.name.text),
    });
  }

  addPendukung(programs: BudgetLine[]): void {
    const top = this.rows.length;
    this.addIndicatorBlock({}, programs);
    this.lead(top, {
      sasaran: { kind: "text", text: tableText("report.cell.programPendukung"), bold: true },
    });
  }

  addTotal(): void {
    const first = [...this.programRows.values()];
    const pagu = first.map((row) => bodyRowRef("pagu", row));
    const spent = first.map((row) => bodyRowRef("realisasiAnggaran", row));
    const sum = (values: (number | null)[]) =>
      values.reduce<number>((total, value) => total + (value ?? 0), 0);
    const lines = [...this.programRows.keys()];
    const paguValue = sum(lines.map((line) => line.pagu.value));
    const spentValue = sum(lines.map((line) => this.period.realisasiAnggaran(line)?.value ?? null));
    this.rows.push({
      emphasis: true,
      cells: {
        program: { kind: "text", text: tableText("report.cell.total"), align: "center" },
        pagu: {
          kind: "figure",
          formula: `=${sumExpression(pagu)}`,
          value: paguValue,
          format: "rupiah",
        },
        realisasiAnggaran: {
          kind: "figure",
          formula: `=${sumExpression(spent)}`,
          value: spentValue,
          format: "rupiah",
        },
        serapan: serapanFigure(
          { expr: "{realisasiAnggaran}", value: spentValue },
          { expr: "{pagu}", value: paguValue }
        ),
      },
    });
  }

  /** An indicator's cells on its first row, its programs' lines below, the two merged alike. */
  private addIndicatorBlock(indicatorCells: RowCells, programs: BudgetLine[]): void {
    const { lines, omitted } = linesToDepth(programs, this.depth);
    const top = this.rows.length;
    const height = Math.max(1, lines.length);
    for (let i = 0; i < height; i++) {
      const line = lines[i];
      const cells: RowCells = i === 0 ? { ...indicatorCells } : {};
      if (line) {
        Object.assign(cells, this.lineCells(line));
        if (line.level === "program") {
          if (this.programRows.has(line)) this.repeated++;
          else this.programRows.set(line, this.rows.length);
        }
        this.lines.push(line);
      }
      this.rows.push({ cells });
    }
    this.omitted += omitted;
    if (height > 1) {
      const spans: Record<string, number> = {};
      for (const key of [...INDICATOR_KEYS, ...this.satuan.columns.map((c) => c.key)])
        spans[key] = height;
      this.rows[top].rowSpans = { ...this.rows[top].rowSpans, ...spans };
    }
  }

  /** No, Tujuan and Sasaran on the first row of a group, merged over all of its rows. */
  private lead(top: number, cells: RowCells): void {
    const height = this.rows.length - top;
    Object.assign(this.rows[top].cells, cells);
    if (height > 1) {
      this.rows[top].rowSpans = {
        ...this.rows[top].rowSpans,
        no: height,
        tujuan: height,
        sasaran: height,
      };
    }
  }

  private indicatorCells(indikator: Indikator): RowCells {
    const target = this.period.target(indikator);
    const realisasi = this.period.realisasi(indikator);
    const capaian = capaianFigure(
      inRow("realisasi", realisasi),
      inRow("target", target),
      indikator.arah
    );
    return {
      indikator: text(indikator.name.text),
      ...this.satuan.cells({ indikator }),
      target: sourceCell(this.context, target, indicatorFormat(target)),
      realisasi: sourceCell(this.context, realisasi, indicatorFormat(realisasi ?? target)),
      capaian,
      predikat: predikatFigure(this.context, "{capaian}", capaian),
      keterangan: keteranganFigure("{capaian}", capaian),
    };
  }

  private lineCells(line: BudgetLine): RowCells {
    const realisasi = this.period.realisasiAnggaran(line);
    return {
      kode: codeCell(line),
      program: nameCell(line, programName(this.context, line)),
      pagu: sourceCell(this.context, line.pagu, "rupiah"),
      realisasiAnggaran: sourceCell(this.context, realisasi, "rupiah"),
      serapan: serapanFigure(inRow("realisasiAnggaran", realisasi), inRow("pagu", line.pagu)),
    };
  }
}
