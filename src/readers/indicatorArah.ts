import type { SourcedText } from "../model/cellRef";
import type { Finding } from "../model/finding";
import type { Arah, Indikator } from "../model/indicators";
import { isArahPlaceholder, parseArah } from "./arahText";
import { choiceKey } from "./choiceKey";
import { arahFromName, type UserArahWord } from "./arahWords";

/** The user's Arah per indicator, chosen in the pane and saved in the workbook: name -> Arah. */
export type ArahChoices = Readonly<Record<string, Arah>>;

export interface ArahContext {
  userWords: readonly UserArahWord[];
  choices: ArahChoices;
}

export type ArahDecision = Pick<Indikator, "arah" | "arahSource" | "arahWord">;

/**
 * An indicator's Arah: a typed Arah is read by its leading word; without one (a placeholder such
 * as "-" or "n/a" counts as none), the user's choice in the pane wins, then the indicator's name
 * (lower-is-better words, reported as a Warning on the name's cell so that nothing is decided
 * silently), then the default naik.
 */
export function decideArah(
  name: SourcedText,
  typed: SourcedText | undefined,
  context: ArahContext,
  findings: Finding[]
): ArahDecision {
  if (typed && !isArahPlaceholder(typed.text))
    return { arah: parseArah(typed, findings), arahSource: "typed" };
  const chosen = choiceFor(name.text, context.choices);
  if (chosen) return { arah: chosen, arahSource: "user" };
  const byName = arahFromName(name.text, context.userWords);
  if (byName) {
    findings.push({
      severity: byName.arah === "naik" ? "info" : "warning",
      code: byName.arah === "naik" ? "finding.arahFromNameNaik" : "finding.arahFromName",
      ref: name.ref,
      params: { name: name.text, word: byName.word, arah: byName.arah },
    });
    return { arah: byName.arah, arahSource: "name", arahWord: byName.word };
  }
  return { arah: "naik", arahSource: "default" };
}

/** Choices are keyed by the indicator's name; spacing and case typed differently still match. */
export function arahChoiceKey(name: string): string {
  return choiceKey(name);
}

function choiceFor(name: string, choices: ArahChoices): Arah | undefined {
  const key = arahChoiceKey(name);
  for (const [chosenName, arah] of Object.entries(choices)) {
    if (arahChoiceKey(chosenName) === key) return arah;
  }
  return undefined;
}
