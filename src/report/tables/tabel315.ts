import { operandFigure, programsPagu, programsRealisasi } from "../budgetOperands";
import { capaianFigure, keteranganFigure, predikatFigure, serapanFigure } from "../figures";
import {
  budgetSkip,
  indicatorFormat,
  indicatorRows,
  inRow,
  programsBySasaran,
  sourceCell,
  tableText,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, RowCells, TableRow } from "../tableSpec";
import {
  indicatorColumns,
  indicatorLeadCells,
  leadSpans,
  noIndicators,
  sasaranSpans,
} from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";
import { unattributedSkip } from "../tableSkips";
import { programsByIndicator, programsOfIndicator } from "../indicatorPrograms";

/** Tabel 3.1.5: performance (target, realisasi, capaian) beside the budget (alokasi, realisasi, serapan) of one year. */
export function buildTabel315(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const budget = context.budget;
  if (!budget) return budgetSkip(context);
  const { tahun } = context;
  if (!rows.some(({ indikator }) => indikator.targets[tahun] || indikator.realisasi[tahun])) {
    return { skip: { reasonKey: "report.skip.noIndicatorYear", params: { tahun } } };
  }
  const bySasaran = programsBySasaran(context);
  const programs = programsByIndicator(context);
  const unattributed = unattributedSkip(bySasaran);
  if (unattributed) return unattributed;
  const kinerjaGroup = tableText("report.group.kinerja", { tahun });
  const satuan = satuanColumn(rows, kinerjaGroup);
  let withoutPrograms = 0;
  const body: TableRow[] = rows.map((row) => {
    const target = row.indikator.targets[tahun];
    const realisasi = row.indikator.realisasi[tahun];
    const capaian = capaianFigure(
      inRow("realisasi", realisasi),
      inRow("target", target),
      row.indikator.arah
    );
    const kinerja: RowCells = {
      ...indicatorLeadCells(row),
      ...satuan.cells(row),
      target: sourceCell(context, target, indicatorFormat(target)),
      realisasi: sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
      capaian,
      predikat: predikatFigure(context, "{capaian}", capaian),
      keterangan: keteranganFigure("{capaian}", capaian),
    };
    // Linked to indicators: each indicator its own budget; else the sasaran's, merged over it.
    const ownBudget = programs.byIndikator.has(row.sasaranIndex);
    if (!row.first && !ownBudget) return { cells: kinerja };
    const served = ownBudget
      ? programsOfIndicator(programs, row.sasaranIndex, row.indikatorIndex)
      : (bySasaran.get(row.sasaranIndex) ?? []);
    if (ownBudget && served.length === 0) {
      withoutPrograms++;
      return { cells: kinerja, rowSpans: leadSpans(row) };
    }
    const pagu = programsPagu(context, served);
    const spent = programsRealisasi(context, served);
    return {
      cells: {
        ...kinerja,
        alokasi: operandFigure(pagu, "rupiah"),
        realisasiAnggaran: operandFigure(spent, "rupiah"),
        serapan: serapanFigure(
          { expr: "{realisasiAnggaran}", value: spent.value },
          { expr: "{alokasi}", value: pagu.value }
        ),
      },
      rowSpans: ownBudget
        ? leadSpans(row)
        : sasaranSpans(row, ["alokasi", "realisasiAnggaran", "serapan"]),
    };
  });
  const anggaran = tableText("report.group.anggaran", { tahun });
  return {
    spec: {
      id: "3.1.5",
      sheetName: "Tabel 3.1.5",
      titleLines: titleLines(context, "3.1.5", "report.title.3.1.5"),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            ...satuan.columns,
            {
              key: "target",
              header: tableText("report.col.target"),
              group: kinerjaGroup,
              width: 11,
            },
            {
              key: "realisasi",
              header: tableText("report.col.realisasi"),
              group: kinerjaGroup,
              width: 11,
            },
            {
              key: "capaian",
              header: tableText("report.col.capaian"),
              group: kinerjaGroup,
              width: 11,
            },
            {
              key: "predikat",
              header: tableText("report.col.predikat"),
              group: kinerjaGroup,
              width: 13,
            },
            {
              key: "keterangan",
              header: tableText("report.col.ketercapaian"),
              group: kinerjaGroup,
              width: 13,
            },
            { key: "alokasi", header: tableText("report.col.alokasi"), group: anggaran, width: 18 },
            {
              key: "realisasiAnggaran",
              header: tableText("report.col.realisasi"),
              group: anggaran,
              width: 18,
            },
            { key: "serapan", header: tableText("report.col.capaian"), group: anggaran, width: 11 },
          ],
          rows: body,
          notes: [
            tableText("report.note.attribution"),
            ...(withoutPrograms > 0 ? [tableText("report.note.indicatorWithoutProgram")] : []),
          ],
        },
      ],
    },
  };
}
