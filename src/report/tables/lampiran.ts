import { tableText, type ReportContext } from "../context";
import type { BuildResult } from "../tableSpec";
import { annualPeriod, buildMeasurementTable } from "./measurementTable";

/**
 * Lampiran Pengukuran Kinerja (seed "3. Pengukuran Kinerja Perangkat Daerah"): the year's
 * measurement table, TRIWULAN IV of the report year.
 */
export function buildLampiran(context: ReportContext): BuildResult {
  return buildMeasurementTable(context, annualPeriod(context.tahun), {
    id: "lampiran",
    sheetName: "Lampiran Pengukuran Kinerja",
    titleLines: [
      tableText("report.title.lampiran"),
      tableText("report.title.lampiran.pk"),
      context.agency.toUpperCase(),
      tableText("report.title.year", { tahun: context.tahun }),
    ],
  });
}
