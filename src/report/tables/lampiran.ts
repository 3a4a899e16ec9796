import type { BudgetLine } from "../../model/budget";
import type { Indikator, Sasaran } from "../../model/indicators";
import { capaianFigure, keteranganFigure, predikatFigure, serapanFigure } from "../figures";
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
import { programName } from "../programNames";
import type { BuildResult, RowCells, TableRow } from "../tableSpec";
import { noIndicators, withoutYear } from "./indicatorColumns";
import { satuanColumn, type SatuanColumn } from "./satuanColumn";

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
  const satuan = satuanColumn(
    sasaranList.flatMap((sasaran) => sasaran.indikator.map((indikator) => ({ indikator })))
  );
  const body: TableRow[] = [];
  sasaranList.forEach((sasaran, index) => {
    body.push(
      ...group(context, satuan, index + 1, sasaran, sasaran.indikator, bySasaran.get(index) ?? [])
    );
  });
  const unattributed = bySasaran.get(null) ?? [];
  if (unattributed.length > 0) {
    body.push(...group(context, satuan, null, undefined, [], unattributed));
  }
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
            { key: "no", header: tableText("report.col.no"), width: 5 },
            { key: "tujuan", header: tableText("report.col.tujuan"), width: 24 },
            { key: "sasaran", header: tableText("report.col.sasaran"), width: 24 },
            { key: "indikator", header: tableText("report.col.indikator"), width: 28 },
            ...satuan.columns,
            { key: "target", header: tableText("report.col.target"), width: 10 },
            { key: "realisasi", header: tableText("report.col.realisasi"), width: 10 },
            { key: "capaian", header: tableText("report.col.capaian"), width: 10 },
            { key: "predikat", header: tableText("report.col.predikat"), width: 12 },
            { key: "keterangan", header: tableText("report.col.ketercapaian"), width: 12 },
            { key: "program", header: tableText("report.col.programKegiatan"), width: 40 },
            { key: "pagu", header: tableText("report.col.pagu"), group: anggaran, width: 17 },
            {
              key: "realisasiAnggaran",
              header: tableText("report.col.realisasi"),
              group: anggaran,
              width: 17,
            },
            { key: "serapan", header: tableText("report.col.capaian"), group: anggaran, width: 10 },
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
  satuan: SatuanColumn,
  number: number | null,
  sasaran: Sasaran | undefined,
  indicators: Indikator[],
  programs: BudgetLine[]
): TableRow[] {
  const lines = programs.flatMap((program) => [program, ...program.children]);
  const height = Math.max(indicators.length, lines.length, 1);
  const rows: TableRow[] = [];
  for (let i = 0; i < height; i++) {
    const rowSpans: Record<string, number> = {};
    const cells: RowCells = {};
    if (i === 0) {
      if (number !== null) cells.no = { kind: "number", value: number, format: "integer" };
      cells.tujuan = text(sasaran?.tujuan?.text);
      cells.sasaran = text(sasaran?.name.text);
      if (height > 1) Object.assign(rowSpans, { no: height, tujuan: height, sasaran: height });
    }
    if (i < indicators.length) {
      Object.assign(
        cells,
        indicatorPart(context, indicators[i]),
        satuan.cells({ indikator: indicators[i] })
      );
    }
    // The last indicator stretches down beside the remaining program lines.
    if (i === indicators.length - 1 && height > indicators.length) {
      const keys = ["indikator", ...satuan.columns.map((column) => column.key), "target"];
      for (const key of [...keys, "realisasi", "capaian", "predikat", "keterangan"])
        rowSpans[key] = height - i;
    }
    const line = lines[i];
    if (line) Object.assign(cells, programPart(context, line));
    rows.push({
      cells,
      rowSpans: Object.keys(rowSpans).length > 0 ? rowSpans : undefined,
    });
  }
  return rows;
}

function indicatorPart(context: ReportContext, indikator: Indikator): RowCells {
  const target = indikator.targets[context.tahun];
  const realisasi = indikator.realisasi[context.tahun];
  const capaian = capaianFigure(
    inRow("realisasi", realisasi),
    inRow("target", target),
    indikator.arah
  );
  return {
    indikator: text(indikator.name.text),
    target: sourceCell(context, target, indicatorFormat(target)),
    realisasi: sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
    capaian,
    predikat: predikatFigure(context, "{capaian}", capaian),
    keterangan: keteranganFigure("{capaian}", capaian),
  };
}

function programPart(context: ReportContext, line: BudgetLine): RowCells {
  return {
    program: text(programName(context, line), line.level === "program"),
    pagu: sourceCell(context, line.pagu, "rupiah"),
    realisasiAnggaran: sourceCell(context, line.realisasi, "rupiah"),
    serapan: serapanFigure(inRow("realisasiAnggaran", line.realisasi), inRow("pagu", line.pagu)),
  };
}
