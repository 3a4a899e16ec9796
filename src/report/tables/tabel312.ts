import { perkembanganFigure, capaianFigure } from "../figures";
import {
  indicatorFormat,
  indicatorRows,
  inRow,
  operand,
  sourceCell,
  tableText,
  titleLines,
  type IndicatorRow,
  type ReportContext,
} from "../context";
import type { BuildResult, RowCells, TableColumn, TableRow } from "../tableSpec";
import { indicatorColumns, indicatorLeadCells, leadSpans, noIndicators } from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";
import { comparedYears } from "./comparedYears";

/**
 * Tabel 3.1.2: the realisasi of every earlier year the sheet holds (the last five at most) beside
 * this year's, each with its capaian where the year has targets, and whether performance went up
 * (Naik), down (Turun) or stayed (Tetap) against the year before, minding Arah. A realisasi column
 * holds the realisasi (89,63%), never the capaian the seed put there (112,04%).
 */
export function buildTabel312(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const { tahun } = context;
  const prev = tahun - 1;
  const earlier = comparedYears(context, rows);
  if (!earlier.includes(prev)) {
    return { skip: { reasonKey: "report.skip.noPreviousYear", params: { prev, tahun } } };
  }
  const years = [...earlier, tahun];
  const withTargets = years.filter((year) =>
    rows.some(({ indikator }) => indikator.targets[year]?.value != null)
  );
  const satuan = satuanColumn(rows);
  const body: TableRow[] = rows.map((row) => ({
    cells: {
      ...indicatorLeadCells(row),
      ...satuan.cells(row),
      ...yearCells(context, row, years, withTargets),
      perkembangan: perkembanganCell(row, prev, tahun),
    },
    rowSpans: leadSpans(row),
  }));
  const title =
    earlier.length > 1
      ? titleLines(context, "3.1.2", "report.title.3.1.2.series", { first: years[0], tahun })
      : titleLines(context, "3.1.2", "report.title.3.1.2", { prev, tahun });
  return {
    spec: {
      id: "3.1.2",
      sheetName: "Tabel 3.1.2",
      titleLines: title,
      blocks: [
        {
          columns: [
            ...indicatorColumns(),
            ...satuan.columns,
            ...years.flatMap((year) => yearColumns(year, withTargets.includes(year), tahun)),
            {
              key: "perkembangan",
              header: tableText("report.col.perkembangan", { prev }),
              width: 14,
            },
          ],
          rows: body,
          notes: [tableText("report.note.perkembangan")],
        },
      ],
    },
  };
}

/** The report year keeps the plain keys (realisasi, capaian); earlier years carry theirs. */
function keyOf(kind: "realisasi" | "capaian", year: number, tahun: number): string {
  return year === tahun ? kind : `${kind}_${year}`;
}

function yearColumns(year: number, capaian: boolean, tahun: number): TableColumn[] {
  const columns: TableColumn[] = [
    {
      key: keyOf("realisasi", year, tahun),
      header: tableText("report.col.realisasiTahun", { tahun: year }),
      width: 13,
    },
  ];
  if (capaian) {
    columns.push({
      key: keyOf("capaian", year, tahun),
      header: tableText("report.col.capaianTahun", { tahun: year }),
      width: 12,
    });
  }
  return columns;
}

function yearCells(
  context: ReportContext,
  row: IndicatorRow,
  years: number[],
  withTargets: number[]
): RowCells {
  const { targets, realisasi, arah } = row.indikator;
  const cells: RowCells = {};
  for (const year of years) {
    const realisasiKey = keyOf("realisasi", year, context.tahun);
    const value = realisasi[year];
    cells[realisasiKey] = sourceCell(context, value, indicatorFormat(value ?? targets[year]));
    if (!withTargets.includes(year)) continue;
    // The year's target is not a column of this table: the capaian refers to its input cell.
    cells[keyOf("capaian", year, context.tahun)] =
      value?.value != null && targets[year]?.value != null
        ? capaianFigure(inRow(realisasiKey, value), operand(context, targets[year]), arah)
        : { kind: "empty" };
  }
  return cells;
}

function perkembanganCell(row: IndicatorRow, prev: number, tahun: number) {
  const before = row.indikator.realisasi[prev];
  const now = row.indikator.realisasi[tahun];
  if (before?.value == null || now?.value == null) return { kind: "empty" } as const;
  return perkembanganFigure(
    inRow(keyOf("realisasi", prev, tahun), before),
    inRow("realisasi", now),
    row.indikator.arah
  );
}
