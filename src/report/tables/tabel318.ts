import type { BudgetLine } from "../../model/budget";
import {
  indicatorFormat,
  indicatorRows,
  sourceCell,
  tableText,
  text,
  titleLines,
  type ReportContext,
} from "../context";
import type { BuildResult, TableRow } from "../tableSpec";
import { programsByIndicator, programsOfIndicator } from "../indicatorPrograms";
import { indicatorYearColumns, noIndicators, withoutYear } from "./indicatorColumns";
import { satuanColumn } from "./satuanColumn";
import { asProgramName, programNamer, type ProgramNamer } from "../programNames";

/**
 * Tabel 3.1.8: the programs and kegiatan behind each indicator. Taken from the indicator sheet's
 * Program Pendukung column when filled, else from the programs of the year's budget serving the
 * indicator (linked to it by the cascading sheet, or to its sasaran), else from the cascading table.
 */
export function buildTabel318(context: ReportContext): BuildResult {
  const rows = indicatorRows(context);
  if (rows.length === 0) return noIndicators();
  const noYear = withoutYear(context, rows);
  if (noYear) return noYear;
  const programs = programsByIndicator(context);
  const nameOf = programNamer(context);
  const { tahun } = context;
  // Normalised once: a long cascading sheet is compared with every indicator.
  const cascading = (context.model.cascading?.links ?? []).map((link) => ({
    sasaran: normalize(link.sasaran),
    indikator: link.indikator && normalize(link.indikator),
    program: link.program,
  }));
  const programTexts = rows.map((row) => {
    // One program per line, however the user separated them ("A; B", "A\nB").
    const typed = row.indikator.programPendukung?.text;
    if (typed)
      return typed
        .split(/\s*[;\n]\s*/)
        .filter((name) => name !== "")
        .join("\n");
    const served = programsOfIndicator(programs, row.sasaranIndex, row.indikatorIndex);
    if (served.length > 0)
      return served.map((program) => programWithKegiatan(program, nameOf)).join("\n");
    const sasaran = normalize(row.sasaran.name.text);
    const indikator = normalize(row.indikator.name.text);
    const links = cascading.filter(
      (link) => link.sasaran === sasaran && (!link.indikator || link.indikator === indikator)
    );
    return [...new Set(links.map((link) => asProgramName(link.program)))].join("\n");
  });
  if (programTexts.every((value) => value === "")) {
    return { skip: { reasonKey: "report.skip.noPrograms", params: {} } };
  }
  const satuan = satuanColumn(rows);
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
        program: text(programTexts[index]),
      },
    };
  });
  return {
    spec: {
      id: "3.1.8",
      sheetName: "Tabel 3.1.8",
      titleLines: titleLines(context, "3.1.8", "report.title.3.1.8"),
      blocks: [
        {
          columns: [
            ...indicatorYearColumns(tahun, satuan.columns),
            { key: "program", header: tableText("report.col.programKegiatan"), width: 70 },
          ],
          rows: body,
        },
      ],
    },
  };
}

function programWithKegiatan(program: BudgetLine, nameOf: ProgramNamer): string {
  return [nameOf(program), ...program.children.map((kegiatan) => `• ${kegiatan.name.text}`)].join(
    "\n"
  );
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ").trim();
}
