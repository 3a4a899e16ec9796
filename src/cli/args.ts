import { parseArgs } from "node:util";
import type { Language } from "../i18n/language";
import type { Triwulan } from "../model/quarters";
import type { Signatures } from "../model/signature";
import {
  FORMULA_MODES,
  oneOf,
  parseTriwulan,
  PROGRAM_NAMINGS,
  RINCIAN_LEVELS,
  SCALE_NAMES,
  type FormulaMode,
  type ProgramNaming,
  type Rincian,
  type ScaleName,
} from "../report/options";
import { SIGNATURE_OPTIONS, signaturesFromArgs } from "./signatureArgs";

export interface GenerateCommand {
  command: "generate";
  input: string;
  out?: string;
  tahun?: number;
  skala?: ScaleName;
  efisiensi?: string;
  mode?: FormulaMode;
  rincian?: Rincian;
  /** A quarter: adds "Pengukuran Kinerja TW N" to the tables. */
  triwulan?: Triwulan;
  namaProgram?: ProgramNaming;
  json: boolean;
  language: Language;
  budgetSheet?: string;
  indicatorSheet?: string;
  /** Leave out the choices the pane saved in the workbook (Arah, Renstra target, scale, …). */
  ignoreSavedChoices: boolean;
  /** Show the library's own error text and stack trace after the user's message. */
  debug: boolean;
  /** Signers typed as flags (--ttd-nama, --pihak-kedua-nama, …). */
  penandatangan?: Signatures;
  /** Also write next year's Perjanjian Kinerja (--perjanjian-kinerja). */
  perjanjianKinerja?: boolean;
}

export interface TemplateCommand {
  command: "template";
  out: string;
  /** Budget year of the template's sheets; by default last year. */
  tahun?: number;
  language: Language;
  /** Replace an existing file. */
  force: boolean;
  debug: boolean;
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
        triwulan: { type: "string" },
        "nama-program": { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
        "budget-sheet": { type: "string" },
        "indicator-sheet": { type: "string" },
        help: { type: "boolean", short: "h" },
        force: { type: "boolean" },
        debug: { type: "boolean" },
        "ignore-saved-choices": { type: "boolean" },
        ...SIGNATURE_OPTIONS,
      },
    });
  } catch (error) {
    return argumentError(error, argv, defaultLanguage);
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
  const [command, target, ...extra] = positionals;
  if (values.help || command === undefined || command === "help")
    return { command: "help", language };
  if (command !== "generate" && command !== "template") {
    return fail("cli.error.command", { command }, language);
  }
  if (!target) return fail("cli.error.missingFile", { command }, language);
  if (extra.length > 0) return fail("cli.error.extra", { extra: extra.join(" ") }, language);
  if (values.tahun !== undefined && !isTahun(values.tahun)) {
    return fail(
      "cli.error.value",
      { option: "--tahun", value: values.tahun, allowed: `${TAHUN_MIN}-${TAHUN_MAX}` },
      language
    );
  }
  const tahun = values.tahun === undefined ? undefined : Number(values.tahun);
  const debug = values.debug === true;
  if (command === "template") {
    return {
      command: "template",
      out: target,
      tahun,
      language,
      force: values.force === true,
      debug,
    };
  }
  if (values.force) return fail("cli.error.forceTemplateOnly", {}, language);
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
  const triwulan = values.triwulan === undefined ? undefined : parseTriwulan(values.triwulan);
  if (triwulan === null) {
    return fail(
      "cli.error.value",
      { option: "--triwulan", value: values.triwulan!, allowed: "1, 2, 3, 4 (I, II, III, IV)" },
      language
    );
  }
  const namaProgram = oneOf(values["nama-program"]?.toLowerCase(), PROGRAM_NAMINGS);
  if (values["nama-program"] !== undefined && namaProgram === undefined) {
    return fail(
      "cli.error.value",
      {
        option: "--nama-program",
        value: values["nama-program"],
        allowed: PROGRAM_NAMINGS.join(", "),
      },
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
    ...(triwulan !== undefined ? { triwulan } : {}),
    namaProgram,
    json: values.json === true,
    language,
    budgetSheet: values["budget-sheet"],
    indicatorSheet: values["indicator-sheet"],
    ignoreSavedChoices: values["ignore-saved-choices"] === true,
    debug,
    ...signatureCommand(values),
  };
}

function signatureCommand(
  values: Record<string, string | boolean | undefined>
): Pick<GenerateCommand, "penandatangan" | "perjanjianKinerja"> {
  const penandatangan = signaturesFromArgs(values);
  return {
    ...(penandatangan ? { penandatangan } : {}),
    ...(values["perjanjian-kinerja"] === true ? { perjanjianKinerja: true } : {}),
  };
}

/** Budget years the tool accepts: an LKjIP of 1899 or 2999 is a typing mistake. */
export const TAHUN_MIN = 2000;
export const TAHUN_MAX = 2100;

function isTahun(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= TAHUN_MIN && Number(text) <= TAHUN_MAX;
}

/**
 * A mistake node:util's parseArgs found, told in our words (its own text is English and talks of
 * positionals): the option it names, in the language --lang asked for if it can be seen.
 */
function argumentError(error: unknown, argv: string[], defaultLanguage: Language): CliCommand {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const asked = at < 0 ? undefined : argv[at].includes("=") ? argv[at].split("=")[1] : argv[at + 1];
  const language: Language = asked === "en" || asked === "id" ? asked : defaultLanguage;
  // Duck-typed: errors of node core are not instances of the test realm's Error.
  const text = String((error as { message?: unknown } | null)?.message ?? "");
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) return fail("cli.error.unknownOption", { option: unknown[1] }, language);
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(text);
  if (missing) return fail("cli.error.missingValue", { option: missing[1] }, language);
  return fail("cli.error.arguments", { detail: argv.join(" ") }, language);
}

function fail(messageKey: string, params: Record<string, string>, language: Language): CliCommand {
  return { command: "error", messageKey, params, language };
}
