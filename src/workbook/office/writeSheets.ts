/* global Excel */
import { fingerprintSpec, LEGACY_MARKER_SHEET, MARK_NAME, markConstant } from "../generatedMarker";
import { FIT_TO_WIDTH, type CellContent, type CellStyle, type SheetSpec } from "../sheetSpec";
import type { WritePlan } from "../workbookPort";
import { planTablesAndLists } from "./writeTablesAndLists";

/**
 * Excel on the web rejects a request over 5 MB. Each batch of queued operations is kept under
 * this estimate (JSON size of the data plus a fixed cost per operation), leaving room for the
 * protocol's own envelope (the strict fake measured 4.2 MB sent for a 4.0 MB estimate on the
 * 25 000-row bench, hence 3.5 MB). A typical report is one batch: one context.sync.
 */
export const MAX_BATCH_BYTES = 3_500_000;
/** Rows of a sheet are sent in slices of about this size, so a huge sheet can spread over batches. */
const SLICE_BYTES = 500_000;
const OPERATION_BYTES = 300;
/** One property set or method call in the request, with its share of the envelope. */
const ACTION_BYTES = 100;

/** One queued write, with its estimated share of the request payload. */
export interface WriteOp {
  bytes: number;
  apply(sheets: SheetProxies): void;
}

/** Worksheet proxies of one batch, so every operation on a sheet reuses one getItem. */
export class SheetProxies {
  private readonly proxies = new Map<string, Excel.Worksheet>();

  constructor(readonly context: Excel.RequestContext) {}

  get(name: string): Excel.Worksheet {
    let sheet = this.proxies.get(name);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.proxies.set(name, sheet);
    }
    return sheet;
  }

  add(name: string): void {
    this.proxies.set(name, this.context.workbook.worksheets.add(name));
  }

  rename(name: string, to: string): void {
    this.get(name).name = to;
    this.proxies.delete(name);
  }
}

/**
 * Carries out a write plan through Office.js: edited generated sheets lose the mark (and are
 * renamed where a new table takes the name), unchanged ones are cleared and rewritten in place
 * (same sheet object, so the user's references to them keep working), new ones are added, each
 * written sheet gets the mark, and sheets no longer made are deleted last (so a visible sheet
 * always remains). Cells go as whole 2-D arrays (formulas, number formats) plus one format call
 * per block of equally styled cells. Calculation and screen updating are suspended; the whole
 * write is one context.sync unless it would exceed Excel on the web's 5 MB request limit, in
 * which case it is split into as many syncs as needed; one more sync recalculates.
 */
