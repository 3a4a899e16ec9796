import { memenuhiStandarFigure, selisihStandarFigure } from "../figures";
import {
  indicatorFormat,
  indicatorRows,
  inRow,
  sourceCell,
  tableText,
  titleLines,
  type IndicatorRow,
  type ReportContext,
} from "../context";
import type { BuildResult, TableRow } from "../tableSpec";
import { indicatorColumns, indicatorLeadCells, leadSpans, noIndicators } from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";

/**
 * Tabel 3.1.9 Perbandingan dengan Standar: the year's realisasi against the national or
 * provincial standard the indicator sheet gives ("Target Nasional", "SPM", …), the gap
 * (realisasi − standar) and whether it meets it, minding Arah. Only indicators with a standard.
 */
export function buildTabel319(context: ReportContext): BuildResult {
  const all = indicatorRows(context);
  if (all.length === 0) return noIndicators();
  const label = context.model.indicators?.standarLabel;
  if (!label) return { skip: { reasonKey: "report.skip.noStandardColumn", params: {} } };
  const rows = regrouped(all.filter(({ indikator }) => indikator.standar));
  if (rows.length === 0) {
    return { skip: { reasonKey: "report.skip.noStandardValues", params: { label } } };
  }
  const { tahun } = context;
  const satuan = satuanColumn(rows);
  const body: TableRow[] = rows.map((row) => {
    const realisasi = row.indikator.realisasi[tahun];
    const standar = row.indikator.standar!;
    const format = indicatorFormat(realisasi ?? standar);
    const present = realisasi?.value != null;
    return {
      cells: {
        ...indicatorLeadCells(row),
        ...satuan.cells(row),
        realisasi: sourceCell(context, realisasi, format),
        standar: sourceCell(context, standar, indicatorFormat(standar)),
        selisih: present
          ? selisihStandarFigure(inRow("realisasi", realisasi), inRow("standar", standar), format)
          : { kind: "empty" },
        memenuhi: present
          ? memenuhiStandarFigure(
              inRow("realisasi", realisasi),
              inRow("standar", standar),
              row.indikator.arah
            )
          : { kind: "empty" },
      },
      rowSpans: leadSpans(row),
    };
  });
  return {
    spec: {
      id: "3.1.9",
      sheetName: "Tabel 3.1.9",
      titleLines: titleLines(context, "3.1.9", "report.title.3.1.9"),
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            ...satuan.columns,
            {
              key: "realisasi",
              header: tableText("report.col.realisasiTahun", { tahun }),
              width: 14,
            },
            { key: "standar", header: label, width: 14 },
            { key: "selisih", header: tableText("report.col.selisihStandar"), width: 13 },
            { key: "memenuhi", header: tableText("report.col.memenuhiStandar"), width: 15 },
          ],
          rows: body,
          notes: [tableText("report.note.standar", { label })],
        },
      ],
    },
  };
}

/** Sasaran numbers and merged spans counted again over the indicators kept. */
function regrouped(rows: IndicatorRow[]): IndicatorRow[] {
  let number = 0;
  return rows.map((row, index) => {
    const first = index === 0 || rows[index - 1].sasaranIndex !== row.sasaranIndex;
    if (first) number++;
    const count = rows.filter((other) => other.sasaranIndex === row.sasaranIndex).length;
    return { ...row, number, first, count };
  });
}
