import { readPartText, type PackageParts } from "./packagePart";
import type { ReadBudget } from "./readLimits";
import { parseXml } from "./xmlStream";

/**
 * Where Office keeps an add-in's document settings (Office.context.document.settings) in an .xlsx:
 * one part per add-in, xl/webextensions/webextension1.xml, …, each setting a
 * `<we:property name="key" value="…"/>` whose value is the setting JSON-encoded.
 */
const SETTINGS_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;

export function isWebExtensionPart(path: string): boolean {
  return SETTINGS_PART.test(path);
}

/** The settings of one webextension part, each value decoded from JSON (kept as text if not JSON). */
export function parseWebExtensionSettings(xml: string): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  let inProperties = false;
  parseXml(xml, {
    open(tag, attributes) {
      if (tag === "properties") inProperties = true;
      else if (tag === "property" && inProperties && attributes.name !== undefined) {
        settings.set(attributes.name, decode(attributes.value ?? ""));
      }
    },
    close(tag) {
      if (tag === "properties") inProperties = false;
    },
  });
  return settings;
}

function decode(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * The value Office saved for `key` in any add-in's settings part of the package, or undefined. A
 * part that is damaged or over the read limits is passed over: settings never stop a workbook from being read.
 */
export async function readWebExtensionSetting(
  parts: PackageParts,
  paths: Iterable<string>,
  key: string,
  budget: ReadBudget
): Promise<unknown> {
  for (const path of [...paths].filter(isWebExtensionPart).sort()) {
    let settings: Map<string, unknown>;
    try {
      const xml = await readPartText(parts, path, budget);
      if (xml === null) continue;
      settings = parseWebExtensionSettings(xml);
    } catch {
      continue;
    }
    if (settings.has(key)) return settings.get(key);
  }
  return undefined;
}
