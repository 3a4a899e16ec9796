import type { Budget } from "../model/budget";
import type { Finding } from "../model/finding";
import type {
  Attribution,
  AttributionChoices,
  CascadingLink,
  Indikator,
  IndicatorSheet,
} from "../model/indicators";
import { choiceKey } from "./choiceKey";
import { money } from "./figures";
import { NameMatcher, routineProgram } from "./nameMatch";

/**
 * Which sasaran each program of the chosen budget serves (DOMAIN.md): the cascading table decides
 * when there is one; without it routine programs go to no sasaran and, with a single sasaran,
 * every other program goes to it. Every fuzzy match is reported so the user can check it. What the
 * user set by hand in the pane (`choices`) comes first; a choice naming a sasaran the indicator
 * sheet no longer has is reported and left out.
 */
export function attributePrograms(
  budget: Budget | undefined,
  indicators: IndicatorSheet | undefined,
  links: CascadingLink[] | undefined,
  findings: Finding[],
  choices: AttributionChoices = {}
): Attribution[] {
  if (!budget) return [];
  const sasaran = indicators?.sasaran ?? [];
  const unknownSasaran = new Set<string>();
  const linkMatcher = new NameMatcher(links ?? [], (item) => item.program);
  const sasaranMatcher = new NameMatcher(sasaran, (item) => item.name.text);
  const sasaranIndexCache = new Map<string, number | null>();
  const sasaranIndex = (name: string): number | null => {
    if (!sasaranIndexCache.has(name)) {
      sasaranIndexCache.set(name, matchSasaran(name, sasaran, sasaranMatcher));
    }
    return sasaranIndexCache.get(name)!;
  };
  const chosenIndex = attributionChoiceIndex(choices, sasaran);
  const attributions = budget.programs.map((program): Attribution => {
    const base = { programName: program.name.text, programRef: program.name.ref };
    const chosen = chosenIndex(program.name.text);
    if (chosen.kind === "set") return { ...base, sasaranIndex: chosen.index, reason: "user" };
    if (chosen.kind === "unknown") {
      findings.push({
        severity: "warning",
        code: "finding.attributionChoiceUnknown",
        ref: program.name.ref,
        params: { name: program.name.text, sasaran: chosen.sasaran },
      });
    }
    if (links && links.length > 0) {
      const link = linkMatcher.best(program.name.text);
      if (link) {
        const index = sasaranIndex(link.item.sasaran);
        if (index === null && !unknownSasaran.has(link.item.sasaran)) {
          unknownSasaran.add(link.item.sasaran);
          findings.push({
            severity: "warning",
            code: "finding.cascadingSasaranUnknown",
            ref: link.item.ref,
            params: { sasaran: link.item.sasaran },
          });
        }
        // The same program linked to another sasaran just as closely: the user must decide.
        const tied = link.ties.filter((other) => sasaranIndex(other.sasaran) !== index);
        const served =
          tied.length === 0 && index !== null
            ? servedIndicators([link.item, ...link.ties], sasaran[index].indikator, findings)
            : undefined;
        return {
          ...base,
          sasaranIndex: tied.length > 0 ? null : index,
          reason: tied.length > 0 ? "ambiguous" : index === null ? "unmatched" : "cascading",
          matchedName: link.item.program,
          score: link.score,
          ...(served ? { indikatorIndexes: served } : {}),
        };
      }
    }
    const routine = routineProgram(program.name.text);
    if (routine) {
      return {
        ...base,
        sasaranIndex: null,
        reason: "routine",
        matchedName: routine.item,
        score: routine.score,
      };
    }
    if (links && links.length > 0) {
      findings.push({
        severity: "warning",
        code: "finding.programNotInCascading",
        ref: program.name.ref,
        params: { name: program.name.text },
      });
      return { ...base, sasaranIndex: null, reason: "unmatched" };
    }
    if (sasaran.length === 1) {
      return {
        ...base,
        sasaranIndex: 0,
        reason: "singleSasaran",
        matchedName: sasaran[0].name.text,
      };
    }
    return { ...base, sasaranIndex: null, reason: sasaran.length > 1 ? "ambiguous" : "unmatched" };
  });

  for (const attribution of attributions) {
    if (attribution.score !== undefined && attribution.score < 1 && attribution.matchedName) {
      findings.push({
        severity: "info",
        code: "finding.fuzzyMatch",
        ref: attribution.programRef,
        params: {
          name: attribution.programName,
          matched: attribution.matchedName,
          score: Math.round(attribution.score * 100),
        },
      });
    }
  }
  const waiting = attributions.filter(
    (a) => a.reason === "ambiguous" && (!links || links.length === 0)
  );
  if (waiting.length > 0) {
    findings.push({
      severity: "warning",
      code: "finding.needCascading",
      ref: waiting[0].programRef,
      params: { count: sasaran.length, programs: waiting.length },
    });
  }
  if (sasaran.length > 0) {
    const attributed = attributions.filter((a) => a.sasaranIndex !== null);
    // attributions[i] is budget.programs[i]'s.
    const pagu = attributions.reduce(
      (sum, a, i) => (a.sasaranIndex === null ? sum : sum + (budget.programs[i].pagu.value ?? 0)),
      0
    );
    findings.push({
      severity: "info",
      code: "finding.attributionSummary",
      params: {
        programs: attributed.length,
        total: budget.programs.length,
        pagu: money(pagu),
        year: budget.year ?? "?",
      },
    });
  }
  return attributions;
}

