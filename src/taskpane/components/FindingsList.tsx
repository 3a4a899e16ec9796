import * as React from "react";
import { Badge, Link, Text } from "@fluentui/react-components";
import type { CellRef } from "../../model/cellRef";
import type { Finding, Severity } from "../../model/finding";
import { findingMessage, refText } from "../findingText";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  findings: Finding[];
  /** Present inside Excel: a finding's reference becomes a link that selects the cell. */
  onSelectCell?: (ref: CellRef) => void;
}

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The readers' findings, errors first, each pointing at its cell. */
export function FindingsList({ findings, onSelectCell }: Props) {
  const { t, language } = useI18n();
  const styles = useSectionStyles();
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section className={styles.section} aria-labelledby="findings-heading">
      <h2 id="findings-heading" className={styles.heading}>
        {t("ui.section.findings", { count: findings.length })}
      </h2>
      {findings.length === 0 ? (
        <Text className={styles.hint}>{t("ui.findings.none")}</Text>
      ) : (
        <>
          {onSelectCell ? <Text className={styles.hint}>{t("ui.findings.hint.excel")}</Text> : null}
          <ul className={styles.list} data-testid="findings">
            {sorted.map((finding, index) => (
              <li key={index}>
                <Badge appearance="tint" color={BADGE_COLOR[finding.severity]}>
                  {t(`ui.severity.${finding.severity}`)}
                </Badge>{" "}
                {finding.ref ? (
                  <FindingRef cellRef={finding.ref} onSelectCell={onSelectCell} />
                ) : null}{" "}
                <Text>{findingMessage(finding, language)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FindingRef({
  cellRef,
  onSelectCell,
}: {
  cellRef: CellRef;
  onSelectCell?: (ref: CellRef) => void;
}) {
  const { t } = useI18n();
  const text = refText(cellRef);
  if (!onSelectCell) return <Text font="monospace">{text}</Text>;
  return (
    <Link
      as="button"
      aria-label={t("ui.findings.goTo", { ref: text })}
      onClick={() => onSelectCell(cellRef)}
    >
      {text}
    </Link>
  );
}
