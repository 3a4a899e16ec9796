import * as React from "react";
import { Link, Text } from "@fluentui/react-components";
import type { GenerateOutcome } from "../paneTypes";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  outcome: GenerateOutcome;
  /** Present inside Excel: each sheet made is a link that activates it. */
  onActivateSheet?: (sheet: string) => void;
}

/** The sheets made (links to them inside Excel), the tables skipped and why, and renamed sheets. */
export function OutcomeView({ outcome, onActivateSheet }: Props) {
  const { t, tMaybe } = useI18n();
  const styles = useSectionStyles();
  return (
    <div className={styles.stack} data-testid="outcome" role="status">
      {outcome.made.length === 0 ? (
        <Text weight="semibold">{t("ui.result.nothingMade")}</Text>
      ) : null}
      {outcome.made.length > 0 ? (
        <>
          <h3 id="made-heading" className={styles.heading}>
            {t("ui.result.made", { count: outcome.made.length })}
          </h3>
          <ul className={styles.list} aria-labelledby="made-heading" data-testid="made">
            {outcome.made.map(({ table, sheet }) => (
              <li key={sheet}>
                {onActivateSheet ? (
                  <Link
                    as="button"
                    aria-label={t("ui.result.goTo", { sheet })}
                    onClick={() => onActivateSheet(sheet)}
                  >
                    {table}
                  </Link>
                ) : (
                  <Text>{table}</Text>
                )}
                {table !== sheet ? <Text> ({sheet})</Text> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {outcome.renamed.length > 0 ? (
        <ul className={styles.list}>
          {outcome.renamed.map((entry) => (
            <li key={entry.sheet}>
              <Text>{t("ui.result.renamed", entry)}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      {outcome.kept.length > 0 ? (
        <ul className={styles.list}>
          {outcome.kept.map((message) => (
            <li key={message}>
              <Text>{message}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      {outcome.skipped.length > 0 ? (
        <>
          <h3 id="skipped-heading" className={styles.heading}>
            {t("ui.result.skipped", { count: outcome.skipped.length })}
          </h3>
          <ul className={styles.list} aria-labelledby="skipped-heading" data-testid="skipped">
            {outcome.skipped.map((entry) => (
              <li key={entry.table}>
                <Text weight="semibold">{entry.table}</Text>:{" "}
                <Text>{tMaybe(entry.reasonKey, entry.params)}</Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
