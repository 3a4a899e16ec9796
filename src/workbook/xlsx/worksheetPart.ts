import { a1Address, MAX_COL, MAX_ROW, parseGridA1 } from "../cellAddress";
import type { GridCell, GridValue, MergedArea, SheetGrid } from "../grid";
import { WorkbookReadError } from "../workbookReadError";
import type { ReadBudget } from "./readLimits";
import { shiftFormula } from "./sharedFormula";
import type { CellStyle } from "./styles";
import { XmlStream } from "./xmlStream";

/** Excel's limit on a cell's text (support.microsoft.com, "Excel specifications and limits"). */
export const MAX_CELL_TEXT = 32_767;

/** Days from Excel's epoch (1899-12-30) to the Unix epoch, for `t="d"` (ISO date) cells. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

export interface WorksheetContext {
  sharedStrings: string[];
  style: (index: number) => CellStyle;
  budget: ReadBudget;
}

interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string;
  formula: string | null;
  shared: { si: string } | null;
  inline: string | null;
}

/**
 * Reads one worksheet part (sheetN.xml) fed piece by piece into a sparse SheetGrid: only cells
 * with a value or a formula are kept, so a sheet's cost is its content, not its used range.
 */
export class WorksheetPartReader {
  private readonly cells: GridCell[] = [];
  private readonly merges: MergedArea[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly hiddenColumns: number[] = [];
  private readonly truncatedCells: string[] = [];
  private readonly sharedFormulas = new Map<string, { text: string; row: number; col: number }>();
  private readonly xml: XmlStream;
  private row = 0;
  private col = 0;
  private cell: OpenCell | null = null;
  /** Where character data currently goes: a cell's <v>, <f> or inline <t>. */
  private sink: "value" | "formula" | "inline" | null = null;
  private phonetic = 0;

  constructor(
    private readonly name: string,
    private readonly context: WorksheetContext
  ) {
    this.xml = new XmlStream({
      open: (tag, attributes) => this.open(tag, attributes),
      close: (tag) => this.close(tag),
      text: (text) => {
        if (this.sink !== null && this.cell !== null) this.cell[this.sink] += text;
      },
    });
  }

  write(text: string): void {
    this.xml.write(text);
  }

  finish(): SheetGrid {
    this.xml.close();
    const grid: SheetGrid = { name: this.name, cells: this.cells, merges: this.merges };
    if (this.hiddenRows.length > 0) grid.hiddenRows = this.hiddenRows;
    if (this.hiddenColumns.length > 0) grid.hiddenColumns = this.hiddenColumns;
    if (this.truncatedCells.length > 0) grid.truncatedCells = this.truncatedCells;
    return grid;
  }

  private open(tag: string, attributes: Record<string, string>): void {
    switch (tag) {
      case "row": {
        const r = Number(attributes.r);
        this.row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r : this.row + 1;
        this.col = 0;
        if (isTrue(attributes.hidden)) this.hiddenRows.push(this.row);
        return;
      }
      case "c": {
        const at = attributes.r ? parseGridA1(attributes.r) : null;
        if (at) this.row = at.row;
        this.col = at ? at.column : this.col + 1;
        this.cell = {
          row: this.row,
          col: this.col,
          type: attributes.t ?? "n",
          style: Number(attributes.s ?? 0),
          value: "",
          formula: null,
          shared: null,
          inline: null,
        };
        return;
      }
      case "v":
        this.sink = this.cell ? "value" : null;
        return;
      case "f":
        if (!this.cell) return;
        this.cell.formula = "";
        this.sink = "formula";
        if (attributes.t === "shared" && attributes.si !== undefined) {
          this.cell.shared = { si: attributes.si };
        }
        return;
      case "is":
        if (this.cell) this.cell.inline = "";
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "t":
        if (this.cell?.inline !== null && this.cell?.inline !== undefined && this.phonetic === 0)
          this.sink = "inline";
        return;
      case "mergeCell":
        this.addMerge(attributes.ref);
        return;
      case "col":
        if (isTrue(attributes.hidden)) this.addHiddenColumns(attributes.min, attributes.max);
        return;
    }
  }

  private close(tag: string): void {
    switch (tag) {
      case "v":
      case "f":
      case "t":
        this.sink = null;
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "c":
        if (this.cell) this.keep(this.cell);
        this.cell = null;
        this.sink = null;
        return;
    }
  }

  private keep(open: OpenCell): void {
    const formula = this.formulaOf(open);
    let value = this.valueOf(open);
    if (value === null && formula === null) return;
    if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
      value = value.slice(0, MAX_CELL_TEXT);
      this.truncatedCells.push(a1Address(open.row, open.col));
    }
    if (!this.context.budget.cell()) {
      throw new WorkbookReadError("read.error.tooManyCells", {
        limit: this.context.budget.limits.cells.toLocaleString("en-US"),
      });
    }
    const style = this.context.style(open.style);
    this.cells.push({
      row: open.row,
      col: open.col,
      value,
      format: style.format,
      formula,
      bold: style.bold,
    });
  }

  private valueOf(open: OpenCell): GridValue {
    const text = open.value;
    switch (open.type) {
      case "s":
        return text === "" ? null : (this.context.sharedStrings[Number(text)] ?? null);
      case "inlineStr":
        return open.inline !== null ? open.inline : text || null;
      case "str":
        return text;
      case "b":
        return text === "" ? null : text === "1" || text === "true";
      case "e":
        return text === "" ? null : { error: text };
      case "d": {
        const time = Date.parse(text);
        return Number.isNaN(time) ? text || null : time / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
      }
      default: {
        if (text.trim() === "") return null;
        const number = Number(text);
        return Number.isFinite(number) ? number : text;
      }
    }
  }

  private formulaOf(open: OpenCell): string | null {
    if (open.formula === null) return null;
    const text = open.formula;
    if (open.shared) {
      if (text !== "") {
        this.sharedFormulas.set(open.shared.si, { text, row: open.row, col: open.col });
        return `=${text}`;
      }
      const master = this.sharedFormulas.get(open.shared.si);
      return master
        ? `=${shiftFormula(master.text, open.row - master.row, open.col - master.col)}`
        : null;
    }
    return text === "" ? null : `=${text}`;
  }

  private addMerge(ref: string | undefined): void {
    const [first, last] = (ref ?? "").split(":");
    const from = parseGridA1(first ?? "");
    const to = parseGridA1(last ?? first ?? "");
    if (!from || !to) return;
    const merge = {
      top: Math.min(from.row, to.row),
      left: Math.min(from.column, to.column),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.column, to.column),
    };
    const covered = (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
    if (covered > this.context.budget.limits.mergeCells) {
      throw new WorkbookReadError("read.error.hugeMerge", {
        sheet: this.name,
        range: ref ?? "",
        limit: this.context.budget.limits.mergeCells.toLocaleString("en-US"),
      });
    }
    this.merges.push(merge);
  }

  private addHiddenColumns(min: string | undefined, max: string | undefined): void {
    const first = Math.max(1, Number(min));
    const last = Math.min(MAX_COL, Number(max ?? min));
    if (!Number.isInteger(first) || !Number.isInteger(last)) return;
    for (let col = first; col <= last; col++) this.hiddenColumns.push(col);
  }
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
