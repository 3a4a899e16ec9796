import type { Indikator } from "../../model/indicators";
import { tableText } from "../context";
import type { RowCells, TableColumn } from "../tableSpec";

export interface SatuanColumn {
  /** The "Satuan" column, or none when no indicator of the sheet has a satuan. */
  columns: TableColumn[];
  /** The row's satuan cell, keyed "satuan"; nothing when the table has no such column. */
  cells(row: { indikator: Indikator }): RowCells;
}

/**
 * Satuan beside the target, as published LKjIPs show it ("per 100.000 KH", "%", "Ha"): every table
 * that shows a target puts this column just before it, when the indicator sheet has a satuan;
 * under the target's group header when the target has one (Kinerja in Tabel 3.1.5).
 */
export function satuanColumn(rows: { indikator: Indikator }[], group?: string): SatuanColumn {
  if (!rows.some(({ indikator }) => indikator.satuan?.text)) {
    return { columns: [], cells: () => ({}) };
  }
  return {
    columns: [
      {
        key: "satuan",
        header: tableText("report.col.satuan"),
        width: 14,
        ...(group ? { group } : {}),
      },
    ],
    cells: ({ indikator }) => {
      const satuan = indikator.satuan?.text;
      return {
        satuan: satuan ? { kind: "text", text: satuan, align: "center" } : { kind: "empty" },
      };
    },
  };
}
