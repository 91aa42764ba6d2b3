// A fake of the Excel JavaScript API subset the Office adapter uses, faithful to the rules that
// bite in real add-ins: commands are queued and take effect at `sync()`; a property read before
// `load` + `sync` throws PropertyNotLoaded; 2-D inputs must match the range; strings are taken as
// typed (`=…` becomes a formula). It counts syncs and payload bytes and can fail on request.
// No Node APIs: the task-pane harness page bundles it.
import type { Batch, QueuedOp } from './clientObject';
import { FakeBook, type BookSnapshot, type ChartDetail, type FakeCell } from './fakeBook';
import { FakeOfficeError, MESSAGES, NullObjectSkip, officeError } from './fakeErrors';
import { FakeWorksheetCollection } from './fakeWorksheet';
import { parseCells, splitSheet } from './a1';
import { utf8Length } from './utf8';

/** Excel on the web refuses requests and responses over 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord {
  /** 1-based, over the fake's lifetime. */
  index: number;
  ops: number;
  /** UTF-8 size of the JSON of the queued commands. */
  requestBytes: number;
  /** UTF-8 size of the JSON of the loaded values sent back. */
  responseBytes: number;
  calculationSuspended: boolean;
  failed: string | null;
}

export interface FakeExcelOptions {
  payloadLimit?: number;
}

interface PlannedFailure {
  at: number;
  afterOps: number;
  error: () => FakeOfficeError;
}

export class FakeRequestContext {
  readonly workbook: {
    readonly worksheets: FakeWorksheetCollection;
    readonly application: { suspendApiCalculationUntilNextSync(): void };
  };
  queue: QueuedOp[] = [];
  response: unknown[] = [];
  calculationSuspended = false;
  closed = false;

  constructor(private readonly host: FakeExcel) {
    const batch: Batch = {
      book: host.book,
      enqueue: (payload, apply) => {
        if (this.closed) throw officeError('InvalidRequestContext');
        this.queue.push({ payload, apply });
      },
      respond: (value) => this.response.push(value),
      suspendCalculation: () => {
        this.calculationSuspended = true;
      },
    };
    this.workbook = {
      worksheets: new FakeWorksheetCollection(batch),
      application: {
        suspendApiCalculationUntilNextSync: () => batch.enqueue({ call: 'Application.suspendApiCalculationUntilNextSync' }, () => batch.suspendCalculation()),
      },
    };
  }

  sync(): Promise<void> {
    return this.host.sync(this);
  }
}

export class FakeExcel {
  readonly book = new FakeBook();
  readonly syncs: SyncRecord[] = [];
  private readonly payloadLimit: number;
  private failure: PlannedFailure | null = null;
  private cellEditMode = false;
  /** Index of the first sync that finds the session gone; null while it lasts. */
  private sessionLostFrom: number | null = null;

  constructor(sheets: Record<string, readonly (readonly unknown[])[]>, options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? EXCEL_WEB_PAYLOAD_LIMIT;
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = this.book.add(name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === '') return;
          if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new TypeError(`fake cell ${name}!R${r + 1}C${c + 1}: ${typeof v}`);
          sheet.patch(r, c, { value: v });
        }),
      );
    }
  }

  /** Same contract as `Excel.run`: the batch gets a fresh context; leftovers sync at the end. */
  readonly run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    try {
      const result = await batch(context);
      if (context.queue.length > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  };

  /** The `n`th sync from now fails; `afterOps` commands of its batch take effect first (default none). */
  failAtSync(n: number, options: { afterOps?: number; error?: () => FakeOfficeError } = {}): void {
    this.failure = {
      at: this.syncs.length + n,
      afterOps: options.afterOps ?? 0,
      error: options.error ?? (() => officeError('GeneralException')),
    };
  }

  /** While on, every sync fails as Excel does when the user is typing in a cell. */
  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
  }

  /** From the `n`th sync from now (default the next), every sync fails as a lost Office Online session does. */
  loseSession(n = 1): void {
    this.sessionLostFrom = this.syncs.length + n;
  }

  /** A new session, as after reloading the add-in. */
  restoreSession(): void {
    this.sessionLostFrom = null;
  }

  async sync(context: FakeRequestContext): Promise<void> {
    const ops = context.queue;
    context.queue = [];
    context.response = [];
    context.calculationSuspended = false;
    const index = this.syncs.length + 1;
    const record: SyncRecord = {
      index,
      ops: ops.length,
      requestBytes: utf8Length(JSON.stringify(ops.map((op) => op.payload))),
      responseBytes: 0,
      calculationSuspended: false,
      failed: null,
    };
    this.syncs.push(record);
    // A real round trip is asynchronous: callers must await it.
    await Promise.resolve();
    try {
      this.execute(index, ops, record);
      record.responseBytes = utf8Length(JSON.stringify(context.response));
      record.calculationSuspended = context.calculationSuspended;
      if (record.responseBytes > this.payloadLimit) throw officeError('ResponsePayloadSizeLimitExceeded');
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    }
  }

  private execute(index: number, ops: QueuedOp[], record: SyncRecord): void {
    if (this.sessionLostFrom !== null && index >= this.sessionLostFrom) throw new FakeOfficeError('GeneralException', MESSAGES.SessionLost);
    if (this.cellEditMode) throw officeError('InvalidOperationInCellEditMode');
    if (record.requestBytes > this.payloadLimit) throw officeError('RequestPayloadSizeLimitExceeded');
    const failure = this.failure?.at === index ? this.failure : null;
    if (failure) this.failure = null;
    // Commands before a failing one stay applied, as in Excel; later ones never run.
    ops.forEach((op, i) => {
      if (failure && i === failure.afterOps) throw failure.error();
      try {
        op.apply();
      } catch (error) {
        // Commands on null objects are skipped, as Excel does.
        if (!(error instanceof NullObjectSkip)) throw error;
      }
    });
    if (failure) throw failure.error();
  }

  snapshot(): BookSnapshot {
    return this.book.snapshot();
  }

  /** One cell as the fake holds it (`Sheet!B3`), undefined when blank. */
  cell(address: string): FakeCell | undefined {
    const { sheet, cells } = splitSheet(address);
    const rect = parseCells(cells);
    const found = sheet === null ? undefined : this.book.byName(sheet);
    if (!found || !rect) throw new TypeError(`fake: bad cell address ${address}`);
    return found.cell(rect.top, rect.left);
  }

  /** Sets the number format of one cell (`Sheet!B3`), as a user formatting it in Excel would. */
  setNumberFormat(address: string, numberFormat: string): void {
    const { sheet, cells } = splitSheet(address);
    const rect = parseCells(cells);
    const found = sheet === null ? undefined : this.book.byName(sheet);
    if (!found || !rect) throw new TypeError(`fake: bad cell address ${address}`);
    found.patch(rect.top, rect.left, { numberFormat });
  }

  /** The charts on a sheet with their series, axes and place. */
  charts(sheetName: string): ChartDetail[] {
    return this.book.chartDetails(sheetName);
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }
}

export function createFakeExcel(sheets: Record<string, readonly (readonly unknown[])[]>, options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(sheets, options);
}
