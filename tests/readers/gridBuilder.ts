import type { GridValue, MergedArea, SheetGrid } from "../../src/workbook/grid";

/** A small grid from rows of values; `bold` lists 1-based rows shown bold. */
export function grid(
  name: string,
  values: GridValue[][],
  options: { bold?: number[]; merges?: MergedArea[]; formats?: Record<string, string> } = {}
): SheetGrid {
  const width = Math.max(0, ...values.map((row) => row.length));
  const padded = values.map((row) => [...row, ...Array<GridValue>(width - row.length).fill(null)]);
  return {
    name,
    origin: { row: 1, col: 1 },
    values: padded,
    numberFormats: padded.map((row, r) =>
      row.map((_v, c) => options.formats?.[`${r + 1}:${c + 1}`] ?? "General")
    ),
    bold: padded.map((row, r) => row.map(() => options.bold?.includes(r + 1) ?? false)),
    merges: options.merges ?? [],
  };
}
