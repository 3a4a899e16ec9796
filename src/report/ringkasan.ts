import { hasMessage, translate } from "../i18n/catalogue";
import type { Language } from "../i18n/language";
import type { Finding } from "../model/finding";
import type { ReportContext } from "./context";
import type { FormulaMode } from "./options";
import type { SkippedTable } from "./buildTables";
import { efisiensiMethodKey } from "./figures";
import { narrativeSentences } from "./narrative";
import { DEFAULT_OPTIONS } from "./options";
import { attributedName } from "./programNames";
import type { KeptSheet, SheetAssignment } from "./sheetNames";
import { textSourcedFigures } from "./textSources";
import type { TableBlock, TableRow, TableSpec } from "./tableSpec";

export const RINGKASAN_SHEET = "Ringkasan";

export interface RingkasanInput {
  context: ReportContext;
  mode: FormulaMode;
  made: { table: string; sheet: string }[];
  skipped: SkippedTable[];
  renamed: SheetAssignment[];
  /** Generated sheets the user had edited, kept as theirs. */
  kept?: KeptSheet[];
}

/**
 * The Ringkasan sheet: settings, tables made and skipped (with reasons), sheets renamed to spare a
 * user's sheet, findings, figures written as values because their source is text, program
 * attributions, and the draft BAB III sentences. In Indonesian whatever the machine's language:
 * it goes into the report with the tables.
 */
export function buildRingkasan(input: RingkasanInput): TableSpec {
  const { context } = input;
  const language: Language = "id";
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(key, language, params);
  const textRow = (texts: Record<string, string>): TableRow => ({
    cells: Object.fromEntries(
      Object.entries(texts).map(([key, value]) => [
        key,
        value === "" ? { kind: "empty" } : { kind: "text", text: value },
      ])
    ),
  });
  const sasaranNames = (context.model.indicators?.sasaran ?? []).map(
    (sasaran) => sasaran.name.text
  );
  const findings = context.model.findings;
  return {
    id: "ringkasan",
    sheetName: RINGKASAN_SHEET,
    titleLines: [
      t("report.ringkasan.title", { agency: context.agency, tahun: context.tahun }).replace(
        /\s+/g,
        " "
      ),
      t("report.outcome", {
        tahun: context.tahun,
        made: input.made.length,
        skipped: input.skipped.length,
        findings: context.model.findings.length,
      }),
      t("report.ringkasan.settings", {
        tahun: context.tahun,
        skala: context.skala,
        efisiensi: t(efisiensiMethodKey(context.efisiensi)),
        mode: t(`report.ringkasan.mode.${input.mode}`),
      }),
    ],
    blocks: [
      {
        caption: t("report.ringkasan.made"),
        numbered: false,
        columns: [
          { key: "table", header: t("report.ringkasan.col.table"), width: 30 },
          { key: "sheet", header: t("report.ringkasan.col.sheet"), width: 40 },
        ],
        rows: input.made.map(({ table, sheet }) => textRow({ table, sheet })),
        notes: [
          ...input.renamed.map((entry) =>
            t("report.renamed", { wanted: entry.wanted, sheet: entry.sheet })
          ),
          ...(input.kept ?? []).map((entry) => keptMessage(entry, language)),
        ],
      },
      {
        caption: t("report.ringkasan.skipped"),
        numbered: false,
        columns: [
          { key: "table", header: t("report.ringkasan.col.table"), width: 30 },
          { key: "reason", header: t("report.ringkasan.col.reason"), width: 40 },
        ],
        rows: input.skipped.map((entry) =>
          textRow({ table: entry.table, reason: t(entry.reasonKey, entry.params) })
        ),
      },
      {
        caption: t("report.ringkasan.findings"),
        numbered: false,
        columns: [
          { key: "severity", header: t("report.ringkasan.col.severity"), width: 30 },
          { key: "location", header: t("report.ringkasan.col.location"), width: 40 },
          { key: "message", header: t("report.ringkasan.col.message"), width: 60 },
        ],
        rows:
          findings.length > 0
            ? findings.map((finding) => findingRow(finding, language, textRow))
            : [textRow({ severity: t("report.ringkasan.noFindings") })],
      },
      ...textSourceBlocks(input, t, textRow),
      {
        caption: t("report.ringkasan.attributions"),
        numbered: false,
        columns: [
          { key: "program", header: t("report.ringkasan.col.program"), width: 30 },
          { key: "printed", header: t("report.ringkasan.col.printedName"), width: 30 },
          { key: "sasaran", header: t("report.ringkasan.col.sasaran"), width: 40 },
          { key: "basis", header: t("report.ringkasan.col.basis"), width: 60 },
        ],
        rows: context.model.attributions.map((attribution) =>
          textRow({
            program: attribution.programName,
            printed: attributedName(context, attribution, attribution.programName),
            sasaran:
              attribution.sasaranIndex === null
                ? attribution.reason === "user"
                  ? t("report.attribution.pendukung")
                  : "-"
                : (sasaranNames[attribution.sasaranIndex] ?? "-"),
            basis: t(`report.attribution.${attribution.reason}`),
          })
        ),
        notes:
          context.model.attributions.length > 0
            ? [
                t(
                  `report.ringkasan.namaProgram.${context.namaProgram ?? DEFAULT_OPTIONS.namaProgram}`
                ),
              ]
            : undefined,
      },
      {
        caption: t("report.ringkasan.narrative"),
        numbered: false,
        columns: [
          { key: "no", header: "No", width: 30 },
          { key: "sentence", header: "", width: 100 },
        ],
        rows: narrativeSentences(context).map((sentence, index) => ({
          cells: {
            no: { kind: "number", value: index + 1, format: "integer" },
            sentence: { kind: "text", text: sentence },
          },
        })),
      },
    ],
  };
}

/** Figures written as values because their input cell holds text: which, why, and what to do. */
function textSourceBlocks(
  input: RingkasanInput,
  t: (key: string, params?: Record<string, string | number>) => string,
  textRow: (texts: Record<string, string>) => TableRow
): TableBlock[] {
  if (input.mode === "values") return [];
  const sheets = textSourcedFigures(input.context);
  if (sheets.length === 0) return [];
  return [
    {
      caption: t("report.ringkasan.textSources"),
      numbered: false,
      columns: [
        { key: "sheet", header: t("report.ringkasan.col.sheet"), width: 30 },
        { key: "message", header: t("report.ringkasan.col.message"), width: 100 },
      ],
      rows: sheets.map(({ sheet, cells }) =>
        textRow({
          sheet,
          message: t("report.ringkasan.textSource", {
            count: cells.length,
            cells: cells.length > 6 ? `${cells.slice(0, 6).join(", ")}, …` : cells.join(", "),
          }),
        })
      ),
    },
  ];
}

export function findingMessage(finding: Finding, language: Language): string {
  return hasMessage(finding.code)
    ? translate(finding.code, language, finding.params ?? {})
    : finding.code;
}

function findingRow(
  finding: Finding,
  language: Language,
  textRow: (texts: Record<string, string>) => TableRow
): TableRow {
  const location = finding.ref ? `${finding.ref.sheet}!${finding.ref.address}` : "";
  return textRow({
    severity: translate(`report.severity.${finding.severity}`, language),
    location,
    message: findingMessage(finding, language),
  });
}

/** Says what became of a generated sheet the user had edited (command line, Ringkasan, pane). */
export function keptMessage(entry: KeptSheet, language: Language): string {
  return entry.to === entry.sheet
    ? translate("report.keptInPlace", language, { sheet: entry.sheet })
    : translate("report.kept", language, { sheet: entry.sheet, to: entry.to });
}
