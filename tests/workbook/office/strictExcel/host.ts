import { evaluate, shown, type Scalar } from "./formulas";
import { OfficeError, fail } from "./errors";
import { PAYLOAD_LIMIT_BYTES } from "./limits";
import {
  cellKey,
  copyWorkbook,
  emptyWorkbook,
  findSheet,
  newSheet,
  type Cell,
  type SheetState,
  type WorkbookState,
} from "./state";

/** One queued call: its share of the request JSON and what it does to the workbook at sync time. */
export interface Operation {
  bytes: number;
  /** Returns what travels back (loads): its JSON size and how to hand it to the proxy. */
  run(work: Work): Delivery | void;
  writes?: boolean;
}

export interface Delivery {
  bytes: number;
  deliver(): void;
}

/** The workbook being changed by one sync, and the sync's own switches. */
export interface Work {
  state: WorkbookState;
  host: StrictExcel;
  calculationSuspended: boolean;
}

export interface StrictExcelOptions {
  /** Requirement sets the host implements, e.g. { ExcelApi: "1.12" }. Default: ExcelApi 1.19. */
  supported?: Record<string, string>;
  /** Requirement sets the add-in's manifest declares (tests read them from manifest.xml). */
  declared?: Record<string, string>;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  failed?: string;
}

function versionAtLeast(have: string | undefined, need: string): boolean {
  if (have === undefined) return false;
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * An Excel host as strict as the documented one: the committed workbook, the sync engine (request
 * and response payload limits, all-or-nothing batches, calculation) and the requirement sets.
 */
export class StrictExcel {
  state: WorkbookState = emptyWorkbook();
  readonly syncs: SyncRecord[] = [];
  readonly supported: Record<string, string>;
  readonly declared: Record<string, string>;
  /** Requirement sets the add-in asked about with isSetSupported and got true. */
  readonly checked: Record<string, string> = {};
  screenUpdatingSuspensions = 0;
  /** Errors to answer a member with (an Excel that refuses, e.g. AccessDenied): member → error. */
  readonly faults = new Map<string, { code: string; message: string }>();

  constructor(options: StrictExcelOptions = {}) {
    this.supported = options.supported ?? { ExcelApi: "1.19" };
    this.declared = options.declared ?? {};
  }

  /** Office.context.requirements.isSetSupported, remembered so the member may then be used. */
  isSetSupported(name: string, version = "1.1"): boolean {
    const yes = versionAtLeast(this.supported[name], version);
    if (yes && !versionAtLeast(this.checked[name], version)) this.checked[name] = version;
    return yes;
  }

  /**
   * A member of requirement set `name` `version`: ApiNotFound where the host lacks it (as Excel
   * answers, learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements),
   * and refused too when neither the manifest declares it nor the code checked it at run time.
   */
  require(name: string, version: string, member: string): void {
    const fault = this.faults.get(member);
    if (fault) fail(fault.code, fault.message);
    if (!versionAtLeast(this.supported[name], version)) {
      fail(
        "ApiNotFound",
        `${member} needs ${name} ${version}; this Excel has ${this.supported[name] ?? "none"}`
      );
    }
    if (
      !versionAtLeast(this.declared[name], version) &&
      !versionAtLeast(this.checked[name], version)
    ) {
      fail(
        "UndeclaredRequirementSet",
        `${member} needs ${name} ${version}: declare it in the manifest or check isSetSupported first`
      );
    }
  }

  /** Runs one batch: nothing applies unless every operation succeeds and both payloads fit. */
  commit(queue: Operation[]): void {
    const requestBytes = queue.reduce((sum, op) => sum + op.bytes, 2);
    const record: SyncRecord = { requestBytes, responseBytes: 0 };
    this.syncs.push(record);
    try {
      if (requestBytes > PAYLOAD_LIMIT_BYTES) {
        fail("RequestPayloadSizeLimitExceeded", `The request is ${requestBytes} bytes, over 5 MB.`);
      }
      const work: Work = {
        state: copyWorkbook(this.state),
        host: this,
        calculationSuspended: false,
      };
      const deliveries: Delivery[] = [];
      let wrote = false;
      for (const op of queue) {
        const delivery = op.run(work);
        if (delivery) deliveries.push(delivery);
        wrote ||= op.writes === true;
      }
      record.responseBytes = deliveries.reduce((sum, d) => sum + d.bytes, 2);
      if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
        fail(
          "ResponsePayloadSizeLimitExceeded",
          `The response is ${record.responseBytes} bytes, over 5 MB.`
        );
      }
      // Automatic calculation, unless suspended for this sync (Application.suspendApiCalculationUntilNextSync).
      if (wrote && !work.calculationSuspended) recalculate(work.state);
      this.state = work.state;
      for (const delivery of deliveries) delivery.deliver();
    } catch (error) {
      record.failed = error instanceof OfficeError ? error.code : String(error);
      throw error;
    }
  }

  // ---- seeding and inspection, for tests ----

  addSheet(name: string, visibility: SheetState["visibility"] = "Visible"): SheetState {
    const sheet = newSheet(this.state, name);
    sheet.visibility = visibility;
    if (this.state.activeSheetId === null && visibility === "Visible")
      this.state.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(name: string): SheetState | undefined {
    return findSheet(this.state, name);
  }

  /** The value a cell shows ("F8" on sheet), after whatever calculation Excel has done. */
  value(sheetName: string, address: string): Cell["value"] {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address)!;
    let column = 0;
    for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
    return sheet.cells.get(cellKey(Number(match[2]) - 1, column - 1))?.value ?? null;
  }

  recalculate(): void {
    recalculate(this.state);
  }

  get largestRequest(): number {
    return Math.max(0, ...this.syncs.filter((s) => !s.failed).map((s) => s.requestBytes));
  }

  get largestResponse(): number {
    return Math.max(0, ...this.syncs.filter((s) => !s.failed).map((s) => s.responseBytes));
  }
}

/** Full recalculation of every formula, each once, references followed across sheets. */
export function recalculate(state: WorkbookState): void {
  const done = new Set<Cell>();
  const busy = new Set<Cell>();
  const valueOf = (sheet: SheetState, row: number, column: number): Scalar => {
    const cell = sheet.cells.get(cellKey(row, column));
    if (!cell) return null;
    if (cell.formula !== undefined && !done.has(cell)) compute(sheet, cell);
    return cell.value === "" ? null : (cell.value as Scalar);
  };
  const compute = (sheet: SheetState, cell: Cell) => {
    if (busy.has(cell)) return; // a circular reference keeps its last value, as Excel warns and does
    busy.add(cell);
    const result = evaluate(cell.formula!, (sheetName, row, column) => {
      const target = sheetName === null ? sheet : findSheet(state, sheetName);
      return target ? valueOf(target, row, column) : undefined;
    });
    cell.value = shown(result);
    cell.stale = false;
    busy.delete(cell);
    done.add(cell);
  };
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula !== undefined && !done.has(cell)) compute(sheet, cell);
    }
  }
}
