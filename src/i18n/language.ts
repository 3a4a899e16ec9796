export type Language = "id" | "en";

/** Office reports display languages as BCP 47 tags ("id-ID", "en-US"); anything Indonesian gets "id". */
export function languageFromTag(tag: string | undefined | null): Language {
  return tag && tag.toLowerCase().startsWith("id") ? "id" : "en";
}
