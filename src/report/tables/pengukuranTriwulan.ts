import type { BudgetLine } from "../../model/budget";
import type { Indikator, Sasaran } from "../../model/indicators";
import { TRIWULAN_ROMAN, type Triwulan } from "../../model/quarters";
import { codeCell, detailDepth, linesToDepth, nameCell } from "../budgetDetail";
import { programsPagu } from "../budgetOperands";
import {
  cellsSumOperand,
  inRow,
  programsBySasaran,
  sourceCell,
  tableText,
  text,
  type ReportContext,
} from "../context";
import { capaianFigure, predikatFigure, serapanFigure } from "../figures";
import { programName } from "../programNames";
import type { BuildResult, RowCells, TableColumn, TableRow } from "../tableSpec";
import { budgetToQuarter, indicatorToQuarter, toQuarterCell, toQuarterOperand } from "../toQuarter";
import { noIndicators } from "./indicatorColumns";
import { satuanColumn, type SatuanColumn } from "./satuanColumn";

/** The sheet's name for quarter n: "Pengukuran Kinerja TW II". */
export function triwulanSheetName(n: Triwulan): string {
  return tableText("report.sheet.triwulan", { triwulan: TRIWULAN_ROMAN[n] });
}

/**
 * Pengukuran Kinerja Triwulan N, in the seed's Lampiran 3 layout: per sasaran its indicators
 * (annual target, realisasi up to quarter N by Sifat, capaian; against the target up to quarter N
 * where the sheet has quarterly targets; predikat) beside its programs, kegiatan and sub kegiatan
 * (pagu, realisasi up to quarter N, serapan), closed by a JUMLAH row.
 */
export function buildPengukuranTriwulan(context: ReportContext): BuildResult {
  const n = context.triwulan;
  const sasaranList = context.model.indicators?.sasaran ?? [];
  if (n === undefined) return { skip: { reasonKey: "report.skip.noTriwulan", params: {} } };
  if (sasaranList.length === 0) return noIndicators();
  const { tahun } = context;
  const indicators = sasaranList.flatMap((sasaran) => sasaran.indikator);
  const budget = context.budget;
  const budgetHasQuarters = (budget?.programs ?? []).some((line) => budgetToQuarter(line, n));
  if (!indicators.some((indikator) => indikator.triwulan?.[tahun]) && !budgetHasQuarters) {
    return {
      skip: {
        reasonKey: "report.skip.noQuarters",
        params: { triwulan: TRIWULAN_ROMAN[n], tahun },
      },
    };
  }
  const withTargets = indicators.some((indikator) =>
    Object.values(indikator.triwulan?.[tahun]?.targets ?? {}).some((cell) => cell?.value != null)
  );
  const satuan = satuanColumn(indicators.map((indikator) => ({ indikator })));
  const depth = budget ? detailDepth(budget, context.rincian) : 0;
  const bySasaran = programsBySasaran(context);
  const body: TableRow[] = [];
  sasaranList.forEach((sasaran, index) => {
    const programs = bySasaran.get(index) ?? [];
    body.push(...group(context, n, satuan, withTargets, depth, index + 1, sasaran, programs));
  });
  const unattributed = bySasaran.get(null) ?? [];
  if (unattributed.length > 0) {
    body.push(...group(context, n, satuan, withTargets, depth, null, undefined, unattributed));
  }
  if (budget) body.push(jumlahRow(context, n, budget.programs));
  const roman = TRIWULAN_ROMAN[n];
  const notes = [tableText("report.note.triwulan", { triwulan: roman })];
  if (!budget) notes.push(tableText("report.note.budgetMissing", { tahun }));
  else if (!budgetHasQuarters)
    notes.push(tableText("report.note.budgetNoQuarters", { triwulan: roman }));
  return {
    spec: {
      id: "triwulan",
      sheetName: triwulanSheetName(n),
      titleLines: [
        tableText("report.title.lampiran.pk"),
        tableText("report.title.triwulan", { triwulan: roman, tahun }),
        context.agency.toUpperCase(),
      ].filter((line) => line !== ""),
      blocks: [{ columns: columns(context, n, satuan, withTargets), rows: body, notes }],
    },
  };
}

function columns(
  context: ReportContext,
  n: Triwulan,
  satuan: SatuanColumn,
  withTargets: boolean
): TableColumn[] {
  const roman = TRIWULAN_ROMAN[n];
  const kinerja = tableText("report.col.kinerjaTriwulan", { triwulan: roman });
  const anggaran = tableText("report.col.anggaranTriwulan", { triwulan: roman });
  const sd = tableText("report.col.sdTriwulan", { triwulan: roman });
  return [
    { key: "no", header: tableText("report.col.no"), width: 5 },
    { key: "sasaran", header: tableText("report.col.sasaran"), width: 24 },
    { key: "indikator", header: tableText("report.col.indikator"), width: 28 },
    ...satuan.columns,
    {
      key: "target",
      header: tableText("report.col.targetTahun", { tahun: context.tahun }),
      group: kinerja,
      width: 11,
    },
    {
      key: "realisasi",
      header: tableText("report.col.realisasiSd", { triwulan: roman }),
      group: kinerja,
      width: 11,
    },
    { key: "capaian", header: tableText("report.col.capaianTahunan"), group: kinerja, width: 11 },
    ...(withTargets
      ? [
          {
            key: "targetTw",
            header: tableText("report.col.targetSd", { triwulan: roman }),
            group: kinerja,
            width: 11,
          },
          {
            key: "capaianTw",
            header: tableText("report.col.capaianTriwulan", { triwulan: roman }),
            group: kinerja,
            width: 11,
          },
        ]
      : []),
    { key: "predikat", header: tableText("report.col.predikat"), group: kinerja, width: 12 },
    { key: "kode", header: tableText("report.col.kode"), width: 17 },
    { key: "program", header: tableText("report.col.programKegiatanSub"), width: 36 },
    { key: "pagu", header: tableText("report.col.pagu"), group: anggaran, width: 17 },
    { key: "realisasiAnggaran", header: sd, group: anggaran, width: 17 },
    { key: "serapan", header: tableText("report.col.serapanSingkat"), group: anggaran, width: 11 },
  ];
}

