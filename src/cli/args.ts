import { parseArgs } from "node:util";
import type { Language } from "../i18n/language";
import {
  FORMULA_MODES,
  oneOf,
  RINCIAN_LEVELS,
  SCALE_NAMES,
  type FormulaMode,
  type Rincian,
  type ScaleName,
} from "../report/options";

export interface GenerateCommand {
  command: "generate";
  input: string;
  out?: string;
  tahun?: number;
  skala?: ScaleName;
  efisiensi?: string;
  mode?: FormulaMode;
  rincian?: Rincian;
  json: boolean;
  language: Language;
  budgetSheet?: string;
  indicatorSheet?: string;
}

export interface TemplateCommand {
  command: "template";
  out: string;
  /** Budget year of the template's sheets; by default last year. */
  tahun?: number;
  language: Language;
}

export type CliCommand =
  | GenerateCommand
  | TemplateCommand
  | { command: "help"; language: Language }
  | { command: "error"; messageKey: string; params: Record<string, string>; language: Language };

/** Reads the command line. Never throws: a mistake becomes an "error" command with a message key. */
export function parseCommandLine(argv: string[], defaultLanguage: Language = "id"): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        tahun: { type: "string" },
        out: { type: "string", short: "o" },
        skala: { type: "string" },
        efisiensi: { type: "string" },
        mode: { type: "string" },
        rincian: { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
        "budget-sheet": { type: "string" },
        "indicator-sheet": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return fail("cli.error.arguments", { detail: (error as Error).message }, defaultLanguage);
  }
  const { values, positionals } = parsed;
  const language: Language =
    values.lang === "en" ? "en" : values.lang === "id" ? "id" : defaultLanguage;
  if (values.lang !== undefined && values.lang !== "en" && values.lang !== "id") {
    return fail(
      "cli.error.value",
      { option: "--lang", value: values.lang, allowed: "id, en" },
      language
    );
  }
  const [command, target] = positionals;
  if (values.help || command === undefined || command === "help")
    return { command: "help", language };
  if (command !== "generate" && command !== "template") {
    return fail("cli.error.command", { command }, language);
  }
  if (!target) return fail("cli.error.missingFile", { command }, language);
  if (values.tahun !== undefined && !/^\d{4}$/.test(values.tahun)) {
    return fail(
      "cli.error.value",
      { option: "--tahun", value: values.tahun, allowed: "YYYY" },
      language
    );
  }
  const tahun = values.tahun === undefined ? undefined : Number(values.tahun);
  if (command === "template") return { command: "template", out: target, tahun, language };
  const skala = oneOf(values.skala?.toUpperCase(), SCALE_NAMES);
  if (values.skala !== undefined && skala === undefined) {
    return fail(
      "cli.error.value",
      { option: "--skala", value: values.skala, allowed: SCALE_NAMES.join(", ") },
      language
    );
  }
  const mode = oneOf(values.mode, FORMULA_MODES);
  if (values.mode !== undefined && mode === undefined) {
    return fail(
      "cli.error.value",
      { option: "--mode", value: values.mode, allowed: FORMULA_MODES.join(", ") },
      language
    );
  }
  const rincian = oneOf(values.rincian?.replace("-", "_"), RINCIAN_LEVELS);
  if (values.rincian !== undefined && rincian === undefined) {
    return fail(
      "cli.error.value",
      { option: "--rincian", value: values.rincian, allowed: RINCIAN_LEVELS.join(", ") },
      language
    );
  }
  return {
    command: "generate",
    input: target,
    out: values.out,
    tahun,
    skala,
    efisiensi: values.efisiensi,
    mode,
    rincian,
    json: values.json === true,
    language,
    budgetSheet: values["budget-sheet"],
    indicatorSheet: values["indicator-sheet"],
  };
}

function fail(messageKey: string, params: Record<string, string>, language: Language): CliCommand {
  return { command: "error", messageKey, params, language };
}