export async function writeSheetsWithExcel(
  context: Excel.RequestContext,
  plan: WritePlan,
  { mark = true } = {}
): Promise<void> {
  const batches = packBatches(planSheetWrites(plan, { mark }));
  for (const [index, batch] of batches.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    if (index === 0) context.application.suspendScreenUpdatingUntilNextSync();
    const proxies = new SheetProxies(context);
    for (const op of batch) op.apply(proxies);
    // One sync per batch by design: a second batch exists only when the first would pass 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  // Calculation was suspended for the writes: "it is the developer's responsibility to re-calc the
  // workbook" (Application.suspendApiCalculationUntilNextSync), or the new formulas show stale values.
  context.application.calculate("Full" as Excel.CalculationType);
  await context.sync();
}

/** Splits operations, in order, into batches whose estimated payload stays under the limit. */
export function packBatches(ops: WriteOp[], limit = MAX_BATCH_BYTES): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const op of ops) {
    if (current.length > 0 && size + op.bytes > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += op.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The operations of a plan; `mark: false` writes sheets that are the user's (the input template). */
export function planSheetWrites(plan: WritePlan, { mark = true } = {}): WriteOp[] {
  const ops: WriteOp[] = plan.keep.map(({ sheet, to, marked }) => ({
    bytes: OPERATION_BYTES,
    apply: (proxies) => {
      // getItem on a name that is not there fails the whole batch: only a sheet with a mark has one.
      if (marked) proxies.get(sheet).names.getItem(MARK_NAME).delete();
      if (to !== sheet) proxies.rename(sheet, to);
    },
  }));
  const update = new Set(plan.update.map((name) => name.toLowerCase()));
  // Every operation of the plan is queued before the first batch is sent: the sheets are all needed.
  const sheets = [...plan.sheets];
  for (const spec of sheets) {
    const inPlace = update.has(spec.name.toLowerCase());
    ops.push(
      inPlace ? clearSheet(spec.name) : addSheet(spec.name),
      ...planSheet(spec),
      ...planTablesAndLists(spec),
      ...(mark ? [markSheet(spec, plan.generation)] : [])
    );
  }
  for (const name of plan.remove) {
    ops.push({ bytes: OPERATION_BYTES, apply: (proxies) => removeSheet(proxies.get(name), name) });
  }
  const active = sheets.find((spec) => spec.activate);
  if (active)
    ops.push({ bytes: OPERATION_BYTES, apply: (proxies) => proxies.get(active.name).activate() });
  return ops;
}

/**
 * Worksheet.delete: "if the worksheet's visibility is set to VeryHidden, the delete operation will
 * fail with an InvalidOperation exception". The legacy marker sheet is very hidden: hide it first.
 */
function removeSheet(sheet: Excel.Worksheet, name: string): void {
  if (name === LEGACY_MARKER_SHEET) sheet.visibility = "Hidden" as Excel.SheetVisibility;
  sheet.delete();
}

function addSheet(name: string): WriteOp {
  return { bytes: OPERATION_BYTES, apply: (proxies) => proxies.add(name) };
}

/** Excel's default row height and column width (8.43 characters), for a sheet cleared to rewrite. */
const STANDARD_ROW_POINTS = 15;
const STANDARD_COLUMN_CHARACTERS = 8.43;

/** Empties a generated sheet for its rewrite, keeping the sheet itself (and references to it). */
function clearSheet(name: string): WriteOp {
  return {
    bytes: OPERATION_BYTES * 5,
    apply: (proxies) => {
      const sheet = proxies.get(name);
      const all = sheet.getRange();
      all.unmerge();
      all.clear("All" as Excel.ClearApplyTo);
      all.format.rowHeight = STANDARD_ROW_POINTS;
      all.format.columnWidth = charactersToPoints(STANDARD_COLUMN_CHARACTERS);
      sheet.freezePanes.unfreeze();
      sheet.names.getItem(MARK_NAME).delete();
    },
  };
}

/** The sheet-scoped name that says the add-in wrote this sheet, and what (generatedMarker.ts). */
function markSheet(spec: SheetSpec, generation: string): WriteOp {
  const mark = { generation, fingerprint: fingerprintSpec(spec), name: spec.name };
  return {
    bytes: OPERATION_BYTES,
    apply: (proxies) => {
      const item = proxies.get(spec.name).names.add(MARK_NAME, `=${markConstant(mark)}`);
      item.visible = false;
    },
  };
}

function planSheet(spec: SheetSpec): WriteOp[] {
  const name = spec.name;
  const width = Math.max(1, ...spec.rows.map((row) => row.length));
  const ops: WriteOp[] = [];
  for (const slice of rowSlices(spec, width)) {
    ops.push({
      bytes: slice.bytes,
      apply: (proxies) => {
        const range = proxies
          .get(name)
          .getRangeByIndexes(slice.top, 0, slice.formulas.length, width);
        // Formulas before formats: a formula typed into a cell already formatted as Text stays text.
        range.formulas = slice.formulas;
        range.numberFormat = slice.numberFormats;
      },
    });
  }
  for (const block of styleBlocks(spec)) {
    ops.push({
      bytes: styleBytes(block.style, block.rows, block.columns),
      apply: (proxies) => {
        const range = proxies
          .get(name)
          .getRangeByIndexes(block.top, block.left, block.rows, block.columns);
        applyStyle(range, block.style, block.rows, block.columns);
      },
    });
  }
  for (const merge of spec.merges) {
    ops.push({
      bytes: OPERATION_BYTES,
      apply: (proxies) =>
        proxies
          .get(name)
          .getRangeByIndexes(
            merge.top - 1,
            merge.left - 1,
            merge.bottom - merge.top + 1,
            merge.right - merge.left + 1
          )
          .merge(false),
    });
  }
  for (const run of heightRuns(spec.rowHeights ?? [])) {
    ops.push({
      bytes: OPERATION_BYTES,
      apply: (proxies) => {
        proxies.get(name).getRangeByIndexes(run.top, 0, run.rows, 1).format.rowHeight = run.height;
      },
    });
  }
  ops.push({
    bytes: OPERATION_BYTES * (spec.columnWidths.length + 4),
    apply: (proxies) => applySheetSettings(proxies.get(name), spec),
  });
  return ops;
}

/** Consecutive rows of equal height: one rowHeight call each. */
export function heightRuns(
  heights: (number | undefined)[]
): { top: number; rows: number; height: number }[] {
  const runs: { top: number; rows: number; height: number }[] = [];
  heights.forEach((height, r) => {
    if (!height) return;
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.top + last.rows === r) last.rows++;
    else runs.push({ top: r, rows: 1, height });
  });
  return runs;
}

interface RowSlice {
  top: number;
  formulas: (string | number)[][];
  numberFormats: string[][];
  bytes: number;
}

function rowSlices(spec: SheetSpec, width: number): RowSlice[] {
  const slices: RowSlice[] = [];
  let current: RowSlice = { top: 0, formulas: [], numberFormats: [], bytes: OPERATION_BYTES };
  spec.rows.forEach((row, r) => {
    const formulas: (string | number)[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c++) {
      formulas.push(officeInput(row[c]?.content ?? { kind: "empty" }));
      formats.push(row[c]?.style?.numberFormat ?? "General");
    }
    const bytes = JSON.stringify(formulas).length + JSON.stringify(formats).length;
    if (current.formulas.length > 0 && current.bytes + bytes > SLICE_BYTES) {
      slices.push(current);
      current = { top: r, formulas: [], numberFormats: [], bytes: OPERATION_BYTES };
    }
    current.formulas.push(formulas);
    current.numberFormats.push(formats);
    current.bytes += bytes;
  });
  if (current.formulas.length > 0) slices.push(current);
  return slices;
}

/**
 * What to put in Range.formulas for a cell. Excel parses it like typed input, so text gets the
 * apostrophe prefix: "=1+1", "+62…", "-", "@x" or "1.06.01" then stay exactly the user's text.
 */
export function officeInput(content: CellContent): string | number {
  switch (content.kind) {
    case "empty":
      return "";
    case "text":
      return content.text === "" ? "" : `'${content.text}`;
    case "number":
      return content.value;
    case "formula":
      return content.formula;
    case "error":
      return content.error === "#N/A" ? "=NA()" : content.error;
  }
}

interface StyleBlock {
  top: number;
  left: number;
  rows: number;
  columns: number;
  style: CellStyle;
}

/**
 * Groups cells of equal style (number format aside, which goes in the 2-D array) into rectangles:
 * runs along each row, extended downwards while the next row has the same run. A uniform table
 * body is then a handful of format calls, not one per cell.
 */
export function styleBlocks(spec: SheetSpec): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, StyleBlock>();
  spec.rows.forEach((row, r) => {
    const next = new Map<string, StyleBlock>();
    let c = 0;
    while (c < row.length) {
      const style = formatStyle(row[c]?.style);
      const key = styleKey(row[c]?.style);
      let end = c;
      while (end + 1 < row.length && styleKey(row[end + 1]?.style) === key) end++;
      if (key !== "") {
        const runKey = `${c}:${end}:${key}`;
        const block = open.get(runKey);
        if (block && block.top + block.rows === r) {
          block.rows++;
          open.delete(runKey);
          next.set(runKey, block);
        } else {
          next.set(runKey, { top: r, left: c, rows: 1, columns: end - c + 1, style: style! });
        }
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

const keys = new WeakMap<CellStyle, string>();

function formatStyle(style: CellStyle | undefined): CellStyle | undefined {
  if (!style) return undefined;
  const rest: CellStyle = { ...style };
  delete rest.numberFormat;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** The style without its number format, as a key; memoised per (shared) style object. */
function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  let key = keys.get(style);
  if (key === undefined) {
    const rest = formatStyle(style);
    key = rest ? JSON.stringify(rest) : "";
    keys.set(style, key);
  }
  return key;
}

const HORIZONTAL: Record<string, Excel.HorizontalAlignment> = {
  left: "Left" as Excel.HorizontalAlignment,
  center: "Center" as Excel.HorizontalAlignment,
  right: "Right" as Excel.HorizontalAlignment,
};
const VERTICAL: Record<string, Excel.VerticalAlignment> = {
  top: "Top" as Excel.VerticalAlignment,
  middle: "Center" as Excel.VerticalAlignment,
  bottom: "Bottom" as Excel.VerticalAlignment,
};

/**
 * Estimated request bytes of applyStyle: one action per property it sets and two per border edge
 * (getItem, style), each about ACTION_BYTES, so a sheet of many small style blocks is split too.
 */
function styleBytes(style: CellStyle, rows: number, columns: number): number {
  const flags = [style.bold, style.italic, style.fontSize, style.wrap, style.align];
  let actions = 1 + flags.filter(Boolean).length;
  if (style.verticalAlign) actions++;
  if (style.indent) actions += 2;
  if (style.fill) actions++;
  if (style.border) actions += 2 * (4 + (rows > 1 ? 1 : 0) + (columns > 1 ? 1 : 0));
  return Math.max(OPERATION_BYTES, actions * ACTION_BYTES);
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, columns: number): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.wrap) format.wrapText = true;
  if (style.align) format.horizontalAlignment = HORIZONTAL[style.align];
  if (style.verticalAlign) format.verticalAlignment = VERTICAL[style.verticalAlign];
  if (style.indent) {
    // ExcelApi 1.9, the manifest's requirement: no isSetSupported needed. Excel indents left text.
    if (!style.align) format.horizontalAlignment = HORIZONTAL.left;
    format.indentLevel = style.indent;
  }
  if (style.fill) format.fill.color = style.fill;
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // Inside borders only exist on ranges with more than one row/column.
    if (rows > 1) edges.push("InsideHorizontal");
    if (columns > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      format.borders.getItem(edge as Excel.BorderIndex).style =
        "Continuous" as Excel.BorderLineStyle;
    }
  }
}

/** Excel's column width unit is the character; the API takes points (about 7 px a character + 5 px padding). */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function applySheetSettings(sheet: Excel.Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charactersToPoints(width);
  });
  if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (spec.page) {
    sheet.pageLayout.orientation =
      spec.page.orientation === "landscape"
        ? ("Landscape" as Excel.PageOrientation)
        : ("Portrait" as Excel.PageOrientation);
    sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
    if (spec.page.fitToWidth) {
      sheet.pageLayout.zoom = {
        horizontalFitToPages: FIT_TO_WIDTH.pagesWide,
        verticalFitToPages: FIT_TO_WIDTH.pagesTall,
      };
    }
  }
  for (const row of spec.rowBreaks ?? []) {
    // A break is added above the given cell's row (ExcelApi 1.9, the manifest's requirement set).
    sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
  if (spec.printTitleRows) {
    sheet.pageLayout.setPrintTitleRows(`$${spec.printTitleRows[0]}:$${spec.printTitleRows[1]}`);
  }
}
