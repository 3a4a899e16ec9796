import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import { ARAH_VALUES } from "../../core/capaian";
import type { Arah, RenstraChoice } from "../../model/indicators";
import type { PaneChoices } from "../choices";
import type { ArahItem, RenstraView } from "../paneTypes";
import { Collapsible } from "./Collapsible";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  arahList: ArahItem[];
  renstra?: RenstraView;
  choices: PaneChoices;
  host: "excel" | "web";
  disabled: boolean;
  onChange(choices: PaneChoices): void;
}

const AUTO = "auto";
const NONE = "none";

/**
 * What the readers had to infer about the indicators, for the user to confirm or change: the Arah
 * of each indicator with none typed, and which later target column is the end-of-Renstra target.
 * Choices are kept with the others (in the workbook inside Excel) and used by every generation.
 */
export function IndicatorChoicesSection({
  arahList,
  renstra,
  choices,
  host,
  disabled,
  onChange,
}: Props) {
  const { t } = useI18n();
  const styles = useSectionStyles();
  if (arahList.length === 0 && !renstra) return null;
  const setArah = (name: string, arah: Arah) =>
    onChange({ ...choices, arah: { ...choices.arah, [name]: arah } });
  const setRenstra = (value: string) => {
    const renstraChoice: RenstraChoice = value === AUTO || value === NONE ? value : Number(value);
    onChange({ ...choices, renstra: renstraChoice });
  };
  return (
    <section className={styles.section} aria-labelledby="indicator-choices-heading">
      <h2 id="indicator-choices-heading" className={styles.heading}>
        {t("ui.section.indicatorChoices")}
      </h2>
      {renstra ? (
        <Field label={t("ui.field.renstra")} hint={t("ui.field.renstra.hint")}>
          <Select
            className={styles.select}
            select={{ className: styles.selectInner }}
            id="choice-renstra"
            disabled={disabled}
            value={String(choices.renstra)}
            onChange={(_event, data) => setRenstra(data.value)}
          >
            <option value={AUTO}>
              {t("ui.renstra.auto", { label: labelOf(renstra, renstra.latest) })}
            </option>
            {renstra.candidates.map((candidate) => (
              <option key={candidate.year} value={String(candidate.year)}>
                {t("ui.renstra.candidate", {
                  label: candidate.label,
                  cell: candidate.ref.address,
                })}
              </option>
            ))}
            <option value={NONE}>{t("ui.renstra.none")}</option>
          </Select>
        </Field>
      ) : null}
      {arahList.length > 0 ? (
        <Collapsible
          title={t("ui.arah.title", { count: arahList.length })}
          testId="arah-list"
          defaultOpen={arahList.some((item) => item.source === "name")}
        >
          <Text className={styles.hint}>{t("ui.arah.hint")}</Text>
          {arahList.map((item) => (
            <Field
              key={`${item.ref.sheet}!${item.ref.address}`}
              label={`${item.name} (${item.ref.address})`}
              hint={
                item.source === "name"
                  ? t("ui.arah.reason.name", { word: item.word ?? "" })
                  : t("ui.arah.reason.default")
              }
            >
              <Select
                className={styles.select}
                select={{ className: styles.selectInner }}
                aria-label={t("ui.arah.select", { name: item.name })}
                data-testid="arah-choice"
                disabled={disabled}
                value={choices.arah[item.name] ?? item.arah}
                onChange={(_event, data) => setArah(item.name, data.value as Arah)}
              >
                {ARAH_VALUES.map((arah) => (
                  <option key={arah} value={arah}>
                    {t(`ui.arah.${arah}`)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </Collapsible>
      ) : null}
      <Text className={styles.hint}>{t(`ui.choices.kept.${host}`)}</Text>
    </section>
  );
}

function labelOf(renstra: RenstraView, year: number): string {
  return renstra.candidates.find((candidate) => candidate.year === year)?.label ?? String(year);
}
