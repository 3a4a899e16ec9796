import type { ReportContext } from "./context";
import { allErrorsSkip } from "./tableSkips";
import type { BuildResult, SkipReason, TableId, TableSpec } from "./tableSpec";
import { buildTabel22 } from "./tables/tabel22";
import { buildTabel311 } from "./tables/tabel311";
import { buildTabel312 } from "./tables/tabel312";
import { buildTabel313 } from "./tables/tabel313";
import { buildTabel314 } from "./tables/tabel314";
import { buildTabel315 } from "./tables/tabel315";
import { buildTabel316 } from "./tables/tabel316";
import { buildTabel317 } from "./tables/tabel317";
import { buildTabel318 } from "./tables/tabel318";
import { buildTabel319 } from "./tables/tabel319";
import { buildTabel32 } from "./tables/tabel32";
import { buildLampiran } from "./tables/lampiran";
import { buildPengukuranTriwulan } from "./tables/pengukuranTriwulan";
import { buildPerjanjianKinerja } from "./tables/perjanjianKinerja";
import { tableSignatures } from "./signatureBlock";

/** The LKjIP tables in report order, each with the name users know it by. */
export const TABLES: {
  id: TableId;
  label: string;
  build: (context: ReportContext) => BuildResult;
  /**
   * Made only when the user asked for it (a quarter chosen, next year's Perjanjian Kinerja);
   * otherwise neither made nor skipped.
   */
  when?: (context: ReportContext) => boolean;
}[] = [
  { id: "2.2", label: "Tabel 2.2", build: buildTabel22 },
  { id: "3.1.1", label: "Tabel 3.1.1", build: buildTabel311 },
  { id: "3.1.2", label: "Tabel 3.1.2", build: buildTabel312 },
  { id: "3.1.3", label: "Tabel 3.1.3", build: buildTabel313 },
  { id: "3.1.4", label: "Tabel 3.1.4", build: buildTabel314 },
  { id: "3.1.5", label: "Tabel 3.1.5", build: buildTabel315 },
  { id: "3.1.6", label: "Tabel 3.1.6", build: buildTabel316 },
  { id: "3.1.7", label: "Tabel 3.1.7", build: buildTabel317 },
  { id: "3.1.8", label: "Tabel 3.1.8", build: buildTabel318 },
  { id: "3.1.9", label: "Tabel 3.1.9", build: buildTabel319 },
  { id: "3.2", label: "Tabel 3.2", build: buildTabel32 },
  { id: "lampiran", label: "Lampiran Pengukuran Kinerja", build: buildLampiran },
  {
    id: "triwulan",
    label: "Pengukuran Kinerja Triwulan",
    build: buildPengukuranTriwulan,
    when: (context) => context.triwulan !== undefined,
  },
  {
    id: "pk",
    label: "Perjanjian Kinerja",
    build: buildPerjanjianKinerja,
    when: (context) => context.perjanjianKinerja === true,
  },
];

export interface SkippedTable extends SkipReason {
  table: string;
}

/** Builds every table it can; a table whose data is missing is skipped with its reason, the rest are made. */
export function buildTables(context: ReportContext): {
  specs: TableSpec[];
  skipped: SkippedTable[];
} {
  const specs: TableSpec[] = [];
  const skipped: SkippedTable[] = [];
  const signatures = tableSignatures(context.signatures);
  for (const table of TABLES) {
    if (table.when && !table.when(context)) continue;
    const built = table.build(context);
    // A table of nothing but errors says nothing: skipped, saying why, instead of printed.
    const result = ("spec" in built && allErrorsSkip(built.spec)) || built;
    if ("spec" in result) {
      // Every printed table ends with the signer's block; the agreement carries both parties'.
      const spec = result.spec;
      specs.push(spec.signatures || signatures.length === 0 ? spec : { ...spec, signatures });
    } else skipped.push({ table: table.label, ...result.skip });
  }
  return { specs, skipped };
}
