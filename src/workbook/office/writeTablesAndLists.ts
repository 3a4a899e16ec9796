/* global Excel */
import type { SheetSpec } from "../sheetSpec";
import type { WriteOp } from "./writeSheets";

const OPERATION_BYTES = 300;

/**
 * The Excel tables and drop-down lists of a sheet (the input template's), queued after its cells.
 * Tables are left to Excel to name (Table1, Table2 …): a name already taken in the workbook would
 * make the whole batch fail, and checking would cost a round trip.
 */
export function planTablesAndLists(spec: SheetSpec): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const table of spec.tables ?? []) {
    const { top, left, bottom, right } = table.range;
    ops.push({
      bytes: OPERATION_BYTES,
      apply: (proxies) => {
        const sheet = proxies.get(spec.name);
        const range = sheet.getRangeByIndexes(
          top - 1,
          left - 1,
          bottom - top + 1,
          right - left + 1
        );
        const added = sheet.tables.add(range, true);
        if (table.style) added.style = table.style;
      },
    });
  }
  for (const list of spec.validations ?? []) {
    const { top, left, bottom, right } = list.range;
    ops.push({
      bytes: OPERATION_BYTES + list.values.join(",").length,
      apply: (proxies) => {
        const range = proxies
          .get(spec.name)
          .getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
        range.dataValidation.rule = {
          list: { inCellDropDown: true, source: list.values.join(",") },
        } as Excel.DataValidationRule;
      },
    });
  }
  return ops;
}
