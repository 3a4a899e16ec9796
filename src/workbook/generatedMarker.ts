/**
 * The add-in remembers which sheets it generated in a very hidden sheet, one name per row in
 * column A. Only those sheets are ever replaced; everything else is the user's. Both adapters and
 * the writers share this module so the marker has exactly one shape.
 */
export const GENERATED_MARKER_SHEET = "_lkjip";

export function isMarkerSheet(name: string): boolean {
  return name.toLowerCase() === GENERATED_MARKER_SHEET;
}

/** Sheet names listed in the marker's column A (first column of `values`), blanks skipped. */
export function parseGeneratedMarker(values: readonly (readonly unknown[])[]): string[] {
  const names: string[] = [];
  for (const row of values) {
    const cell = row[0];
    if (typeof cell === "string" && cell.trim() !== "") names.push(cell.trim());
  }
  return names;
}

/** Excel compares sheet names case-insensitively, so the marker does too. */
export function isGeneratedName(name: string, generated: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return generated.some((entry) => entry.toLowerCase() === lower);
}

/** The marker's list after a write: replaced sheets leave, written sheets join, order kept. */
export function nextGeneratedNames(
  current: readonly string[],
  replaced: readonly string[],
  written: readonly string[]
): string[] {
  const kept = current.filter(
    (name) => !isGeneratedName(name, replaced) && !isGeneratedName(name, written)
  );
  return [...kept, ...written];
}

/** Column A rows to write into the marker sheet. */
export function markerRows(names: readonly string[]): string[][] {
  return names.map((name) => [name]);
}
