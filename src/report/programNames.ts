import type { BudgetLine } from "../model/budget";
import type { Attribution } from "../model/indicators";
import { attributionsByRow } from "./indicatorPrograms";
import type { ReportContext } from "./context";
import { DEFAULT_OPTIONS } from "./options";

/**
 * One name per program in the whole report (Tabel 2.2, 3.1.8, 3.2, the Lampiran, the Ringkasan):
 * once a budget line was matched to a program of the Renstra (the cascading sheet), every table
 * prints the Renstra's name, so "PROGRAM PENINGKATAN ANSARAN DAN PRASARANA APARATUR" of a budget
 * typed by hand reads as the plan names it. The budget's own text stays in the finding that reports
 * the match and in the Ringkasan. With the choice "anggaran" every table keeps the budget's text.
 */
export type ProgramNamer = (line: BudgetLine) => string;

/**
 * A routine program is renamed after the add-in's list of standard (Permendagri) names only when
 * the two differ by typing slips: a lower score is a name cut short ("… DAERAH KABUPATEN/KOTA"
 * against "Penunjang Urusan Pemerintahan Daerah"), and renaming it would drop the budget's words.
 */
export const ROUTINE_RENAME_SCORE = 0.9;

const namers = new WeakMap<ReportContext, ProgramNamer>();

/** The name `line` is printed under in every table of the report. */
export function programName(context: ReportContext, line: BudgetLine): string {
  return programNamer(context)(line);
}

/** The namer of a report: built once per report context, each call a lookup. */
export function programNamer(context: ReportContext): ProgramNamer {
  let namer = namers.get(context);
  if (!namer) namers.set(context, (namer = newNamer(context)));
  return namer;
}

function newNamer(context: ReportContext): ProgramNamer {
  const attributionOf = attributionLookup(context.model.attributions);
  return (line) =>
    line.level === "program"
      ? attributedName(context, attributionOf(line), line.name.text)
      : line.name.text;
}

/** The name the tables print for a program with this attribution and this budget text. */
export function attributedName(
  context: ReportContext,
  attribution: Attribution | undefined,
  budgetText: string
): string {
  if ((context.namaProgram ?? DEFAULT_OPTIONS.namaProgram) === "anggaran") return budgetText;
  const matched = renstraName(attribution);
  return matched === undefined ? budgetText : asProgramName(matched);
}

/** The Renstra's (or the standard routine) name a program was matched to, if it is one. */
export function renstraName(attribution: Attribution | undefined): string | undefined {
  if (!attribution?.matchedName) return undefined;
  switch (attribution.reason) {
    case "cascading":
    case "ambiguous":
    case "unmatched":
      // A cascading line matched by name; its sasaran may be unknown or tied, its name is not.
      return attribution.matchedName;
    case "routine":
      return (attribution.score ?? 0) >= ROUTINE_RENAME_SCORE ? attribution.matchedName : undefined;
    default:
      // singleSasaran: matchedName is the sasaran's; user: no name was matched.
      return undefined;
  }
}

/** Renstra matrices name programs without the word ("Peningkatan Disiplin Aparatur"): tables say it. */
export function asProgramName(name: string): string {
  const trimmed = name.trim();
  return /^program\b/i.test(trimmed) ? trimmed : `Program ${trimmed}`;
}

/** The attribution of a budget program row (its sheet and row), the first one when there are several. */
export function attributionLookup(
  attributions: readonly Attribution[]
): (line: BudgetLine) => Attribution | undefined {
  const byRow = attributionsByRow(attributions);
  return (line) => byRow.get(line.name.ref.sheet)?.get(line.row);
}
