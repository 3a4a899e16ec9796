import type { SheetSpec } from "../workbook/sheetSpec";

/** Every table prints on A4 landscape, fitted to the page width, as the seed's tables. */
export function tablePage(): NonNullable<SheetSpec["page"]> {
  return { orientation: "landscape", paper: "A4", fitToWidth: true };
}
