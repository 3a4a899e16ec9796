/**
 * The part of Excel's object model the add-in uses, queued like Office.js: every call becomes an
 * operation run at context.sync(); loaded properties are readable only after that sync
 * (PropertyNotLoaded before, as in Office.js). Members carry the requirement set the Office.js
 * reference gives them (@types/office-js "[Api set: ExcelApi x]").
 */
import { evaluate } from "./formulas";
import { fail, strict } from "./errors";
import { recalculate, type Delivery, type Operation, type StrictExcel, type Work } from "./host";
import {
  FORBIDDEN_SHEET_NAME,
  MAX_CELL_CHARACTERS,
  MAX_COLUMN_WIDTH_CHARACTERS,
  MAX_FORMULA_CHARACTERS,
  MAX_INDENT_LEVEL,
  MAX_MERGED_AREAS_RETURNED,
  MAX_PAGE_BREAKS,
  MAX_ROW_HEIGHT_POINTS,
  MAX_SHEET_NAME_CHARACTERS,
  pointsToCharacters,
} from "./limits";
import {
  ERROR_TEXTS,
  cellKey,
  findSheet,
  intersects,
  newSheet,
  rectAddress,
  sheetById,
  usedRect,
  type Cell,
  type CellValue,
  type Rect,
  type SheetState,
  type WorkbookState,
} from "./state";

const ENVELOPE_BYTES = 60;
const bytesOf = (value: unknown) => JSON.stringify(value ?? null).length;

export class FakeContext {
  queue: Operation[] = [];
  readonly workbook: ReturnType<typeof workbookObject>;
  readonly application: ReturnType<typeof applicationObject>;
  constructor(readonly host: StrictExcel) {
    this.workbook = workbookObject(this);
    this.application = this.workbook.application;
  }
  enqueue(op: Operation): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.host.commit(queue);
  }
}

/** Loaded property values of one proxy; reading one before its sync throws PropertyNotLoaded. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly type: string) {}
  get(key: string): unknown {
    if (!this.values.has(key)) {
      fail(
        "PropertyNotLoaded",
        `${this.type}.${key} is not loaded: call load("${key}") and sync first`
      );
    }
    return this.values.get(key);
  }
  set(key: string, value: unknown): void {
    this.values.set(key, value);
  }
}

function loadList(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.map(String);
  if (typeof spec === "object" && spec !== null) {
    const select = (spec as { select?: string }).select;
    return select ? loadList(select) : Object.keys(spec);
  }
  return [];
}

function deliver(bytes: number, apply: () => void): Delivery {
  return { bytes: bytes + ENVELOPE_BYTES, deliver: apply };
}

// ---------------------------------------------------------------- sheets

interface SheetRef {
  id: number | null;
  resolved: boolean;
}

function liveSheet(work: Work, ref: SheetRef, member: string): SheetState {
  if (!ref.resolved) fail("InvalidOperation", `${member}: the worksheet was not resolved`);
  if (ref.id === null) fail("InvalidObjectPath", `${member} on a null object`);
  const sheet = sheetById(work.state, ref.id!);
  if (!sheet) fail("ItemNotFound", `${member}: the worksheet no longer exists`);
  return sheet!;
}

function visibleCount(state: WorkbookState): number {
  return state.sheets.filter((sheet) => sheet.visibility === "Visible").length;
}

export function checkSheetName(state: WorkbookState, name: string, except?: SheetState): void {
  if (typeof name !== "string" || name.trim() === "")
    fail("InvalidArgument", "A sheet name cannot be blank.");
  if (name.length > MAX_SHEET_NAME_CHARACTERS)
    fail("InvalidArgument", `Sheet name "${name}" is longer than 31 characters.`);
  if (FORBIDDEN_SHEET_NAME.test(name))
    fail("InvalidArgument", `Sheet name "${name}" contains one of / \\ ? * : [ ].`);
  if (name.startsWith("'") || name.endsWith("'"))
    fail("InvalidArgument", `Sheet name "${name}" begins or ends with an apostrophe.`);
  if (name.toLowerCase() === "history") fail("InvalidArgument", `"History" is reserved by Excel.`);
  const other = findSheet(state, name);
  if (other && other !== except)
    fail("ItemAlreadyExists", `A sheet named "${other.name}" already exists.`);
}

/** Every formula that referred to `gone` now refers to #REF!, as Excel rewrites them on deletion. */
function breakReferences(state: WorkbookState, gone: SheetState): void {
  const escaped = gone.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = gone.name.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(
    `(?:'${quoted}'|(?<![A-Za-z0-9_.'])${escaped})!\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?`,
    "gi"
  );
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula && pattern.test(cell.formula)) {
        pattern.lastIndex = 0;
        cell.formula = cell.formula.replace(pattern, "#REF!");
      }
      pattern.lastIndex = 0;
    }
  }
}

