import { readFileSync } from "fs";
import { join } from "path";

/** The requirement sets manifest.xml declares (<Requirements><Sets>), as the strict fake's `declared`. */
export function manifestRequirementSets(
  file = join(__dirname, "..", "..", "..", "..", "manifest.xml")
): Record<string, string> {
  const xml = readFileSync(file, "utf8");
  const sets =
    /<Requirements>[\s\S]*?<Sets(?:\s+DefaultMinVersion="([^"]*)")?>([\s\S]*?)<\/Sets>/.exec(xml);
  const declared: Record<string, string> = {};
  if (!sets) return declared;
  for (const match of sets[2].matchAll(
    /<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?\s*\/>/g
  )) {
    declared[match[1]] = match[2] ?? sets[1] ?? "1.1";
  }
  return declared;
}
