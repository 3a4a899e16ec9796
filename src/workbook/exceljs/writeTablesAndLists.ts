import type ExcelJS from "exceljs";
import type { SheetSpec } from "../sheetSpec";

const DEFAULT_TABLE_STYLE = "TableStyleLight9";

/** ExcelJS's worksheet.dataValidations, which its type declarations leave out. */
interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/**
 * The Excel tables (ListObjects) and drop-down lists of a sheet whose cells are already written
 * (the input template's). A table takes its column names from the header cells and keeps the
 * cells' values, formulas and styles.
 */
export function writeTablesAndLists(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const table of spec.tables ?? []) {
    const { top, left, bottom, right } = table.range;
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let c = left; c <= right; c++) {
      columns.push({ name: sheet.getCell(top, c).text, filterButton: true });
    }
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = top + 1; r <= bottom; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = left; c <= right; c++) row.push(sheet.getCell(r, c).value);
      rows.push(row);
    }
    sheet.addTable({
      name: table.name,
      ref: sheet.getCell(top, left).address,
      headerRow: true,
      totalsRow: false,
      style: {
        theme: (table.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns,
      rows,
    });
  }
  for (const list of spec.validations ?? []) {
    const { top, left, bottom, right } = list.range;
    const address = `${sheet.getCell(top, left).address}:${sheet.getCell(bottom, right).address}`;
    // One rule over the whole range: ExcelJS's per-cell rules are merged into overlapping ranges.
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(address, {
      type: "list",
      allowBlank: true,
      formulae: [`"${list.values.join(",")}"`],
      showErrorMessage: true,
    });
  }
}