function group(
  context: ReportContext,
  n: Triwulan,
  satuan: SatuanColumn,
  withTargets: boolean,
  depth: number,
  number: number | null,
  sasaran: Sasaran | undefined,
  programs: BudgetLine[]
): TableRow[] {
  const indicators = sasaran?.indikator ?? [];
  const lines = linesToDepth(programs, depth).lines;
  const height = Math.max(indicators.length, lines.length, 1);
  const rows: TableRow[] = [];
  for (let i = 0; i < height; i++) {
    const rowSpans: Record<string, number> = {};
    const cells: RowCells = {};
    if (i === 0) {
      if (number !== null) cells.no = { kind: "number", value: number, format: "integer" };
      cells.sasaran = text(sasaran?.name.text ?? tableText("report.row.pendukung"));
      if (height > 1) Object.assign(rowSpans, { no: height, sasaran: height });
    }
    const indikator = indicators[i];
    if (indikator) {
      Object.assign(
        cells,
        indicatorCells(context, n, withTargets, indikator),
        satuan.cells({ indikator })
      );
    }
    // The last indicator stretches down beside the remaining budget lines.
    if (i === indicators.length - 1 && height > indicators.length) {
      const keys = [
        "indikator",
        ...satuan.columns.map((c) => c.key),
        "target",
        "realisasi",
        "capaian",
        "predikat",
      ];
      if (withTargets) keys.push("targetTw", "capaianTw");
      for (const key of keys) rowSpans[key] = height - i;
    }
    const line = lines[i];
    if (line) Object.assign(cells, budgetCells(context, n, line));
    rows.push({ cells, ...(Object.keys(rowSpans).length > 0 ? { rowSpans } : {}) });
  }
  return rows;
}

function indicatorCells(
  context: ReportContext,
  n: Triwulan,
  withTargets: boolean,
  indikator: Indikator
): RowCells {
  const quarters = indikator.triwulan?.[context.tahun];
  const target = indikator.targets[context.tahun];
  const realisasi = indicatorToQuarter(indikator, quarters?.realisasi, n);
  const realisasiValue = toQuarterOperand(context, realisasi);
  const capaian = capaianFigure(
    { expr: "{realisasi}", value: realisasiValue.value },
    inRow("target", target),
    indikator.arah
  );
  const cells: RowCells = {
    indikator: text(indikator.name.text),
    target: sourceCell(context, target, realisasi?.format ?? "general"),
    realisasi: toQuarterCell(context, realisasi),
    capaian,
  };
  let predikatOf = { expr: "{capaian}", cell: capaian };
  if (withTargets) {
    const targetTw = indicatorToQuarter(indikator, quarters?.targets, n);
    const targetValue = toQuarterOperand(context, targetTw);
    cells.targetTw = toQuarterCell(context, targetTw);
    if (targetValue.value !== null) {
      const capaianTw = capaianFigure(
        { expr: "{realisasi}", value: realisasiValue.value },
        { expr: "{targetTw}", value: targetValue.value },
        indikator.arah
      );
      cells.capaianTw = capaianTw;
      // Measured against the quarter's own target, the predikat says how the quarter went.
      predikatOf = { expr: "{capaianTw}", cell: capaianTw };
    }
  }
  cells.predikat = predikatFigure(context, predikatOf.expr, predikatOf.cell);
  return cells;
}

function budgetCells(context: ReportContext, n: Triwulan, line: BudgetLine): RowCells {
  const spent = toQuarterOperand(context, budgetToQuarter(line, n));
  return {
    kode: codeCell(line),
    program: nameCell(line, programName(context, line)),
    pagu: sourceCell(context, line.pagu, "rupiah"),
    realisasiAnggaran: toQuarterCell(context, budgetToQuarter(line, n)),
    serapan: serapanFigure(
      { expr: "{realisasiAnggaran}", value: spent.value },
      inRow("pagu", line.pagu)
    ),
  };
}

/** JUMLAH: the programs' pagu and realisasi up to quarter N, as SUM of their input cells. */
function jumlahRow(context: ReportContext, n: Triwulan, programs: BudgetLine[]): TableRow {
  const pagu = programsPagu(context, programs);
  const spentCells = programs.flatMap((program) => budgetToQuarter(program, n)?.cells ?? []);
  const spent = cellsSumOperand(context, spentCells);
  const anySpent = spentCells.some((cell) => cell.value !== null);
  return {
    emphasis: true,
    cells: {
      program: { kind: "text", text: tableText("report.cell.total"), bold: true },
      pagu: { kind: "figure", formula: `=${pagu.expr}`, value: pagu.value ?? 0, format: "rupiah" },
      ...(anySpent
        ? {
            realisasiAnggaran: {
              kind: "figure",
              formula: `=${spent.expr}`,
              value: spent.value ?? 0,
              format: "rupiah",
            },
            serapan: serapanFigure(
              { expr: "{realisasiAnggaran}", value: spent.value },
              { expr: "{pagu}", value: pagu.value }
            ),
          }
        : {}),
    },
  };
}
