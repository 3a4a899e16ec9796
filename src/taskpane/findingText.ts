import { hasMessage, translate } from "../i18n/catalogue";
import type { Language } from "../i18n/language";
import type { CellRef } from "../model/cellRef";
import type { Finding } from "../model/finding";

/** Finding codes are catalogue keys, with or without the area's prefix. */
const KEY_PREFIXES = ["", "findings.", "finding."];

export function findingMessage(finding: Finding, language: Language): string {
  for (const prefix of KEY_PREFIXES) {
    const key = prefix + finding.code;
    if (hasMessage(key)) return translate(key, language, finding.params ?? {});
  }
  // A code the catalogue lacks is still shown, with its parameters, rather than dropped.
  const params = Object.entries(finding.params ?? {}).map(([name, value]) => `${name}=${value}`);
  return params.length > 0 ? `${finding.code} (${params.join(", ")})` : finding.code;
}

/** 'Realisasi 2017'!C5 as Excel writes it: quotes around names that need them. */
export function refText(ref: CellRef): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(ref.sheet);
  const sheet = plain ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${ref.address}`;
}
