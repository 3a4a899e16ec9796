import {
  indicatorFormat,
  indicatorRows,
  sourceCell,
  tableText,
  text,
  titleLines,
  type ReportContext,
} from "../context";
import type { Indikator } from "../../model/indicators";
import type { SourcedText } from "../../model/cellRef";
import type { BuildResult, TableCell, TableRow } from "../tableSpec";
import { indicatorYearColumns, noIndicators, withoutYear } from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";

/**
 * Tabel 3.1.7: causes of success or failure and the solutions, as the user wrote them for the
 * report year. The table is part of every LKjIP: without causes for the year its cells stay empty
 * for the user to fill, and a note says where to write them.
 */
export function buildTabel317(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const noYear = withoutYear(context, rows);
  if (noYear) return noYear;
  const { tahun } = context;
  const satuan = satuanColumn(rows);
  const firstYear = firstRealisasiYear(context);
  const notes: string[] = [];
  const yearOf = (indikator: Indikator, kind: "analisa" | "solusi"): SourcedText | undefined => {
    const perYear = kind === "analisa" ? indikator.analisaPerTahun : indikator.solusiPerTahun;
    if (perYear?.[tahun]) return perYear[tahun];
    const undated = kind === "analisa" ? indikator.analisaPenyebab : indikator.solusi;
    if (!undated) return undefined;
    // A column without a year holds what was written when the sheet was first filled in: the
    // earliest year with a realisasi. A later year's table does not borrow it.
    if (firstYear === undefined || firstYear === tahun) return undated;
    const note = tableText("report.note.analisaUndated", {
      cell: `${undated.ref.sheet}!${undated.ref.address}`,
      year: firstYear,
      tahun,
    });
    if (!notes.includes(note)) notes.push(note);
    return undefined;
  };
  const body: TableRow[] = rows.map((row, index) => {
    const target = row.indikator.targets[tahun];
    const realisasi = row.indikator.realisasi[tahun];
    return {
      cells: {
        no: { kind: "number", value: index + 1, format: "integer" },
        indikator: text(row.indikator.name.text),
        ...satuan.cells(row),
        target: sourceCell(context, target, indicatorFormat(target)),
        realisasi: sourceCell(context, realisasi, indicatorFormat(realisasi ?? target)),
        analisa: text(yearOf(row.indikator, "analisa")?.text),
        solusi: text(yearOf(row.indikator, "solusi")?.text),
      },
    };
  });
  return {
    spec: {
      id: "3.1.7",
      sheetName: "Tabel 3.1.7",
      titleLines: titleLines(context, "3.1.7", "report.title.3.1.7"),
      blocks: [
        {
          columns: [
            ...indicatorYearColumns(tahun, satuan.columns),
            { key: "analisa", header: tableText("report.col.analisa"), width: 50 },
            { key: "solusi", header: tableText("report.col.solusi"), width: 40 },
          ],
          rows: body,
          notes:
            notes.length > 0 ||
            body.some(({ cells }) => filled(cells.analisa) || filled(cells.solusi))
              ? notes
              : [tableText("report.note.analisaEmpty", { tahun })],
        },
      ],
    },
  };
}

function filled(cell: TableCell | undefined): boolean {
  return cell !== undefined && cell.kind !== "empty";
}

/** The earliest year any indicator has a realisasi for. */
function firstRealisasiYear(context: ReportContext): number | undefined {
  const years = indicatorRows(context).flatMap(({ indikator }) =>
    Object.entries(indikator.realisasi)
      .filter(([, figure]) => figure.value !== null)
      .map(([year]) => Number(year))
  );
  return years.length > 0 ? Math.min(...years) : undefined;
}
