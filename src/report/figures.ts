import {
  calcError,
  capaian,
  capaianExcelFormula,
  efisiensi,
  EFISIENSI_METHODS,
  errorDisplay,
  isCalcError,
  kemajuan,
  kemajuanExcelFormula,
  memenuhiStandar,
  memenuhiStandarExcelFormula,
  perkembangan,
  perkembanganExcelFormula,
  predikat,
  predikatExcelFormula,
  proporsi,
  proporsiExcelFormula,
  SCALES,
  selisihStandar,
  selisihStandarExcelFormula,
  serapan,
  serapanExcelFormula,
  tercapai,
  tercapaiExcelFormula,
  type CalcError,
  type EfisiensiMethod,
} from "../core";
import type { Arah } from "../model/indicators";
import type { Operand, ReportContext } from "./context";
import type { ErrorValue, FigureValue, TableCell, ValueFormat } from "./tableSpec";

/**
 * Every computed cell of the report: the core computes the value, the core's formula template
 * gives the native Excel formula over the same cells, so the cached value and Excel's own
 * recalculation agree. An input the user has not filled gives the core's error (#N/A) as a
 * plain error cell; an error in an input figure passes through the formula, first error first.
 */
export interface FigureInput {
  expr: string;
  value: number | null | ErrorValue;
}

/** A figure of this row used as an input of another ({capaian} holding a capaian, …). */
export function figureOperand(expr: string, cell: TableCell): FigureInput {
  if (cell.kind === "figure") {
    return { expr, value: typeof cell.value === "string" ? { error: "#VALUE!" } : cell.value };
  }
  if (cell.kind === "number") return { expr, value: cell.value };
  if (cell.kind === "error") return { expr, value: { error: cell.error } };
  return { expr, value: null };
}

export function capaianFigure(realisasi: Operand, target: Operand, arah: Arah): TableCell {
  return figure(
    [realisasi, target],
    ([r, t]) => capaian(r, t, arah),
    ([r, t]) => capaianExcelFormula(r, t, arah),
    ([r, t]) => `LKJIP.CAPAIAN(${r},${t},"${arah}")`,
    "percent"
  );
}

export function kemajuanFigure(realisasi: Operand, targetAkhir: Operand, arah: Arah): TableCell {
  return figure(
    [realisasi, targetAkhir],
    ([r, t]) => kemajuan(r, t, arah),
    ([r, t]) => kemajuanExcelFormula(r, t, arah),
    ([r, t]) =>
      arah === "naik" ? `LKJIP.KEMAJUAN(${r},${t})` : `LKJIP.KEMAJUAN(${r},${t},"${arah}")`,
    "percent"
  );
}

export function serapanFigure(realisasi: FigureInput, pagu: FigureInput): TableCell {
  return figure(
    [realisasi, pagu],
    ([r, p]) => serapan(r, p),
    ([r, p]) => serapanExcelFormula(r, p),
    ([r, p]) => `LKJIP.SERAPAN(${r},${p})`,
    "percent"
  );
}

/** The add-in has no PROPORSI custom function: the native formula serves every mode. */
export function proporsiFigure(part: FigureInput, total: FigureInput): TableCell {
  return figure(
    [part, total],
    ([a, b]) => proporsi(a, b),
    ([a, b]) => proporsiExcelFormula(a, b),
    null,
    "percent"
  );
}

export function efisiensiFigure(
  context: ReportContext,
  capaianIn: FigureInput,
  serapanIn: FigureInput
): TableCell {
  const method = context.efisiensi;
  return figure(
    [capaianIn, serapanIn],
    ([c, s]) => efisiensi(c, s, method),
    ([c, s]) => EFISIENSI_METHODS[method].excelFormula(c, s),
    ([c, s]) => `LKJIP.EFISIENSI(${c},${s},"${method}")`,
    method === "capaian_per_serapan" ? "decimal" : "percent"
  );
}

