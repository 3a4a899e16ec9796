import * as React from "react";
import { Button, Field, Text } from "@fluentui/react-components";
import type { DownloadableFile } from "../paneTypes";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  fileName: string | null;
  disabled: boolean;
  onFile(file: File): void;
}

/** The web tool's file in; the file never leaves the browser. */
export function WebFileSection({ fileName, disabled, onFile }: Props) {
  const { t } = useI18n();
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-label={t("ui.web.chooseFile")}>
      {/* Field ties its label to Fluent controls only: point it at the native file input. */}
      <Field label={{ children: t("ui.web.chooseFile"), htmlFor: "workbook-file" }}>
        <input
          id="workbook-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </Field>
      {fileName ? <Text>{t("ui.web.fileLoaded", { name: fileName })}</Text> : null}
    </section>
  );
}

/** The web tool's file out: the user's workbook plus the tables, as a new file. */
export function DownloadButton({ download }: { download: DownloadableFile }) {
  const { t } = useI18n();
  const styles = useSectionStyles();
  return (
    <>
      <Button appearance="primary" data-testid="download" onClick={() => download.save()}>
        {t("ui.web.download", { name: download.fileName })}
      </Button>
      <Text className={styles.hint}>{t("ui.web.downloadHint")}</Text>
    </>
  );
}
