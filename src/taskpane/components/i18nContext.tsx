import * as React from "react";
import { hasMessage, translate, type MessageParams } from "../../i18n/catalogue";
import type { Language } from "../../i18n/language";

export type Translate = (key: string, params?: MessageParams) => string;

interface I18n {
  language: Language;
  t: Translate;
  /** For keys made at run time (finding codes, skip reasons): the key itself when unknown. */
  tMaybe: Translate;
}

const I18nContext = React.createContext<I18n | null>(null);

export function I18nProvider(props: { language: Language; children: React.ReactNode }) {
  const value = React.useMemo<I18n>(
    () => ({
      language: props.language,
      t: (key, params) => translate(key, props.language, params),
      tMaybe: (key, params) => (hasMessage(key) ? translate(key, props.language, params) : key),
    }),
    [props.language]
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = React.useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}
