import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import type { PaneChoices } from "../choices";
import type { Analysis, AttributionView, SheetSelection } from "../paneTypes";
import { Collapsible } from "./Collapsible";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  analysis: Analysis;
  selection: SheetSelection;
  choices: PaneChoices;
  disabled: boolean;
  onSelectionChange(selection: SheetSelection): void;
  onChoicesChange(choices: PaneChoices): void;
}

const NONE = "";

/**
 * What the readers found, with pickers to choose other sheets or another year, and each program's
 * sasaran to correct.
 */
export function DetectedSection({
  analysis,
  selection,
  choices,
  disabled,
  onSelectionChange,
  onChoicesChange,
}: Props) {
  const { t } = useI18n();
  const styles = useSectionStyles();
  const sheetOptions = (current: string | null) => {
    const names =
      current && !analysis.sheets.includes(current)
        ? [current, ...analysis.sheets]
        : analysis.sheets;
    return [
      <option key={NONE} value={NONE}>
        {t("ui.option.none")}
      </option>,
      ...names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      )),
    ];
  };
  return (
    <section className={styles.section} aria-labelledby="detected-heading">
      <h2 id="detected-heading" className={styles.heading}>
        {t("ui.section.detected")}
      </h2>
      {analysis.agency ? <Text>{t("ui.detected.agency", { agency: analysis.agency })}</Text> : null}
      <Field label={t("ui.field.budgetSheet")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="budget-sheet"
          disabled={disabled}
          value={selection.budgetSheet ?? NONE}
          onChange={(_event, data) =>
            onSelectionChange({
              ...selection,
              budgetSheet: data.value === NONE ? null : data.value,
            })
          }
        >
          {sheetOptions(selection.budgetSheet)}
        </Select>
      </Field>
      <Field label={t("ui.field.indicatorSheet")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="indicator-sheet"
          disabled={disabled}
          value={selection.indicatorSheet ?? NONE}
          onChange={(_event, data) =>
            onSelectionChange({
              ...selection,
              indicatorSheet: data.value === NONE ? null : data.value,
            })
          }
        >
          {sheetOptions(selection.indicatorSheet)}
        </Select>
      </Field>
      <Field label={t("ui.field.year")} hint={t("ui.field.year.hint")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="report-year"
          disabled={disabled || analysis.years.length === 0}
          value={selection.year === null ? NONE : String(selection.year)}
          onChange={(_event, data) =>
            onSelectionChange({
              ...selection,
              year: data.value === NONE ? null : Number(data.value),
            })
          }
        >
          {analysis.years.length === 0 ? <option value={NONE}>{t("ui.option.none")}</option> : null}
          {analysis.years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </Select>
      </Field>
      <Text className={styles.hint}>
        {analysis.cascadingSheet
          ? t("ui.detected.cascading", { sheet: analysis.cascadingSheet })
          : t("ui.detected.noCascading")}
      </Text>
      <Attributions
        attributions={analysis.attributions}
        sasaranNames={analysis.sasaranNames ?? []}
        choices={choices}
        disabled={disabled}
        onChoicesChange={onChoicesChange}
      />
    </section>
  );
}

const AUTO = "auto";
const PENDUKUNG = "pendukung";

/**
 * Which sasaran each program was given and why, each one a choice the user can correct: another
 * sasaran, or program pendukung (none). Choices are kept with the others and used by every path.
 */
function Attributions({
  attributions,
  sasaranNames,
  choices,
  disabled,
  onChoicesChange,
}: {
  attributions: AttributionView[];
  sasaranNames: string[];
  choices: PaneChoices;
  disabled: boolean;
  onChoicesChange(choices: PaneChoices): void;
}) {
  const { t } = useI18n();
  const styles = useSectionStyles();
  const title = `${t("ui.section.attributions")} (${attributions.length})`;
  if (attributions.length === 0)
    return <Text className={styles.hint}>{t("ui.attribution.empty")}</Text>;
  const choose = (program: string, value: string) => {
    const attribution = { ...choices.attribution };
    if (value === AUTO) delete attribution[program];
    else attribution[program] = value === PENDUKUNG ? null : sasaranNames[Number(value)];
    onChoicesChange({ ...choices, attribution });
  };
  const chosenValue = (program: string): string => {
    if (!(program in choices.attribution)) return AUTO;
    const chosen = choices.attribution[program];
    if (chosen === null) return PENDUKUNG;
    const index = sasaranNames.indexOf(chosen);
    return index < 0 ? AUTO : String(index);
  };
  return (
    <Collapsible title={title} testId="attributions">
      <ul className={styles.list}>
        {attributions.map((attribution) => (
          <li key={`${attribution.programRef.sheet}!${attribution.programRef.address}`}>
            <Text weight="semibold">{attribution.programName}</Text>
            {" → "}
            <Text>{attribution.sasaranName ?? t("ui.attribution.none")}</Text>{" "}
            <Text className={styles.hint}>
              ({t(`ui.attribution.reason.${attribution.reason}`)}
              {attribution.matchedName && attribution.reason !== "routine"
                ? `; ${t("ui.attribution.matched", { name: attribution.matchedName })}`
                : ""}
              )
            </Text>
            {sasaranNames.length > 0 ? (
              <Select
                className={styles.select}
                select={{ className: styles.selectInner }}
                aria-label={t("ui.attribution.choice", { name: attribution.programName })}
                data-testid="attribution-choice"
                disabled={disabled}
                value={chosenValue(attribution.programName)}
                onChange={(_event, data) => choose(attribution.programName, data.value)}
              >
                <option value={AUTO}>
                  {t("ui.attribution.choice.auto", {
                    label: attribution.sasaranName ?? t("ui.attribution.none"),
                  })}
                </option>
                {sasaranNames.map((name, index) => (
                  <option key={index} value={String(index)}>
                    {name}
                  </option>
                ))}
                <option value={PENDUKUNG}>{t("ui.attribution.choice.pendukung")}</option>
              </Select>
            ) : null}
          </li>
        ))}
      </ul>
    </Collapsible>
  );
}
