import type { BudgetLine } from "../../model/budget";
import type { Indikator, Sasaran } from "../../model/indicators";
import { capaianFigure, predikatFigure, serapanFigure } from "../figures";
import {
  budgetSkip,
  indicatorFormat,
  indicatorRows,
  inRow,
  programsBySasaran,
  sourceCell,
  tableText,
  text,
  type ReportContext,
} from "../context";
import type { BuildResult, TableCell, TableRow } from "../tableSpec";
import { noIndicators, withoutYear } from "./indicatorColumns";

const EMPTY: TableCell = { kind: "empty" };

/**
 * Lampiran Pengukuran Kinerja: per sasaran its indicators (target, realisasi, capaian, predikat)
 * beside its programs and their kegiatan (pagu, realisasi, serapan) of the same year. Programs
 * attributed to no sasaran (routine support programs) close the table in a group of their own.
 */
export function buildLampiran(context: ReportContext): BuildResult {
  const sasaranList = context.model.indicators?.sasaran ?? [];
  if (sasaranList.length === 0) return noIndicators();
  const noYear = withoutYear(context, indicatorRows(context));
  if (noYear && !context.budget) return noYear;
  const { tahun } = context;
  const bySasaran = programsBySasaran(context);
  const body: TableRow[] = [];
  sasaranList.forEach((sasaran, index) => {
    body.push(...group(context, index + 1, sasaran, sasaran.indikator, bySasaran.get(index) ?? []));
  });
  const unattributed = bySasaran.get(null) ?? [];
  if (unattributed.length > 0) body.push(...group(context, null, undefined, [], unattributed));
  const anggaran = tableText("report.col.anggaran");
  return {
    spec: {
      id: "lampiran",
      sheetName: "Lampiran Pengukuran Kinerja",
      titleLines: [
        tableText("report.title.lampiran"),
        tableText("report.title.lampiran.pk"),
        context.agency.toUpperCase(),
        tableText("report.title.year", { tahun }),
      ].filter((line) => line !== ""),
      blocks: [
        {
          columns: [
            { header: tableText("report.col.no"), width: 5 },
            { header: tableText("report.col.tujuan"), width: 24 },
            { header: tableText("report.col.sasaran"), width: 24 },
            { header: tableText("report.col.indikator"), width: 28 },
            { header: tableText("report.col.target"), width: 10 },
            { header: tableText("report.col.realisasi"), width: 10 },
            { header: tableText("report.col.capaian"), width: 10 },
            { header: tableText("report.col.predikat"), width: 12 },
            { header: tableText("report.col.programKegiatan"), width: 40 },
            { header: tableText("report.col.pagu"), group: anggaran, width: 17 },
            { header: tableText("report.col.realisasi"), group: anggaran, width: 17 },
            { header: tableText("report.col.capaian"), group: anggaran, width: 10 },
          ],
          rows: body,
          notes: context.budget
            ? []
            : [tableText("report.note.budgetMissing", budgetSkip(context).skip.params)],
        },
      ],
    },
  };
}

function group(
  context: ReportContext,
  number: number | null,
  sasaran: Sasaran | undefined,
  indicators: Indikator[],
  programs: BudgetLine[]
): TableRow[] {
  const lines = programs.flatMap((program) => [program, ...program.children]);
  const height = Math.max(indicators.length, lines.length, 1);
  const rows: TableRow[] = [];
  for (let i = 0; i < height; i++) {
    const rowSpans: Record<number, number> = {};
    const lead: TableCell[] = [EMPTY, EMPTY, EMPTY];
    if (i === 0) {
      lead[0] = number === null ? EMPTY : { kind: "number", value: number, format: "integer" };
      lead[1] = text(sasaran?.tujuan?.text);
      lead[2] = text(sasaran?.name.text);
      if (height > 1) Object.assign(rowSpans, { 0: height, 1: height, 2: height });
    }
    const indicatorCells =
      i < indicators.length
        ? indicatorPart(context, indicators[i])
        : [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY];
    // The last indicator stretches down beside the remaining program lines.
    if (i === indicators.length - 1 && height > indicators.length) {
      for (const column of [3, 4, 5, 6, 7]) rowSpans[column] = height - i;
    }
    const line = lines[i];
    rows.push({
      cells: lead.concat(
        indicatorCells,
        line ? programPart(context, line) : [EMPTY, EMPTY, EMPTY, EMPTY]
      ),
      rowSpans: Object.keys(rowSpans).length > 0 ? rowSpans : undefined,
    });
  }
  return rows;
}

function indicatorPart(context: ReportContext, indikator: Indikator): TableCell[] {
  const target = indikator.targets[context.tahun];
  const realisasi = indikator.realisasi[context.tahun];
  const capaian = capaianFigure(inRow(6, realisasi), inRow(5, target), indikator.arah);
  return [
    text(indikator.name.text),
    sourceCell(context, target, indicatorFormat(target)),
    sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
    capaian,
    predikatFigure(context, "{c7}", capaian),
  ];
}

function programPart(context: ReportContext, line: BudgetLine): TableCell[] {
  return [
    text(line.name.text, line.level === "program"),
    sourceCell(context, line.pagu, "rupiah"),
    sourceCell(context, line.realisasi, "rupiah"),
    serapanFigure(inRow(11, line.realisasi), inRow(10, line.pagu)),
  ];
}
