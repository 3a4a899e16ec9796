import {
  capaian,
  efisiensi,
  formatNumber,
  formatPercent,
  formatRupiah,
  isCalcError,
  errorDisplay,
  kemajuan,
  predikat,
  SCALES,
  serapan,
  proporsi,
} from "../core";
import type { SourcedNumber } from "../model/cellRef";
import { indicatorRows, programsBySasaran, tableText, type ReportContext } from "./context";

/**
 * Draft sentences for BAB III in Indonesian, built from the same core results as the tables and
 * rounded the way Excel shows them (99,63%, Rp 4.002.524.072), for the user to paste and edit.
 */
export function narrativeSentences(context: ReportContext): string[] {
  const { tahun } = context;
  const prev = tahun - 1;
  const sentences: string[] = [];
  const bySasaran = programsBySasaran(context);
  const serapanBySasaran = new Map<number | null, number | null>();
  const budget = context.budget;
  if (budget) {
    const programs = budget.programs;
    const pagu = budget.total?.pagu.value ?? sum(programs.map((p) => p.pagu.value));
    const spent = budget.total?.realisasi.value ?? sum(programs.map((p) => p.realisasi.value));
    const ratio = serapan(spent, pagu);
    sentences.push(
      tableText("report.narrative.anggaran", {
        tahun,
        pagu: formatRupiah(pagu),
        realisasi: formatRupiah(spent),
        serapan: percentText(ratio),
        programs: programs.length,
        kegiatan: programs.reduce((count, program) => count + program.children.length, 0),
      })
    );
    (context.model.indicators?.sasaran ?? []).forEach((sasaran, index) => {
      const attributed = bySasaran.get(index) ?? [];
      if (attributed.length === 0) return;
      const sasaranPagu = sum(attributed.map((p) => p.pagu.value));
      const sasaranSpent = sum(attributed.map((p) => p.realisasi.value));
      const absorbed = serapan(sasaranSpent, sasaranPagu);
      serapanBySasaran.set(index, isCalcError(absorbed) ? null : absorbed);
      sentences.push(
        tableText("report.narrative.sasaranAnggaran", {
          sasaran: sasaran.name.text,
          anggaran: formatRupiah(sasaranPagu),
          proporsi: percentText(proporsi(sasaranPagu, pagu)),
          realisasi: formatRupiah(sasaranSpent),
          serapan: percentText(absorbed),
        })
      );
    });
  } else {
    sentences.push(tableText("report.narrative.noBudget", { tahun }));
  }
  for (const row of indicatorRows(context)) {
    const { indikator } = row;
    const name = indikator.name.text;
    const target = indikator.targets[tahun];
    const realisasi = indikator.realisasi[tahun];
    if (!target && !realisasi) continue;
    const achieved = capaian(realisasi?.value, target?.value, indikator.arah);
    if (isCalcError(achieved)) {
      sentences.push(
        tableText("report.narrative.capaianError", {
          indikator: name,
          tahun,
          error: errorDisplay(achieved.type),
        })
      );
    } else {
      const label = predikat(achieved, SCALES[context.skala]);
      sentences.push(
        tableText("report.narrative.capaian", {
          indikator: name,
          tahun,
          capaian: formatPercent(achieved),
          realisasi: valueText(realisasi),
          target: valueText(target),
          predikat: isCalcError(label) ? errorDisplay(label.type) : label,
        })
      );
      const absorbed = serapanBySasaran.get(row.sasaranIndex);
      if (absorbed !== undefined && absorbed !== null) {
        const efficiency = efisiensi(achieved, absorbed, context.efisiensi);
        if (!isCalcError(efficiency)) {
          sentences.push(
            tableText("report.narrative.efisiensi", {
              indikator: name,
              efisiensi:
                context.efisiensi === "capaian_per_serapan"
                  ? formatNumber(efficiency, 2)
                  : formatPercent(efficiency),
            })
          );
        }
      }
    }
    const before = indikator.realisasi[prev];
    if (before && realisasi) {
      sentences.push(
        tableText("report.narrative.perbandingan", {
          indikator: name,
          tahun,
          prev,
          realisasi: valueText(realisasi),
          realisasiPrev: valueText(before),
        })
      );
    }
    const akhir = indikator.targetAkhirRenstra;
    const progress =
      akhir && realisasi ? kemajuan(realisasi.value, akhir.value, indikator.arah) : null;
    if (akhir && progress !== null && !isCalcError(progress)) {
      sentences.push(
        tableText("report.narrative.kemajuan", {
          indikator: name,
          renstra: akhir.year ?? "",
          target: valueText(akhir),
          kemajuan: formatPercent(progress),
        })
      );
    }
  }
  return sentences;
}

function sum(values: (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

function percentText(value: number | ReturnType<typeof serapan>): string {
  return isCalcError(value) ? errorDisplay(value.type) : formatPercent(value);
}

/** An indicator value as its cell shows it: 89,63% for a percentage, 1.250 or 99,5 otherwise. */
export function valueText(source: SourcedNumber | undefined): string {
  if (!source || source.value === null) return "-";
  if (source.percent) return formatPercent(source.value);
  return formatNumber(source.value, 2).replace(/,00$/, "");
}