function worksheetObject(ctx: FakeContext, ref: SheetRef) {
  const host = ctx.host;
  const loaded = new Loaded("Worksheet");
  const write = (
    member: string,
    run: (sheet: SheetState, work: Work) => void,
    args: unknown = null
  ) =>
    ctx.enqueue({
      bytes: bytesOf(args) + ENVELOPE_BYTES,
      writes: true,
      run: (work) => run(liveSheet(work, ref, `Worksheet.${member}`), work),
    });
  const state = { isNullObject: undefined as boolean | undefined };
  const sheet = {
    /** The fake's own hooks (not Office.js): the sync tells a proxy it is null or preloaded. */
    __null(value: boolean) {
      state.isNullObject = value;
    },
    __preload(data: Record<string, unknown>) {
      state.isNullObject = false;
      for (const [key, value] of Object.entries(data)) loaded.set(key, value);
    },
    get isNullObject(): boolean {
      if (state.isNullObject === undefined)
        fail("PropertyNotLoaded", "isNullObject is known after a sync");
      return state.isNullObject!;
    },
    get name(): string {
      return loaded.get("name") as string;
    },
    set name(value: string) {
      write(
        "name",
        (target, work) => {
          checkSheetName(work.state, value, target);
          target.name = value;
        },
        value
      );
    },
    get id(): string {
      return loaded.get("id") as string;
    },
    get position(): number {
      return loaded.get("position") as number;
    },
    get visibility(): string {
      return loaded.get("visibility") as string;
    },
    set visibility(value: string) {
      write(
        "visibility",
        (target, work) => {
          if (!["Visible", "Hidden", "VeryHidden"].includes(value))
            fail("InvalidArgument", `visibility ${value}`);
          // Excel: "A workbook must contain at least one visible worksheet."
          if (
            value !== "Visible" &&
            target.visibility === "Visible" &&
            visibleCount(work.state) === 1
          )
            fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
          target.visibility = value as SheetState["visibility"];
          if (value !== "Visible" && work.state.activeSheetId === target.id) {
            work.state.activeSheetId = work.state.sheets.find(
              (s) => s.visibility === "Visible"
            )!.id;
          }
        },
        value
      );
    },
    load(spec?: unknown) {
      const keys = loadList(spec);
      for (const key of keys)
        if (!["name", "id", "position", "visibility"].includes(key))
          throw new TypeError(`Worksheet.load: unknown property ${key}`);
      ctx.enqueue({
        bytes: bytesOf(keys) + ENVELOPE_BYTES,
        run: (work) => {
          if (ref.id === null) return deliver(20, () => (state.isNullObject = true));
          const target = liveSheet(work, ref, "Worksheet.load");
          const data = {
            name: target.name,
            id: `{${target.id}}`,
            position: work.state.sheets.indexOf(target),
            visibility: target.visibility,
          };
          const picked = keys.map((key) => [key, data[key as keyof typeof data]] as const);
          return deliver(bytesOf(Object.fromEntries(picked)), () => {
            for (const [key, value] of picked) loaded.set(key, value);
          });
        },
      });
      return proxy;
    },
    activate() {
      write("activate", (target, work) => {
        if (target.visibility !== "Visible")
          fail(
            "InvalidOperation",
            `Sheet "${target.name}" is hidden: a hidden sheet cannot be activated.`
          );
        work.state.activeSheetId = target.id;
      });
    },
    delete() {
      write("delete", (target, work) => {
        // Worksheet.delete: "if the worksheet's visibility is set to VeryHidden, the delete operation
        // will fail with an InvalidOperation exception" (Excel.Worksheet reference).
        if (target.visibility === "VeryHidden")
          fail("InvalidOperation", `Sheet "${target.name}" is very hidden and cannot be deleted.`);
        if (target.visibility === "Visible" && visibleCount(work.state) === 1)
          fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        work.state.sheets = work.state.sheets.filter((s) => s !== target);
        breakReferences(work.state, target);
        if (work.state.activeSheetId === target.id)
          work.state.activeSheetId = work.state.sheets.find((s) => s.visibility === "Visible")!.id;
      });
    },
    getRange(address?: string) {
      return rangeObject(ctx, ref, "getRange", () =>
        address ? parseAddress(address) : WHOLE_SHEET
      );
    },
    getRangeByIndexes(row: number, column: number, rows: number, columns: number) {
      return rangeObject(ctx, ref, "getRangeByIndexes", () => {
        host.require("ExcelApi", "1.7", "Worksheet.getRangeByIndexes");
        if (
          ![row, column, rows, columns].every(Number.isInteger) ||
          rows < 1 ||
          columns < 1 ||
          row < 0 ||
          column < 0
        )
          fail("InvalidArgument", `getRangeByIndexes(${row}, ${column}, ${rows}, ${columns})`);
        return { row, column, rows, columns };
      });
    },
    getUsedRange(valuesOnly?: boolean) {
      return rangeObject(ctx, ref, "getUsedRange", (target) => {
        if (valuesOnly !== undefined) host.require("ExcelApi", "1.2", "getUsedRange(valuesOnly)");
        return usedRect(target, valuesOnly === true) ?? { row: 0, column: 0, rows: 1, columns: 1 };
      });
    },
    getUsedRangeOrNullObject(valuesOnly?: boolean) {
      return rangeObject(ctx, ref, "getUsedRangeOrNullObject", (target) => {
        host.require("ExcelApi", "1.4", "Worksheet.getUsedRangeOrNullObject");
        return usedRect(target, valuesOnly === true);
      });
    },
    get freezePanes() {
      return strict(
        {
          freezeRows(count: number) {
            write(
              "freezePanes.freezeRows",
              (target) => {
                host.require("ExcelApi", "1.7", "WorksheetFreezePanes.freezeRows");
                target.frozenRows = count;
              },
              count
            );
          },
          unfreeze() {
            write("freezePanes.unfreeze", (target) => {
              host.require("ExcelApi", "1.7", "WorksheetFreezePanes.unfreeze");
              target.frozenRows = 0;
            });
          },
        },
        "WorksheetFreezePanes"
      );
    },
    get pageLayout() {
      const set = (key: string, check: (value: unknown) => boolean) => ({
        set(value: unknown) {
          write(
            `pageLayout.${key}`,
            (target) => {
              host.require("ExcelApi", "1.9", `PageLayout.${key}`);
              if (!check(value))
                fail("InvalidArgument", `PageLayout.${key} = ${JSON.stringify(value)}`);
              target.pageLayout[key] = value;
            },
            value
          );
        },
      });
      const layout = {};
      Object.defineProperties(layout, {
        orientation: {
          ...set("orientation", (v) => v === "Landscape" || v === "Portrait"),
          enumerable: true,
        },
        paperSize: { ...set("paperSize", (v) => typeof v === "string"), enumerable: true },
        zoom: {
          ...set("zoom", (v) => {
            const zoom = v as Record<string, unknown>;
            const pages = (n: unknown) =>
              n === undefined || n === null || (Number.isInteger(n) && (n as number) >= 0);
            const keys = Object.keys(zoom);
            return (
              keys.every((k) =>
                ["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k)
              ) &&
              pages(zoom.horizontalFitToPages) &&
              pages(zoom.verticalFitToPages) &&
              (zoom.scale === undefined ||
                zoom.scale === null ||
                ((zoom.scale as number) >= 10 && (zoom.scale as number) <= 400))
            );
          }),
          enumerable: true,
        },
        setPrintTitleRows: {
          value: (rows: string) =>
            write(
              "pageLayout.setPrintTitleRows",
              (target) => {
                host.require("ExcelApi", "1.9", "PageLayout.setPrintTitleRows");
                if (!/^\$\d+:\$\d+$/.test(rows))
                  fail("InvalidArgument", `setPrintTitleRows(${rows})`);
                target.pageLayout.printTitleRows = rows;
              },
              rows
            ),
        },
      });
      return strict(layout, "PageLayout");
    },
    get horizontalPageBreaks() {
      return strict(
        {
          // PageBreakCollection.add (ExcelApi 1.9): a break above the range's top-left cell.
          add(range: string) {
            write(
              "horizontalPageBreaks.add",
              (target) => {
                host.require("ExcelApi", "1.9", "PageBreakCollection.add");
                const match = /^\$?[A-Z]{1,3}\$?(\d+)$/.exec(String(range));
                if (!match || Number(match[1]) < 2 || Number(match[1]) > 1_048_576)
                  fail("InvalidArgument", `horizontalPageBreaks.add(${String(range)})`);
                if (target.pageBreakRows.includes(Number(match![1]))) return;
                // Excel keeps 1 026 breaks a sheet; the error code it gives past them is not
                // documented, the limit is.
                if (target.pageBreakRows.length >= MAX_PAGE_BREAKS)
                  fail("InvalidArgument", `horizontalPageBreaks.add: over ${MAX_PAGE_BREAKS}`);
                target.pageBreakRows.push(Number(match![1]));
              },
              range
            );
          },
        },
        "PageBreakCollection"
      );
    },
    get tables() {
      return strict(
        {
          add(range: { __rect: (work: Work) => Rect }, hasHeaders: boolean) {
            const table = { style: undefined as string | undefined };
            let created: { name: string; style?: string } | null = null;
            write("tables.add", (target, work) => {
              const rect = range.__rect(work);
              for (const other of target.tables)
                if (intersects(other.rect, rect))
                  fail("InvalidOperation", "Tables cannot overlap.");
              created = { name: `Table${++work.state.tableCount}`, rect } as never;
              target.tables.push(created as never);
              void hasHeaders;
            });
            return strict(
              {
                set style(value: string) {
                  write(
                    "Table.style",
                    () => {
                      (created as unknown as { style: string }).style = value;
                    },
                    value
                  );
                  table.style = value;
                },
              },
              "Table"
            );
          },
        },
        "TableCollection"
      );
    },
    get names() {
      return namesObject(
        ctx,
        (work) => liveSheet(work, ref, "Worksheet.names").names,
        "Worksheet.names"
      );
    },
  };
  const proxy = strict(sheet, "Worksheet");
  return proxy;
}

const WHOLE_SHEET: Rect = { row: 0, column: 0, rows: 1_048_576, columns: 16_384 };

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "A1", "A1:C3", "A:A", "3:5" on the sheet itself. */
export function parseAddress(address: string): Rect {
  const bare = address.replace(/^.*!/, "").replace(/\$/g, "");
  let match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(bare);
  if (match) {
    const top = Number(match[2]) - 1;
    const left = columnNumber(match[1]);
    const bottom = match[4] ? Number(match[4]) - 1 : top;
    const right = match[3] ? columnNumber(match[3]) : left;
    return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
  match = /^([A-Z]+):([A-Z]+)$/i.exec(bare);
  if (match) {
    const left = columnNumber(match[1]);
    return { row: 0, column: left, rows: 1_048_576, columns: columnNumber(match[2]) - left + 1 };
  }
  match = /^(\d+):(\d+)$/.exec(bare);
  if (match) {
    const top = Number(match[1]) - 1;
    return { row: top, column: 0, rows: Number(match[2]) - top, columns: 16_384 };
  }
  return fail("InvalidArgument", `The address ${address} is not valid.`);
}

// ---------------------------------------------------------------- names

function namesObject(ctx: FakeContext, names: (work: Work) => Map<string, string>, type: string) {
  const host = ctx.host;
  return strict(
    {
      add(name: string, reference: unknown, comment?: string) {
        ctx.enqueue({
          bytes:
            bytesOf([name, typeof reference === "string" ? reference : "range", comment]) +
            ENVELOPE_BYTES,
          writes: true,
          run: (work) => {
            host.require("ExcelApi", "1.4", `${type}.add`);
            const map = names(work);
            if ([...map.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
              fail("ItemAlreadyExists", `The name ${name} already exists.`);
            if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255)
              fail("InvalidArgument", `${name} is not a valid name.`);
            const formula =
              typeof reference === "string"
                ? reference
                : (reference as { __address: (work: Work) => string }).__address(work);
            map.set(name, formula.startsWith("=") ? formula : `=${formula}`);
          },
        });
        return namedItemObject(ctx, names, name);
      },
      // getItem: a missing name fails the sync that uses it (ItemNotFound), like a missing sheet.
      getItem(name: string) {
        return namedItemObject(ctx, names, name);
      },
      getItemOrNullObject(name: string) {
        return namedItemObject(ctx, names, name);
      },
    },
    type
  );
}

function namedItemObject(
  ctx: FakeContext,
  names: (work: Work) => Map<string, string>,
  name: string
) {
  const host = ctx.host;
  const loaded = new Loaded("NamedItem");
  let isNull: boolean | undefined;
  const key = (map: Map<string, string>) =>
    [...map.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
  return strict(
    {
      get isNullObject() {
        if (isNull === undefined) fail("PropertyNotLoaded", "isNullObject is known after a sync");
        return isNull!;
      },
      get name() {
        return loaded.get("name");
      },
      get formula() {
        return loaded.get("formula") as string;
      },
      set visible(value: boolean) {
        ctx.enqueue({
          bytes: bytesOf(value) + ENVELOPE_BYTES,
          writes: true,
          run: (work) => {
            host.require("ExcelApi", "1.1", "NamedItem.visible");
            if (!key(names(work))) fail("ItemNotFound", `The name ${name} does not exist.`);
          },
        });
      },
      set formula(value: string) {
        ctx.enqueue({
          bytes: bytesOf(value) + ENVELOPE_BYTES,
          writes: true,
          run: (work) => {
            host.require("ExcelApi", "1.7", "NamedItem.formula");
            const map = names(work);
            const found = key(map);
            if (!found) fail("InvalidObjectPath", `NamedItem ${name} is a null object`);
            map.set(found!, value);
          },
        });
      },
      load(spec?: unknown) {
        const keys = loadList(spec);
        ctx.enqueue({
          bytes: bytesOf(keys) + ENVELOPE_BYTES,
          run: (work) => {
            host.require("ExcelApi", "1.4", "NamedItemCollection.getItemOrNullObject");
            const map = names(work);
            const found = key(map);
            const data: Record<string, unknown> = found
              ? { name: found, formula: map.get(found) }
              : {};
            return deliver(bytesOf(data), () => {
              isNull = !found;
              for (const k of keys) if (found) loaded.set(k, data[k]);
            });
          },
        });
      },
      delete() {
        ctx.enqueue({
          bytes: ENVELOPE_BYTES,
          writes: true,
          run: (work) => {
            host.require("ExcelApi", "1.4", "NamedItem.delete");
            const map = names(work);
            const found = key(map);
            if (!found) fail("InvalidObjectPath", `NamedItem ${name} is a null object`);
            map.delete(found!);
          },
        });
      },
    },
    "NamedItem"
  );
}

// ---------------------------------------------------------------- ranges

function officeValue(cell: Cell | undefined): unknown {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

function valueType(cell: Cell | undefined): string {
  const value = cell?.value ?? null;
  if (value === null || value === "") return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** What Excel makes of typed input (Range.values / Range.formulas): formula, number, error or text. */
function typedInput(input: unknown, asFormula: boolean): Cell {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      fail("InvalidArgument", `${input} is not a number Excel can hold.`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string")
    return fail("InvalidArgument", `Unsupported cell input ${JSON.stringify(input)}`);
  if (input.startsWith("=") && input.length > 1) {
    if (input.length > MAX_FORMULA_CHARACTERS)
      fail("InvalidArgument", `A formula of ${input.length} characters is over Excel's 8192.`);
    try {
      evaluate(input, () => null);
    } catch {
      fail("InvalidArgument", `Excel would not accept the formula ${input}`);
    }
    void asFormula;
    return { value: null, formula: input, stale: true };
  }
  if (input.length > MAX_CELL_CHARACTERS)
    fail("InvalidArgument", `Text of ${input.length} characters is over Excel's 32767 per cell.`);
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (ERROR_TEXTS.includes(input)) return { value: { error: input } };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(input.trim())) return { value: Number(input) };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: /^TRUE$/i.test(input) };
  return { value: input };
}

function checkDimensions(rect: Rect, data: unknown, member: string): unknown[][] {
  // "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
  if (
    !Array.isArray(data) ||
    data.length !== rect.rows ||
    data.some((row) => !Array.isArray(row) || row.length !== rect.columns)
  ) {
    fail(
      "InvalidArgument",
      `${member}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}x${rect.columns}).`
    );
  }
  return data as unknown[][];
}

function cellAt(sheet: SheetState, row: number, column: number): Cell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function forEachCell(
  rect: Rect,
  visit: (row: number, column: number, r: number, c: number) => void
): void {
  for (let r = 0; r < rect.rows; r++)
    for (let c = 0; c < rect.columns; c++) visit(rect.row + r, rect.column + c, r, c);
}

interface RangeFormatLike {
  font: { bold: boolean; italic: boolean; size: number; color: string };
  fill: { color: string };
  borders: { getItem(index: string): { style: string } };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  indentLevel: number;
  rowHeight: number;
  columnWidth: number;
}

const LOADABLE_RANGE = [
  "values",
  "valueTypes",
  "formulas",
  "numberFormat",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "address",
  "text",
];

function rangeObject(
  ctx: FakeContext,
  sheetRef: SheetRef,
  origin: string,
  locate: (sheet: SheetState, work: Work) => Rect | null
) {
  const host = ctx.host;
  const loaded = new Loaded("Range");
  let isNull: boolean | undefined;
  // Resolved once, when the operation that created the range runs (like Office.js object paths).
  const ref: { rect: Rect | null; resolved: boolean } = { rect: null, resolved: false };
  ctx.enqueue({
    bytes: ENVELOPE_BYTES,
    run: (work) => {
      const sheet = liveSheet(work, sheetRef, origin);
      ref.rect = locate(sheet, work);
      ref.resolved = true;
      const rect = ref.rect;
      return deliver(10, () => (isNull = rect === null));
    },
  });
  const target = (work: Work, member: string): { sheet: SheetState; rect: Rect } => {
    const sheet = liveSheet(work, sheetRef, `Range.${member}`);
    if (ref.rect === null) fail("InvalidObjectPath", `Range.${member} on a null object`);
    return { sheet, rect: ref.rect! };
  };
  const write = (
    member: string,
    args: unknown,
    run: (sheet: SheetState, rect: Rect, work: Work) => void
  ) =>
    ctx.enqueue({
      bytes: bytesOf(args) + ENVELOPE_BYTES,
      writes: true,
      run: (work) => {
        const { sheet, rect } = target(work, member);
        run(sheet, rect, work);
      },
    });
  const writeCells = (member: string, data: unknown[][], asFormula: boolean) =>
    write(member, data, (sheet, rect) => {
      const rows = checkDimensions(rect, data, `Range.${member}`);
      forEachCell(rect, (row, column, r, c) => {
        const cell = cellAt(sheet, row, column);
        const typed = typedInput(rows[r][c], asFormula);
        const previous = cell.value;
        cell.formula = typed.formula;
        cell.value = typed.formula ? (previous ?? 0) : typed.value;
        cell.stale = typed.stale;
      });
    });
  const setFormat = (path: string, value: unknown, check?: (value: unknown) => void) =>
    write(`format.${path}`, value, (sheet, rect) => {
      check?.(value);
      forEachCell(rect, (row, column) => {
        const cell = cellAt(sheet, row, column);
        cell.format = { ...cell.format, [path]: value };
      });
    });
  const fontObject = strict(
    Object.defineProperties(
      {},
      {
        bold: { set: (v: boolean) => setFormat("font.bold", v), enumerable: true },
        italic: { set: (v: boolean) => setFormat("font.italic", v), enumerable: true },
        size: { set: (v: number) => setFormat("font.size", v), enumerable: true },
        color: { set: (v: string) => setFormat("font.color", v), enumerable: true },
      }
    ),
    "RangeFont"
  );
  const fillObject = strict(
    Object.defineProperties(
      {},
      { color: { set: (v: string) => setFormat("fill.color", v), enumerable: true } }
    ),
    "RangeFill"
  );
  const bordersObject = strict(
    {
      getItem(index: string) {
        const edges = [
          "EdgeTop",
          "EdgeBottom",
          "EdgeLeft",
          "EdgeRight",
          "InsideHorizontal",
          "InsideVertical",
          "DiagonalDown",
          "DiagonalUp",
        ];
        if (!edges.includes(index)) throw new TypeError(`RangeBorderCollection.getItem(${index})`);
        return strict(
          Object.defineProperties(
            {},
            {
              style: {
                set: (v: string) =>
                  write(`borders.${index}.style`, v, (sheet, rect) => {
                    // Inside borders need more than one row / column (InvalidArgument in Excel).
                    if (index === "InsideHorizontal" && rect.rows < 2)
                      fail("InvalidArgument", "InsideHorizontal on one row");
                    if (index === "InsideVertical" && rect.columns < 2)
                      fail("InvalidArgument", "InsideVertical on one column");
                    forEachCell(rect, (row, column) => {
                      const cell = cellAt(sheet, row, column);
                      cell.format = { ...cell.format, [`border.${index}`]: v };
                    });
                  }),
                enumerable: true,
              },
            }
          ),
          "RangeBorder"
        );
      },
    },
    "RangeBorderCollection"
  );
  const formatObject = strict(
    Object.defineProperties<RangeFormatLike>({} as RangeFormatLike, {
      font: { get: () => fontObject, enumerable: true },
      fill: { get: () => fillObject, enumerable: true },
      borders: { get: () => bordersObject, enumerable: true },
      wrapText: { set: (v: boolean) => setFormat("wrapText", v), enumerable: true },
      horizontalAlignment: {
        set: (v: string) => setFormat("horizontalAlignment", v),
        enumerable: true,
      },
      verticalAlignment: {
        set: (v: string) => setFormat("verticalAlignment", v),
        enumerable: true,
      },
      indentLevel: {
        set: (v: number) =>
          setFormat("indentLevel", v, () => {
            host.require("ExcelApi", "1.9", "RangeFormat.indentLevel");
            if (!(Number.isInteger(v) && v >= 0 && v <= MAX_INDENT_LEVEL))
              fail(
                "InvalidArgument",
                `Indent level ${v} is over the 0 to ${MAX_INDENT_LEVEL} Excel takes.`
              );
          }),
        enumerable: true,
      },
      rowHeight: {
        set: (v: number) =>
          write("format.rowHeight", v, (sheet, rect) => {
            host.require("ExcelApi", "1.2", "RangeFormat.rowHeight");
            // Excel specifications and limits: row height 409 points.
            if (!(v >= 0 && v <= MAX_ROW_HEIGHT_POINTS))
              fail(
                "InvalidArgument",
                `Row height ${v} pt is over Excel's ${MAX_ROW_HEIGHT_POINTS} pt.`
              );
            if (rect.rows === WHOLE_SHEET.rows) {
              sheet.rowHeights.clear();
              sheet.defaultRowHeight = v;
            } else for (let r = rect.row; r < rect.row + rect.rows; r++) sheet.rowHeights.set(r, v);
          }),
        enumerable: true,
      },
      columnWidth: {
        set: (v: number) =>
          write("format.columnWidth", v, (sheet, rect) => {
            host.require("ExcelApi", "1.2", "RangeFormat.columnWidth");
            // Excel specifications and limits: column width 255 characters.
            if (!(v >= 0 && pointsToCharacters(v) <= MAX_COLUMN_WIDTH_CHARACTERS))
              fail("InvalidArgument", `Column width ${v} pt is over Excel's 255 characters.`);
            if (rect.columns === WHOLE_SHEET.columns) {
              sheet.columnWidths.clear();
              sheet.defaultColumnWidth = v;
            } else {
              for (let c = rect.column; c < rect.column + rect.columns; c++) {
                sheet.columnWidths.set(c, v);
              }
            }
          }),
        enumerable: true,
      },
    }),
    "RangeFormat"
  );
  const range = {
    __rect(work: Work): Rect {
      return target(work, "rect").rect;
    },
    __address(work: Work): string {
      const { sheet, rect } = target(work, "address");
      return rectAddress(sheet.name, rect);
    },
    get isNullObject(): boolean {
      if (isNull === undefined) fail("PropertyNotLoaded", "isNullObject is known after a sync");
      return isNull!;
    },
    get values() {
      return loaded.get("values");
    },
    set values(data: unknown) {
      writeCells("values", data as unknown[][], false);
    },
    get formulas() {
      return loaded.get("formulas");
    },
    set formulas(data: unknown) {
      writeCells("formulas", data as unknown[][], true);
    },
    get numberFormat() {
      return loaded.get("numberFormat");
    },
    set numberFormat(data: unknown) {
      write("numberFormat", data, (sheet, rect) => {
        const rows = checkDimensions(rect, data, "Range.numberFormat");
        forEachCell(rect, (row, column, r, c) => {
          cellAt(sheet, row, column).numberFormat = String(rows[r][c]);
        });
      });
    },
    get valueTypes() {
      return loaded.get("valueTypes");
    },
    get rowIndex() {
      return loaded.get("rowIndex");
    },
    get columnIndex() {
      return loaded.get("columnIndex");
    },
    get rowCount() {
      return loaded.get("rowCount");
    },
    get columnCount() {
      return loaded.get("columnCount");
    },
    get address() {
      return loaded.get("address");
    },
    get text() {
      return loaded.get("text");
    },
    get format() {
      return formatObject;
    },
    get dataValidation() {
      return strict(
        Object.defineProperties(
          {},
          {
            rule: {
              set: (rule: unknown) =>
                write("dataValidation.rule", rule, (sheet, rect) => {
                  host.require("ExcelApi", "1.8", "DataValidation.rule");
                  sheet.validations.push({ rect, rule });
                }),
              enumerable: true,
            },
          }
        ),
        "DataValidation"
      );
    },
    load(spec?: unknown) {
      const keys = loadList(spec);
      for (const key of keys)
        if (!LOADABLE_RANGE.includes(key))
          throw new TypeError(`Range.load: unknown property ${key}`);
      ctx.enqueue({
        bytes: bytesOf(keys) + ENVELOPE_BYTES,
        run: (work) => {
          if (ref.rect === null) return deliver(10, () => undefined);
          const { sheet, rect } = target(work, "load");
          if (rect.rows * rect.columns > 5_000_000)
            fail("ResponsePayloadSizeLimitExceeded", `Loading ${rect.rows}x${rect.columns} cells.`);
          const grid = (read: (cell: Cell | undefined) => unknown) => {
            const rows: unknown[][] = [];
            for (let r = 0; r < rect.rows; r++) {
              const row: unknown[] = [];
              for (let c = 0; c < rect.columns; c++)
                row.push(read(sheet.cells.get(cellKey(rect.row + r, rect.column + c))));
              rows.push(row);
            }
            return rows;
          };
          const data: Record<string, unknown> = {};
          for (const key of keys) {
            if (key === "values") data.values = grid(officeValue);
            else if (key === "valueTypes") data.valueTypes = grid(valueType);
            else if (key === "formulas")
              data.formulas = grid((cell) => cell?.formula ?? officeValue(cell));
            else if (key === "numberFormat")
              data.numberFormat = grid((cell) => cell?.numberFormat ?? "General");
            else if (key === "text") data.text = grid((cell) => String(officeValue(cell)));
            else if (key === "rowIndex") data.rowIndex = rect.row;
            else if (key === "columnIndex") data.columnIndex = rect.column;
            else if (key === "rowCount") data.rowCount = rect.rows;
            else if (key === "columnCount") data.columnCount = rect.columns;
            else if (key === "address") data.address = rectAddress(sheet.name, rect);
          }
          return deliver(bytesOf(data), () => {
            for (const key of keys) loaded.set(key, data[key]);
          });
        },
      });
      return proxy;
    },
    clear(applyTo?: string) {
      write("clear", applyTo ?? "All", (sheet, rect) => {
        const what = applyTo ?? "All";
        for (const [key, cell] of [...sheet.cells]) {
          const row = Math.floor(key / 16_384);
          const column = key % 16_384;
          if (
            row < rect.row ||
            row >= rect.row + rect.rows ||
            column < rect.column ||
            column >= rect.column + rect.columns
          )
            continue;
          if (what === "All" || what === "Contents") {
            cell.value = null;
            delete cell.formula;
            delete cell.stale;
          }
          if (what === "All" || what === "Formats") {
            delete cell.format;
            delete cell.numberFormat;
          }
          if (cell.value === null && !cell.formula && !cell.format && !cell.numberFormat)
            sheet.cells.delete(key);
        }
        // Clearing formats unmerges, as in Excel.
        if (what === "All" || what === "Formats")
          sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      });
    },
    select() {
      write("select", null, (sheet, rect, work) => {
        if (sheet.visibility !== "Visible")
          fail(
            "InvalidOperation",
            `Sheet "${sheet.name}" is hidden: a cell on it cannot be selected.`
          );
        if (work.state.activeSheetId !== sheet.id)
          fail(
            "InvalidOperation",
            `Sheet "${sheet.name}" is not the active sheet: activate it before selecting.`
          );
        work.state.selection = { sheetId: sheet.id, rect };
      });
    },
    merge(across?: boolean) {
      write("merge", across ?? false, (sheet, rect) => {
        host.require("ExcelApi", "1.2", "Range.merge");
        if (sheet.merges.some((m) => intersects(m, rect)))
          fail("InvalidOperation", "The range overlaps a merged area.");
        sheet.merges.push({ ...rect });
      });
    },
    unmerge() {
      write("unmerge", null, (sheet, rect) => {
        host.require("ExcelApi", "1.2", "Range.unmerge");
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      });
    },
    getCell(row: number, column: number) {
      return rangeObject(ctx, sheetRef, "getCell", (sheet, work) => {
        const { rect } = target(work, "getCell");
        return { row: rect.row + row, column: rect.column + column, rows: 1, columns: 1 };
      });
    },
    getCellProperties(options: Record<string, unknown>) {
      const result = clientResult<unknown[][]>();
      const paths = propertyPaths(options);
      for (const path of paths)
        if (!["format.font.bold", "format.font.italic", "format.wrapText"].includes(path))
          throw new TypeError(`getCellProperties: ${path} is not modelled`);
      ctx.enqueue({
        bytes: bytesOf(options) + ENVELOPE_BYTES,
        run: (work) => {
          host.require("ExcelApi", "1.9", "Range.getCellProperties");
          const { sheet, rect } = target(work, "getCellProperties");
          const rows: unknown[][] = [];
          for (let r = 0; r < rect.rows; r++) {
            const row: unknown[] = [];
            for (let c = 0; c < rect.columns; c++) {
              const format = sheet.cells.get(cellKey(rect.row + r, rect.column + c))?.format ?? {};
              const properties: Record<string, unknown> = {};
              for (const path of paths) {
                const parts = path.split(".");
                let node = properties;
                for (const part of parts.slice(0, -1))
                  node = (node[part] ??= {}) as Record<string, unknown>;
                node[parts[parts.length - 1]] = format[parts.slice(1).join(".")] === true;
              }
              row.push(properties);
            }
            rows.push(row);
          }
          return deliver(bytesOf(rows), () => result.__set(rows));
        },
      });
      return result.proxy;
    },
    getMergedAreasOrNullObject() {
      const loadedAreas = new Loaded("RangeAreas");
      let areasNull: boolean | undefined;
      let requested: string[] = [];
      ctx.enqueue({
        bytes: ENVELOPE_BYTES,
        run: (work) => {
          host.require("ExcelApi", "1.13", "Range.getMergedAreasOrNullObject");
          const { sheet, rect } = target(work, "getMergedAreasOrNullObject");
          const areas = sheet.merges.filter((m) => intersects(m, rect));
          if (areas.length > MAX_MERGED_AREAS_RETURNED)
            fail(
              "GeneralException",
              `${areas.length} merged areas: over the ${MAX_MERGED_AREAS_RETURNED} this method returns.`
            );
          const address = areas.map((m) => rectAddress(sheet.name, m)).join(", ");
          return deliver(requested.includes("address") ? bytesOf(address) : 10, () => {
            areasNull = areas.length === 0;
            if (!areasNull && requested.includes("address")) loadedAreas.set("address", address);
          });
        },
      });
      return strict(
        {
          get isNullObject() {
            if (areasNull === undefined)
              fail("PropertyNotLoaded", "isNullObject is known after a sync");
            return areasNull!;
          },
          get address() {
            return loadedAreas.get("address");
          },
          load(spec?: unknown) {
            requested = loadList(spec);
            for (const key of requested)
              if (key !== "address") throw new TypeError(`RangeAreas.load: ${key}`);
            ctx.enqueue({
              bytes: ENVELOPE_BYTES,
              run: () => host.require("ExcelApi", "1.9", "RangeAreas.address"),
            });
          },
        },
        "RangeAreas"
      );
    },
  };
  const proxy = strict(range, "Range");
  return proxy;
}

function propertyPaths(options: Record<string, unknown>, prefix = ""): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (value === true) paths.push(`${prefix}${key}`);
    else if (typeof value === "object" && value !== null)
      paths.push(...propertyPaths(value as Record<string, unknown>, `${prefix}${key}.`));
  }
  return paths;
}

function clientResult<T>() {
  let value: T | undefined;
  let ready = false;
  return {
    __set(v: T) {
      value = v;
      ready = true;
    },
    proxy: strict(
      {
        get value(): T {
          if (!ready) fail("PropertyNotLoaded", "ClientResult.value is known after a sync");
          return value as T;
        },
      },
      "ClientResult"
    ),
  };
}

// ---------------------------------------------------------------- workbook

function worksheetCollection(ctx: FakeContext) {
  const host = ctx.host;
  const loaded = new Loaded("WorksheetCollection");
  const byName = (name: string, orNull: boolean) => {
    const ref: SheetRef = { id: null, resolved: false };
    ctx.enqueue({
      bytes: bytesOf(name) + ENVELOPE_BYTES,
      run: (work) => {
        if (orNull) host.require("ExcelApi", "1.4", "WorksheetCollection.getItemOrNullObject");
        const sheet = findSheet(work.state, name);
        if (!sheet && !orNull)
          fail("ItemNotFound", `The requested resource doesn't exist: sheet "${name}".`);
        ref.id = sheet?.id ?? null;
        ref.resolved = true;
        const isNull = !sheet;
        return deliver(10, () => setNull(isNull));
      },
    });
    const object = worksheetObject(ctx, ref);
    // isNullObject arrives with the sync, loaded or not.
    const setNull = (value: boolean) => object.__null(value);
    return object;
  };
  const collection = {
    get items() {
      return (loaded.get("items") as number[]).map((id) => itemsById.get(id)!);
    },
    load(spec?: unknown) {
      const keys = loadList(spec).map((key) => key.replace(/^items\//, ""));
      for (const key of keys)
        if (!["name", "id", "position", "visibility", "items"].includes(key))
          throw new TypeError(`WorksheetCollection.load: unknown property ${key}`);
      ctx.enqueue({
        bytes: bytesOf(spec) + ENVELOPE_BYTES,
        run: (work) => {
          const sheets = work.state.sheets.map((sheet, position) => ({
            id: sheet.id,
            name: sheet.name,
            position,
            visibility: sheet.visibility,
          }));
          const data = sheets.map((s) =>
            Object.fromEntries(
              keys.filter((k) => k !== "items").map((k) => [k, s[k as keyof typeof s]])
            )
          );
          return deliver(bytesOf(data), () => {
            itemsById.clear();
            sheets.forEach((sheet, index) => {
              const ref: SheetRef = { id: sheet.id, resolved: true };
              const object = worksheetObject(ctx, ref);
              // The loaded item is read-only data plus the usual members.
              object.__preload(data[index]);
              itemsById.set(sheet.id, object);
            });
            loaded.set(
              "items",
              sheets.map((s) => s.id)
            );
          });
        },
      });
      return proxy;
    },
    getItem: (name: string) => byName(name, false),
    getItemOrNullObject: (name: string) => byName(name, true),
    add(name: string) {
      const ref: SheetRef = { id: null, resolved: false };
      ctx.enqueue({
        bytes: bytesOf(name) + ENVELOPE_BYTES,
        writes: true,
        run: (work) => {
          checkSheetName(work.state, name);
          const sheet = newSheet(work.state, name);
          ref.id = sheet.id;
          ref.resolved = true;
        },
      });
      return worksheetObject(ctx, ref);
    },
    getActiveWorksheet() {
      const ref: SheetRef = { id: null, resolved: false };
      ctx.enqueue({
        bytes: ENVELOPE_BYTES,
        run: (work) => {
          ref.id = work.state.activeSheetId;
          ref.resolved = true;
        },
      });
      return worksheetObject(ctx, ref);
    },
  };
  const itemsById = new Map<number, ReturnType<typeof worksheetObject>>();
  const proxy = strict(collection, "WorksheetCollection");
  return proxy;
}

function applicationObject(ctx: FakeContext) {
  const host = ctx.host;
  return strict(
    {
      suspendApiCalculationUntilNextSync() {
        ctx.enqueue({
          bytes: ENVELOPE_BYTES,
          run: (work) => {
            host.require("ExcelApi", "1.6", "Application.suspendApiCalculationUntilNextSync");
            work.calculationSuspended = true;
          },
        });
      },
      suspendScreenUpdatingUntilNextSync() {
        ctx.enqueue({
          bytes: ENVELOPE_BYTES,
          run: () => {
            host.require("ExcelApi", "1.9", "Application.suspendScreenUpdatingUntilNextSync");
            host.screenUpdatingSuspensions++;
          },
        });
      },
      calculate(type: string) {
        ctx.enqueue({
          bytes: bytesOf(type) + ENVELOPE_BYTES,
          run: (work) => {
            if (!["Recalculate", "Full", "FullRebuild"].includes(type))
              fail("InvalidArgument", `calculate(${type})`);
            // Explicit calculation: the formulas written so far get their values.
            recalculate(work.state);
          },
        });
      },
    },
    "Application"
  );
}

function workbookObject(ctx: FakeContext) {
  const application = applicationObject(ctx);
  const worksheets = worksheetCollection(ctx);
  return strict(
    {
      worksheets,
      application,
      getSelectedRange() {
        const ref: SheetRef = { id: null, resolved: false };
        let selection: Rect = { row: 0, column: 0, rows: 1, columns: 1 };
        ctx.enqueue({
          bytes: ENVELOPE_BYTES,
          run: (work) => {
            const selected = work.state.selection;
            ref.id = selected?.sheetId ?? work.state.activeSheetId;
            ref.resolved = true;
            if (selected) selection = selected.rect;
          },
        });
        return rangeObject(ctx, ref, "getSelectedRange", () => selection);
      },
      get names() {
        return namesObject(ctx, (work) => work.state.names, "Workbook.names");
      },
    },
    "Workbook"
  );
}

export type { CellValue };
