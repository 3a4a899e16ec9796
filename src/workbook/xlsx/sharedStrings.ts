import { streamPart, type PackageParts } from "./packagePart";
import type { ReadBudget } from "./readLimits";
import { XmlStream } from "./xmlStream";

/**
 * The shared strings of a package (xl/sharedStrings.xml): each item's text, rich-text runs joined,
 * phonetic runs (rPh) left out as Excel shows them. Streamed, so only the texts are kept.
 */
export async function readSharedStrings(
  parts: PackageParts,
  path: string | null,
  budget: ReadBudget
): Promise<string[]> {
  const strings: string[] = [];
  if (!path) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const xml = new XmlStream({
    open(name) {
      if (name === "si") current = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && current && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "si") {
        strings.push(current ? current.join("") : "");
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
  });
  await streamPart(parts, path, budget, (text) => xml.write(text));
  xml.close();
  return strings;
}
