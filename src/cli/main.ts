/* global process -- the command line runs in Node (bin/lkjip.js runs the build of this file) */
import { basename, extname, join } from "node:path";
import { EFISIENSI_METHOD_NAMES, type EfisiensiMethod } from "../core";
import { translate, type MessageParams } from "../i18n/catalogue";
import { languageFromTag, type Language } from "../i18n/language";
import { generateReport, type GenerateResult } from "../pipeline";
import { triwulanOfPeriode } from "../report/options";
import { mergeSignatures } from "../model/signature";
import { findingMessage, keptMessage } from "../report/ringkasan";
import { CHOICES_KEY, savedChoices, type PaneChoices } from "../taskpane/choices";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { WorkbookReadError } from "../workbook/workbookReadError";
import { parseCommandLine, type GenerateCommand, type TemplateCommand } from "./args";
import { readInputFile, type InputFile } from "./inputFile";
import { exists, isSameFile, writeFileAtomically } from "./outputFile";
import { inputTemplateBytes } from "./template";
import { nodeZipCodec } from "../workbook/xlsx/nodeZipCodec";

/** What the process prints and returns; main() is testable without spawning node. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Exit codes: 0 tables made, 1 nothing could be made, 2 bad arguments or unreadable/unwritable file. */
export async function main(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const command = parseCommandLine(argv, languageFromTag(process.env.LANG));
  const t = (key: string, params: MessageParams = {}) => translate(key, command.language, params);
  switch (command.command) {
    case "help":
      io.out(t("cli.usage", { methods: EFISIENSI_METHOD_NAMES.join("|") }));
      return 0;
    case "error":
      io.err(t(command.messageKey, command.params));
      io.err(t("cli.usage", { methods: EFISIENSI_METHOD_NAMES.join("|") }));
      return 2;
    case "template":
      return writeTemplate(command, io);
    case "generate":
      return generate(command, io);
  }
}

async function generate(command: GenerateCommand, io: CliIo): Promise<number> {
  const t = (key: string, params: MessageParams = {}) => translate(key, command.language, params);
  if (
    command.efisiensi !== undefined &&
    !EFISIENSI_METHOD_NAMES.includes(command.efisiensi as EfisiensiMethod)
  ) {
    io.err(
      t("cli.error.value", {
        option: "--efisiensi",
        value: command.efisiensi,
        allowed: EFISIENSI_METHOD_NAMES.join(", "),
      })
    );
    return 2;
  }
  let input: InputFile;
  let workbook: ExcelJsWorkbook;
  try {
    input = await readInputFile(command.input);
    workbook = await ExcelJsWorkbook.fromBuffer(input.bytes, nodeZipCodec);
  } catch (error) {
    io.err(
      t("cli.error.read", { file: command.input, detail: readFailure(error, command.language) })
    );
    debugDetail(command.debug, error, io);
    return 2;
  }
  const out = command.out ?? defaultOutput(command.input);
  if (await isSameFile(out, input.identity)) {
    io.err(t("cli.error.sameAsInput", { file: out }));
    return 2;
  }
  const saved = command.ignoreSavedChoices
    ? null
    : savedChoices(await workbook.savedSetting(CHOICES_KEY));
  let result: GenerateResult;
  try {
    if (saved && !command.json) {
      io.out(
        t("cli.savedChoices", {
          skala: saved.scale,
          efisiensi: saved.efisiensi,
          mode: saved.mode,
          arah: Object.keys(saved.arah).length,
        })
      );
    }
    result = await generateReport(workbook, {
      tahun: command.tahun,
      skala: command.skala ?? saved?.scale,
      efisiensi: (command.efisiensi as EfisiensiMethod | undefined) ?? saved?.efisiensi,
      mode: command.mode ?? saved?.mode,
      arahChoices: saved?.arah,
      renstraTarget: saved?.renstra,
      attributionChoices: saved?.attribution,
      rincian: command.rincian ?? (saved?.rincian === "auto" ? undefined : saved?.rincian),
      triwulan: command.triwulan ?? (saved ? triwulanOfPeriode(saved.periode) : undefined),
      namaProgram: command.namaProgram ?? saved?.namaProgram,
      language: command.language,
      budgetSheet: command.budgetSheet,
      indicatorSheet: command.indicatorSheet,
      // Flags win field by field over the signers the pane saved.
      penandatangan: mergeSignatures(saved?.penandatangan, command.penandatangan),
      perjanjianKinerja: command.perjanjianKinerja ?? saved?.perjanjianKinerja,
    });
  } catch (error) {
    // Sheets are read lazily: a part too large or damaged shows up here, not at opening.
    if (!(error instanceof WorkbookReadError)) throw error;
    io.err(
      t("cli.error.read", { file: command.input, detail: readFailure(error, command.language) })
    );
    debugDetail(command.debug, error, io);
    return 2;
  }
  if (result.tahun === null) {
    io.err(t("cli.error.noYear", { file: command.input }));
    return 1;
  }
  if (result.made.length > 0) {
    try {
      await writeFileAtomically(out, await workbook.toBuffer());
    } catch (error) {
      io.err(t("cli.error.write", { file: out, detail: readFailure(error, command.language) }));
      debugDetail(command.debug, error, io);
      return 2;
    }
  }
  if (command.json) io.out(JSON.stringify(jsonReport(command, out, result, saved), null, 2));
  else printReport(command, out, result, io);
  if (result.made.length === 0) {
    io.err(t("cli.error.noTables", { file: command.input, tahun: result.tahun }));
    return 1;
  }
  return 0;
}

