import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import {
  EFISIENSI_CHOICES,
  FORMULA_MODES,
  PERIODE_CHOICES,
  PROGRAM_NAMING_CHOICES,
  RINCIAN_CHOICES,
  SCALE_CHOICES,
  type EfisiensiChoice,
  type PaneChoices,
  type RincianChoice,
  type ScaleChoice,
} from "../choices";
import type { FormulaMode, Periode, ProgramNaming } from "../../report/options";
import { useI18n } from "./i18nContext";
import { useSectionStyles } from "./styles";

interface Props {
  choices: PaneChoices;
  host: "excel" | "web";
  disabled: boolean;
  onChange(choices: PaneChoices): void;
}

/** Predikat scale, efisiensi method and what the table cells hold; remembered by the host. */
export function ChoicesSection({ choices, host, disabled, onChange }: Props) {
  const { t } = useI18n();
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-labelledby="choices-heading">
      <h2 id="choices-heading" className={styles.heading}>
        {t("ui.section.choices")}
      </h2>
      <Field label={t("ui.field.scale")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="choice-scale"
          disabled={disabled}
          value={choices.scale}
          onChange={(_event, data) => onChange({ ...choices, scale: data.value as ScaleChoice })}
        >
          {SCALE_CHOICES.map((scale) => (
            <option key={scale} value={scale}>
              {t(`ui.scale.${scale}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.field.efisiensi")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="choice-efisiensi"
          disabled={disabled}
          value={choices.efisiensi}
          onChange={(_event, data) =>
            onChange({ ...choices, efisiensi: data.value as EfisiensiChoice })
          }
        >
          {EFISIENSI_CHOICES.map((method) => (
            <option key={method} value={method}>
              {t(`ui.efisiensi.${method}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.field.mode")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="choice-mode"
          disabled={disabled}
          value={choices.mode}
          onChange={(_event, data) => onChange({ ...choices, mode: data.value as FormulaMode })}
        >
          {FORMULA_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`ui.mode.${mode}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.field.rincian")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="choice-rincian"
          disabled={disabled}
          value={choices.rincian}
          onChange={(_event, data) =>
            onChange({ ...choices, rincian: data.value as RincianChoice })
          }
        >
          {RINCIAN_CHOICES.map((rincian) => (
            <option key={rincian} value={rincian}>
              {t(`ui.rincian.${rincian}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.field.periode")} hint={t("ui.periode.hint")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="choice-periode"
          disabled={disabled}
          value={choices.periode}
          onChange={(_event, data) => onChange({ ...choices, periode: data.value as Periode })}
        >
          {PERIODE_CHOICES.map((periode) => (
            <option key={periode} value={periode}>
              {t(`ui.periode.${periode}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.field.namaProgram")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          id="choice-nama-program"
          disabled={disabled}
          value={choices.namaProgram}
          onChange={(_event, data) =>
            onChange({ ...choices, namaProgram: data.value as ProgramNaming })
          }
        >
          {PROGRAM_NAMING_CHOICES.map((naming) => (
            <option key={naming} value={naming}>
              {t(`ui.namaProgram.${naming}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Text className={styles.hint}>{t(`ui.choices.kept.${host}`)}</Text>
    </section>
  );
}
