import type { CalcError } from "./calcError";
import type { CalcInput } from "./coerce";
import { ratio } from "./ratio";

/** Share of the agency's (SKPD) budget that goes to one sasaran (Tabel 3.1.4). */
export function proporsi(anggaranSasaran: CalcInput, anggaranSkpd: CalcInput): number | CalcError {
  return ratio(
    anggaranSasaran,
    anggaranSkpd,
    ["anggaran_sasaran", "anggaran_skpd"],
    "functions.error.paguZero"
  );
}

export function proporsiExcelFormula(anggaranSasaranRef: string, anggaranSkpdRef: string): string {
  return `${anggaranSasaranRef}/${anggaranSkpdRef}`;
}
