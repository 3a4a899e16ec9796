import {
  capaian,
  efisiensi,
  errorDisplay,
  formatNumber,
  formatPercent,
  formatRupiah,
  isCalcError,
  kemajuan,
  NAIK,
  perkembangan,
  predikat,
  proporsi,
  SCALES,
  serapan,
  tercapai,
  TERCAPAI,
  TETAP,
  type EfisiensiMethod,
} from "../core";
import type { SourcedNumber } from "../model/cellRef";
import type { Indikator } from "../model/indicators";
import { agencyTerm } from "./agencyTerm";
import { programsBySasaran, tableText, type ReportContext } from "./context";
import { efisiensiMethodKey } from "./figures";
import { comparedYears } from "./tables/comparedYears";

/**
 * Draft sentences for BAB III in Indonesian, built from the same core results as the tables and
 * rounded the way Excel shows them (99,63%, Rp 4.002.524.072), for the user to paste and edit:
 * the agency's budget, then per sasaran its budget and, per indicator, whether the target was
 * met, how the result moved against last year, the efisiensi and what it means, the progress
 * toward the Renstra target.
 */
export function narrativeSentences(context: ReportContext): string[] {
  const { tahun } = context;
  const sentences: string[] = [];
  const bySasaran = programsBySasaran(context);
  const budget = context.budget;
  let pagu = 0;
  if (budget) {
    const programs = budget.programs;
    pagu = budget.total?.pagu.value ?? sum(programs.map((p) => p.pagu.value));
    const spent = budget.total?.realisasi.value ?? sum(programs.map((p) => p.realisasi.value));
    sentences.push(
      tableText("report.narrative.anggaran", {
        tahun,
        pagu: formatRupiah(pagu),
        realisasi: formatRupiah(spent),
        serapan: percentText(serapan(spent, pagu)),
        programs: programs.length,
        kegiatan: programs.reduce((count, program) => count + program.children.length, 0),
      })
    );
  } else {
    sentences.push(tableText("report.narrative.noBudget", { tahun }));
  }
  (context.model.indicators?.sasaran ?? []).forEach((sasaran, index) => {
    sentences.push(
      tableText("report.narrative.sasaran", { no: index + 1, sasaran: sasaran.name.text })
    );
    let absorbed: number | null = null;
    const attributed = bySasaran.get(index) ?? [];
    if (budget && attributed.length > 0) {
      const sasaranPagu = sum(attributed.map((p) => p.pagu.value));
      const sasaranSpent = sum(attributed.map((p) => p.realisasi.value));
      const ratio = serapan(sasaranSpent, sasaranPagu);
      absorbed = isCalcError(ratio) ? null : ratio;
      sentences.push(
        tableText("report.narrative.sasaranAnggaran", {
          anggaran: formatRupiah(sasaranPagu),
          proporsi: percentText(proporsi(sasaranPagu, pagu)),
          perangkatDaerah: agencyTerm(tahun),
          realisasi: formatRupiah(sasaranSpent),
          serapan: percentText(ratio),
        })
      );
    }
    for (const indikator of sasaran.indikator) {
      sentences.push(...indicatorSentences(context, indikator, absorbed));
    }
  });
  return sentences;
}

function indicatorSentences(
  context: ReportContext,
  indikator: Indikator,
  absorbed: number | null
): string[] {
  const { tahun } = context;
  const prev = tahun - 1;
  const name = indikator.name.text;
  const target = indikator.targets[tahun];
  const realisasi = indikator.realisasi[tahun];
  if (!target && !realisasi) return [];
  const sentences: string[] = [];
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
        tercapai: tercapai(achieved) === TERCAPAI ? "tercapai" : "belum tercapai",
      })
    );
  }
  const before = indikator.realisasi[prev];
  if (before && before.value !== null && realisasi && realisasi.value !== null) {
    sentences.push(movement(indikator, before, realisasi, prev, tahun));
  }
  const series = seriesSentence(context, indikator);
  if (series) sentences.push(series);
  if (!isCalcError(achieved) && absorbed !== null) {
    const efficiency = efisiensi(achieved, absorbed, context.efisiensi);
    if (!isCalcError(efficiency)) {
      sentences.push(
        tableText("report.narrative.efisiensi", {
          indikator: name,
          efisiensi:
            context.efisiensi === "capaian_per_serapan"
              ? formatNumber(efficiency, 2)
              : formatPercent(efficiency),
          metode: tableText(efisiensiMethodKey(context.efisiensi)),
          makna: tableText(
            efficient(context.efisiensi, efficiency)
              ? "report.narrative.efisien"
              : "report.narrative.tidakEfisien"
          ),
        })
      );
    }
  }
  const akhir = indikator.targetAkhirRenstra;
  const progress =
    akhir && realisasi ? kemajuan(realisasi.value, akhir.value, indikator.arah) : null;
  if (akhir && progress !== null && !isCalcError(progress)) {
    sentences.push(
      tableText("report.narrative.kemajuan", {
        renstra: akhir.year ?? "",
        target: valueText(akhir),
        kemajuan: formatPercent(progress),
      })
    );
  }
  return sentences;
}

/**
 * Up or down against last year, and whether that is better given the indicator's direction: the
 * same comparison as Tabel 3.1.2's Naik / Turun / Tetap column.
 */
function movement(
  indikator: Indikator,
  before: SourcedNumber,
  now: SourcedNumber,
  prev: number,
  tahun: number
): string {
  const was = before.value as number;
  const is = now.value as number;
  const kinerja = perkembangan(was, is, indikator.arah);
  if (kinerja === TETAP) {
    return tableText("report.narrative.perbandinganSama", { prev, realisasi: valueText(now) });
  }
  return tableText("report.narrative.perbandingan", {
    prev,
    tahun,
    realisasiPrev: valueText(before),
    realisasi: valueText(now),
    perubahan: is > was ? "naik" : "turun",
    kinerja: kinerjaWord(kinerja),
  });
}

/**
 * With more than one earlier year (Tabel 3.1.2 shows up to five): the series, and performance
 * over the whole period, minding Arah.
 */
function seriesSentence(context: ReportContext, indikator: Indikator): string | null {
  const { tahun } = context;
  const now = indikator.realisasi[tahun];
  const years = comparedYears(context, [{ indikator }]);
  if (years.length < 2 || now?.value == null) return null;
  const first = years[0];
  const deret = [...years, tahun]
    .map((year) => `${valueText(indikator.realisasi[year])} (${year})`)
    .join(", ");
  const kinerja = perkembangan(
    indikator.realisasi[first].value as number,
    now.value,
    indikator.arah
  );
  return tableText("report.narrative.deret", {
    first,
    tahun,
    deret,
    kinerja: kinerjaWord(kinerja),
  });
}

function kinerjaWord(kinerja: ReturnType<typeof perkembangan>): string {
  if (kinerja === TETAP) return "tetap";
  return kinerja === NAIK ? "membaik" : "menurun";
}

/**
 * Whether an efisiensi says the budget was used efficiently under its method: less budget
 * absorbed than performance achieved.
 */
function efficient(method: EfisiensiMethod, value: number): boolean {
  switch (method) {
    case "serapan_per_capaian":
      return value < 1;
    case "capaian_per_serapan":
      return value > 1;
    case "satu_minus":
    case "selisih":
      return value > 0;
  }
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