/** The predikat of a capaian cell of the same row, by the chosen scale (nested IF in Excel). */
export function predikatFigure(
  context: ReportContext,
  capaianExpr: string,
  capaianCell: TableCell
): TableCell {
  const input = figureOperand(capaianExpr, capaianCell);
  if (input.value === null) return { kind: "empty" };
  const scale = SCALES[context.skala];
  const value: FigureValue =
    typeof input.value === "number" ? fromCore(predikat(input.value, scale)) : input.value;
  return {
    kind: "figure",
    formula: `=${predikatExcelFormula(capaianExpr, scale)}`,
    functionFormula: `=LKJIP.PREDIKAT(${capaianExpr},"${scale.name}")`,
    value,
    format: "text",
  };
}

/** Naik / Turun / Tetap of a realisasi against the year before's, minding Arah (no custom function). */
export function perkembanganFigure(before: Operand, now: Operand, arah: Arah): TableCell {
  return figure(
    [before, now],
    ([b, n]) => (b === null || n === null ? missing() : perkembangan(b, n, arah)),
    ([b, n]) => perkembanganExcelFormula(b, n, arah),
    null,
    "text"
  );
}

/** Realisasi minus the standard (Tabel 3.1.9), in the realisasi's format. */
export function selisihStandarFigure(
  realisasi: Operand,
  standar: Operand,
  format: ValueFormat
): TableCell {
  return figure(
    [realisasi, standar],
    ([r, s]) => (r === null || s === null ? missing() : selisihStandar(r, s)),
    ([r, s]) => selisihStandarExcelFormula(r, s),
    null,
    format
  );
}

/** Memenuhi / Belum memenuhi the standard, minding Arah (Tabel 3.1.9). */
export function memenuhiStandarFigure(realisasi: Operand, standar: Operand, arah: Arah): TableCell {
  return figure(
    [realisasi, standar],
    ([r, s]) => (r === null || s === null ? missing() : memenuhiStandar(r, s, arah)),
    ([r, s]) => memenuhiStandarExcelFormula(r, s, arah),
    null,
    "text"
  );
}

/** Keterangan beside a capaian: Tercapai (100% or more) or Belum tercapai, as an IF in Excel. */
export function keteranganFigure(capaianExpr: string, capaianCell: TableCell): TableCell {
  const input = figureOperand(capaianExpr, capaianCell);
  if (input.value === null) return { kind: "empty" };
  return {
    kind: "figure",
    formula: `=${tercapaiExcelFormula(capaianExpr)}`,
    value: typeof input.value === "number" ? tercapai(input.value) : input.value,
    format: "text",
  };
}

/** Message keys naming each efisiensi method, for the note under Tabel 3.1.6. */
export function efisiensiMethodKey(method: EfisiensiMethod): string {
  const keys: Record<EfisiensiMethod, string> = {
    serapan_per_capaian: "report.method.serapanPerCapaian",
    satu_minus: "report.method.satuMinus",
    selisih: "report.method.selisih",
    capaian_per_serapan: "report.method.capaianPerSerapan",
  };
  return keys[method];
}

function figure(
  inputs: FigureInput[],
  compute: (values: (number | null)[]) => number | string | CalcError,
  native: (exprs: string[]) => string,
  custom: ((exprs: string[]) => string) | null,
  format: ValueFormat
): TableCell {
  let value: FigureValue | undefined;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    if (input.value === null) {
      // Nothing to refer to: the core's own verdict on a missing input (#N/A), as an error cell.
      const result = fromCore(
        compute(inputs.map((i) => (typeof i.value === "number" ? i.value : null)))
      );
      return { kind: "error", error: typeof result === "object" ? result.error : "#N/A" };
    }
    if (value === undefined && typeof input.value === "object") value = input.value;
  }
  const exprs = inputs.map((input) => input.expr);
  if (value === undefined) value = fromCore(compute(inputs.map((input) => input.value as number)));
  const formula = `=${native(exprs)}`;
  return custom
    ? { kind: "figure", formula, functionFormula: `=${custom(exprs)}`, value, format }
    : { kind: "figure", formula, value, format };
}

/** The core's verdict on a comparison whose input is empty, as CAPAIAN gives it (#N/A). */
function missing(): CalcError {
  return calcError("NA", "functions.error.empty", { name: "" });
}

export function fromCore(result: number | string | CalcError): FigureValue {
  return isCalcError(result) ? { error: errorDisplay(result.type) } : result;
}
