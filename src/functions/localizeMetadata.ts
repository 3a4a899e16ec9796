import { hasMessage, translate } from "../i18n/catalogue";
import type { Language } from "../i18n/language";

/** The parts of custom-functions metadata (functions.json) that Excel localizes. */
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: Array<{ name: string; description?: string }>;
}

/**
 * functions.json in another language, as Microsoft documents for localized custom functions: the
 * same ids, names, parameters and types; only descriptions change, taken from the catalogue
 * (`functions.meta.<ID>` and `functions.meta.<ID>.<parameter>`). Names stay: they are Indonesian
 * words already. Runs at build time (webpack.config.js) and in tests.
 */
export function localizeMetadata(metadataJson: string, language: Language): string {
  const metadata = JSON.parse(metadataJson) as { functions: FunctionMetadata[] };
  const describe = (key: string, fallback?: string) =>
    hasMessage(key) ? translate(key, language) : fallback;
  for (const fn of metadata.functions) {
    fn.description = describe(`functions.meta.${fn.id}`, fn.description);
    for (const parameter of fn.parameters ?? []) {
      parameter.description = describe(
        `functions.meta.${fn.id}.${parameter.name}`,
        parameter.description
      );
    }
  }
  return JSON.stringify(metadata, null, 2);
}
