import {
  gridFromRange,
  type GridValue,
  type MergedArea,
  type SheetGrid,
} from "../../src/workbook/grid";

/** A small grid from rows of values; `bold` lists 1-based rows shown bold. */
export function grid(
  name: string,
  values: GridValue[][],
  options: {
    bold?: number[];
    merges?: MergedArea[];
    /** Keyed "row:col" (1-based). */
    formats?: Record<string, string>;
    formulas?: Record<string, string>;
  } = {}
): SheetGrid {
  const width = Math.max(0, ...values.map((row) => row.length));
  const padded = values.map((row) => [...row, ...Array<GridValue>(width - row.length).fill(null)]);
  return gridFromRange(
    name,
    {
      origin: { row: 1, col: 1 },
      values: padded,
      numberFormats: padded.map((row, r) =>
        row.map((_v, c) => options.formats?.[`${r + 1}:${c + 1}`] ?? "General")
      ),
      bold: padded.map((row, r) => row.map(() => options.bold?.includes(r + 1) ?? false)),
      formulas: padded.map((row, r) =>
        row.map((_v, c) => options.formulas?.[`${r + 1}:${c + 1}`] ?? null)
      ),
    },
    options.merges ?? []
  );
}
