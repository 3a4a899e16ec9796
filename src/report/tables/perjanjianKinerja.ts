import { tableText, type ReportContext } from "../context";
import { agreementSignatures } from "../signatureBlock";
import type { BuildResult } from "../tableSpec";
import { buildTabel22 } from "./tabel22";

/**
 * Next year's Perjanjian Kinerja, in the seed's "Lampiran Perjanjian Kinerja" layout: the
 * targets of the year after the report year (sasaran, indicator, target), the programs with that
 * year's pagu (program, anggaran, keterangan) when the workbook has its budget, and both parties'
 * signature blocks. The same two blocks as Tabel 2.2, a year later.
 */
export function buildPerjanjianKinerja(context: ReportContext): BuildResult {
  const tahun = context.tahun + 1;
  const next: ReportContext = {
    ...context,
    tahun,
    budget: context.model.budgets.find((budget) => budget.year === tahun),
  };
  const built = buildTabel22(next);
  if (!("spec" in built)) return built;
  return {
    spec: {
      ...built.spec,
      id: "pk",
      sheetName: tableText("report.sheet.pk", { tahun }),
      titleLines: [tableText("report.title.pk", { tahun }), context.agency.toUpperCase()].filter(
        (line) => line !== ""
      ),
      signatures: agreementSignatures(context.signatures),
    },
  };
}
