import type { Language } from "../i18n/language";

export interface FunctionExample {
  /** As Office.js writes it: English names, "," separators, "." decimals. */
  formula: string;
  /** Number format of the cell, so a fraction shows as a percentage. */
  numberFormat?: string;
  /** What Excel shows, per language. */
  result: Record<Language, string>;
}

export interface FunctionEntry {
  name: "CAPAIAN" | "EFISIENSI" | "PREDIKAT" | "SERAPAN" | "KEMAJUAN";
  /** Message key of the one-line description. */
  descriptionKey: string;
  examples: FunctionExample[];
}

const PERCENT = "0.00%";

/** The seed report's figures, so a user can check the functions against a report they know. */
export const FUNCTION_REFERENCE: FunctionEntry[] = [
  {
    name: "CAPAIAN",
    descriptionKey: "ui.functions.CAPAIAN",
    examples: [
      {
        formula: "=LKJIP.CAPAIAN(89.63%,80%)",
        numberFormat: PERCENT,
        result: { id: "112,04%", en: "112.04%" },
      },
      {
        formula: '=LKJIP.CAPAIAN(8,10,"turun")',
        numberFormat: PERCENT,
        result: { id: "120,00%", en: "120.00%" },
      },
    ],
  },
  {
    name: "EFISIENSI",
    descriptionKey: "ui.functions.EFISIENSI",
    examples: [
      {
        formula: "=LKJIP.EFISIENSI(165.95%,82.63%)",
        numberFormat: PERCENT,
        result: { id: "49,79%", en: "49.79%" },
      },
    ],
  },
  {
    name: "PREDIKAT",
    descriptionKey: "ui.functions.PREDIKAT",
    examples: [
      { formula: "=LKJIP.PREDIKAT(112.04%)", result: { id: "Sangat Baik", en: "Sangat Baik" } },
      {
        formula: '=LKJIP.PREDIKAT(78%,"PERMENDAGRI86")',
        result: { id: "Tinggi", en: "Tinggi" },
      },
    ],
  },
  {
    name: "SERAPAN",
    descriptionKey: "ui.functions.SERAPAN",
    examples: [
      {
        formula: "=LKJIP.SERAPAN(3307232516,4002524072)",
        numberFormat: PERCENT,
        result: { id: "82,63%", en: "82.63%" },
      },
    ],
  },
  {
    name: "KEMAJUAN",
    descriptionKey: "ui.functions.KEMAJUAN",
    examples: [
      {
        formula: "=LKJIP.KEMAJUAN(99.57%,85%)",
        numberFormat: PERCENT,
        result: { id: "117,14%", en: "117.14%" },
      },
    ],
  },
];

/**
 * A formula as the user types it in their Excel: Indonesian Excel separates arguments with ";"
 * and writes decimals with ",". Text in quotes is left as it is.
 */
export function displayFormula(formula: string, language: Language): string {
  let out = "";
  let inText = false;
  for (let i = 0; i < formula.length; i++) {
    const char = formula[i];
    if (char === '"') inText = !inText;
    const decimalPoint =
      char === "." && /\d/.test(formula[i - 1] ?? "") && /\d/.test(formula[i + 1] ?? "");
    if (!inText && char === ",") out += language === "id" ? "; " : ", ";
    else if (!inText && decimalPoint && language === "id") out += ",";
    else out += char;
  }
  return out;
}