/**
 * The indicators of its sasaran a program serves, from the cascading lines naming it: undefined
 * (the whole sasaran) when a line names no indicator or none of the named ones is in the indicator
 * sheet. A named indicator the sheet lacks is reported once.
 */
function servedIndicators(
  programLinks: CascadingLink[],
  indicators: Indikator[],
  findings: Finding[]
): number[] | undefined {
  if (programLinks.some((link) => !link.indikator)) return undefined;
  const matcher = new NameMatcher(indicators, (item) => item.name.text);
  const served = new Set<number>();
  for (const link of programLinks) {
    const best = matcher.best(link.indikator!);
    if (best) served.add(indicators.indexOf(best.item));
    else if (
      !findings.some((f) => f.code === UNKNOWN_INDIKATOR && f.params?.indikator === link.indikator)
    ) {
      findings.push({
        severity: "warning",
        code: UNKNOWN_INDIKATOR,
        ref: link.ref,
        params: { indikator: link.indikator!, sasaran: link.sasaran },
      });
    }
  }
  return served.size > 0 ? [...served].sort((a, b) => a - b) : undefined;
}

const UNKNOWN_INDIKATOR = "finding.cascadingIndikatorUnknown";

function matchSasaran(
  name: string,
  sasaran: IndicatorSheet["sasaran"],
  matcher: NameMatcher<IndicatorSheet["sasaran"][number]>
): number | null {
  const best = matcher.best(name);
  if (best) return sasaran.indexOf(best.item);
  // A single sasaran worded differently in the Renstra matrix is still the agency's only one.
  return sasaran.length === 1 ? 0 : null;
}

type ChosenAttribution =
  { kind: "none" } | { kind: "set"; index: number | null } | { kind: "unknown"; sasaran: string };

function attributionChoiceIndex(
  choices: AttributionChoices,
  sasaran: IndicatorSheet["sasaran"]
): (program: string) => ChosenAttribution {
  const byProgram = new Map(
    Object.entries(choices).map(([program, target]) => [choiceKey(program), target])
  );
  const sasaranKeys = sasaran.map((entry) => choiceKey(entry.name.text));
  return (program) => {
    const key = choiceKey(program);
    if (!byProgram.has(key)) return { kind: "none" };
    const target = byProgram.get(key)!;
    if (target === null) return { kind: "set", index: null };
    const index = sasaranKeys.indexOf(choiceKey(target));
    return index < 0 ? { kind: "unknown", sasaran: target } : { kind: "set", index };
  };
}
