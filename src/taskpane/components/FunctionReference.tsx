import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTION_REFERENCE, displayFormula, type FunctionExample } from "../functionReference";
import { Collapsible } from "./Collapsible";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  /** Present inside Excel: each example gets an Insert button. */
  onInsert?: (example: FunctionExample) => void;
  disabled: boolean;
}

const useStyles = makeStyles({
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  entry: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** The LKJIP.* functions with the seed's figures as examples, written as the user's Excel shows them. */
export function FunctionReference({ onInsert, disabled }: Props) {
  const { t, language } = useI18n();
  const section = useSectionStyles();
  const styles = useStyles();
  return (
    <section className={section.section}>
      <Collapsible title={t("ui.section.functions")} testId="functions">
        <Text className={section.hint}>
          {t(onInsert ? "ui.functions.hint.excel" : "ui.functions.hint.web")}
        </Text>
        <ul className={section.list}>
          {FUNCTION_REFERENCE.map((entry) => (
            <li key={entry.name} className={styles.entry}>
              <Text weight="semibold">LKJIP.{entry.name}</Text>
              <Text>{t(entry.descriptionKey)}</Text>
              {entry.examples.map((example) => {
                const shown = displayFormula(example.formula, language);
                return (
                  <div key={example.formula} className={section.row}>
                    <code className={styles.formula}>{shown}</code>
                    <Text className={section.hint}>
                      {t("ui.functions.result", { result: example.result[language] })}
                    </Text>
                    {onInsert ? (
                      <Button
                        size="small"
                        disabled={disabled}
                        aria-label={t("ui.functions.insertLabel", { formula: shown })}
                        onClick={() => onInsert(example)}
                      >
                        {t("ui.functions.insert")}
                      </Button>
                    ) : null}
                  </div>
                );
              })}
            </li>
          ))}
        </ul>
      </Collapsible>
    </section>
  );
}