/** out/<input-name>-lkjip.xlsx, beside the current directory, so the input is never overwritten. */
export function defaultOutput(input: string): string {
  return join("out", `${basename(input, extname(input))}-lkjip.xlsx`);
}

function printReport(
  command: GenerateCommand,
  out: string,
  result: GenerateResult,
  io: CliIo
): void {
  const language = command.language;
  const t = (key: string, params: MessageParams = {}) => translate(key, language, params);
  io.out(t("cli.heading", { tahun: result.tahun ?? "", file: command.input }));
  io.out(t("cli.made", { count: result.made.length }));
  for (const entry of result.made) io.out(t("cli.madeLine", entry));
  for (const entry of result.renamed)
    io.out(`  ${t("report.renamed", { wanted: entry.wanted, sheet: entry.sheet })}`);
  for (const entry of result.kept) io.out(`  ${keptMessage(entry, language)}`);
  if (result.skipped.length > 0) {
    io.out(t("cli.skipped", { count: result.skipped.length }));
    for (const entry of result.skipped) {
      io.out(
        t("cli.skippedLine", { table: entry.table, reason: t(entry.reasonKey, entry.params) })
      );
    }
  }
  io.out(t("cli.findings", { count: result.findings.length }));
  for (const finding of result.findings) {
    io.out(
      t("cli.findingLine", {
        severity: t(`report.severity.${finding.severity}`),
        location: finding.ref ? `${finding.ref.sheet}!${finding.ref.address}: ` : "",
        message: findingMessage(finding, language),
      })
    );
  }
  if (result.made.length > 0) io.out(t("cli.written", { file: out }));
}

function jsonReport(
  command: GenerateCommand,
  out: string,
  result: GenerateResult,
  saved: PaneChoices | null
) {
  const language: Language = command.language;
  return {
    input: command.input,
    savedChoices: saved,
    output: result.made.length > 0 ? out : null,
    tahun: result.tahun,
    made: result.made,
    renamed: result.renamed,
    kept: result.kept.map((entry) => ({ ...entry, message: keptMessage(entry, language) })),
    skipped: result.skipped.map((entry) => ({
      ...entry,
      reason: translate(entry.reasonKey, language, entry.params),
    })),
    findings: result.findings.map((finding) => ({
      ...finding,
      message: findingMessage(finding, language),
    })),
  };
}

async function writeTemplate(
  { out, tahun, language, force, debug }: TemplateCommand,
  io: CliIo
): Promise<number> {
  const t = (key: string, params: MessageParams = {}) => translate(key, language, params);
  if (!force && (await exists(out))) {
    io.err(t("cli.error.exists", { file: out }));
    return 2;
  }
  try {
    await writeFileAtomically(out, await inputTemplateBytes(tahun));
  } catch (error) {
    io.err(t("cli.error.write", { file: out, detail: readFailure(error, language) }));
    debugDetail(debug, error, io);
    return 2;
  }
  io.out(t("cli.templateWritten", { file: out }));
  return 0;
}

/** A file problem in the user's language: our own messages translated, the system's reason kept short. */
function readFailure(error: unknown, language: Language): string {
  if (error instanceof WorkbookReadError)
    return translate(error.messageKey, language, error.params);
  const code = (error as { code?: string } | null)?.code;
  return code
    ? translate("cli.error.system", language, { code })
    : translate("cli.error.unexpected", language);
}

/** With --debug, the library's own text and stack trace, for a bug report. */
function debugDetail(debug: boolean, error: unknown, io: CliIo): void {
  if (!debug) return;
  const cause = error instanceof WorkbookReadError && error.cause ? error.cause : error;
  io.err(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The process's side of main(): its exit code, and a last word for what main() did not expect. */
export async function runCommandLine(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    // A bug of ours: say so in the user's language; the stack only with --debug.
    const language = languageFromTag(process.env.LANG);
    process.stderr.write(`${translate("cli.error.unexpected", language)}\n`);
    if (argv.includes("--debug")) process.stderr.write(`${detailOf(error)}\n`);
    process.exitCode = 2;
  }
}
