import * as React from "react";
import { Checkbox, Field, Input, Text } from "@fluentui/react-components";
import {
  PENANDATANGAN_FIELDS,
  type Penandatangan,
  type PenandatanganField,
  type Signatures,
} from "../../model/signature";
import type { PaneChoices } from "../choices";
import { Collapsible } from "./Collapsible";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  choices: PaneChoices;
  host: "excel" | "web";
  disabled: boolean;
  onChange(choices: PaneChoices): void;
}

/** What the regional head's block needs: no place and date (the agency head's block has them). */
const PIHAK_KEDUA_FIELDS: readonly PenandatanganField[] = ["jabatan", "nama", "pangkat", "nip"];

/**
 * Who signs under every table (given once, saved with the other choices), and on request next
 * year's Perjanjian Kinerja with the regional head as Pihak Kedua. Empty fields print nothing.
 */
export function SignatureSection({ choices, host, disabled, onChange }: Props) {
  const { t } = useI18n();
  const styles = useSectionStyles();
  const change = (party: keyof Signatures, field: PenandatanganField, value: string) => {
    const signer: Penandatangan = { ...choices.penandatangan[party], [field]: value };
    if (value === "") delete signer[field];
    onChange({ ...choices, penandatangan: { ...choices.penandatangan, [party]: signer } });
  };
  const fields = (party: keyof Signatures, list: readonly PenandatanganField[]) =>
    list.map((field) => (
      <Field key={`${party}-${field}`} label={t(`ui.signature.${field}`)}>
        <Input
          id={`signature-${party}-${field}`}
          disabled={disabled}
          value={choices.penandatangan[party]?.[field] ?? ""}
          onChange={(_event, data) => change(party, field, data.value)}
        />
      </Field>
    ));
  return (
    <section className={styles.section} aria-labelledby="signature-heading">
      <Collapsible title={t("ui.section.signature")} testId="signature-section">
        <span id="signature-heading" hidden>
          {t("ui.section.signature")}
        </span>
        <Text className={styles.hint}>{t("ui.signature.hint")}</Text>
        {fields("pihakPertama", PENANDATANGAN_FIELDS)}
        <Checkbox
          id="choice-perjanjian-kinerja"
          disabled={disabled}
          checked={choices.perjanjianKinerja}
          label={t("ui.signature.perjanjianKinerja")}
          onChange={(_event, data) =>
            onChange({ ...choices, perjanjianKinerja: data.checked === true })
          }
        />
        {choices.perjanjianKinerja ? (
          <>
            <Text className={styles.hint}>{t("ui.signature.pihakKedua")}</Text>
            {fields("pihakKedua", PIHAK_KEDUA_FIELDS)}
          </>
        ) : null}
        <Text className={styles.hint}>{t(`ui.choices.kept.${host}`)}</Text>
      </Collapsible>
    </section>
  );
}
