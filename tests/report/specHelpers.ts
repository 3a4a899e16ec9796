import type {
  BuildResult,
  TableBlock,
  TableCell,
  TableRow,
  TableSpec,
} from "../../src/report/tableSpec";

export function specOf(result: BuildResult): TableSpec {
  if (!("spec" in result)) throw new Error(`table skipped: ${result.skip.reasonKey}`);
  return result.spec;
}

/** The cell under the header (leaf header text) in the given body row of the first block having it. */
export function cellAt(spec: TableSpec, header: string, row = 0, occurrence = 0): TableCell {
  for (const block of spec.blocks) {
    const columns = block.columns.filter((column) => column.header === header);
    if (columns.length > occurrence) return cellOf(block.rows[row], columns[occurrence].key);
  }
  throw new Error(`no column "${header}" in ${spec.id}`);
}

/** The cell of a row in the column of that key; a column the row does not name is empty. */
export function cellOf(row: TableRow, key: string): TableCell {
  return row.cells[key] ?? { kind: "empty" };
}

/** A row's cells in the block's column order. */
export function rowCells(block: TableBlock, row: TableRow): TableCell[] {
  return block.columns.map((column) => cellOf(row, column.key));
}

export function valueOf(cell: TableCell): unknown {
  switch (cell.kind) {
    case "figure":
      return cell.value;
    case "number":
      return cell.value;
    case "text":
      return cell.text;
    case "error":
      return { error: cell.error };
    default:
      return null;
  }
}

export function block(spec: TableSpec, index = 0): TableBlock {
  return spec.blocks[index];
}
