// The Office adapter: WorkbookPort over an injected `Excel.run`. Thin: each method hands off to
// one module; this class only keeps the one-run-at-a-time rule, the requirement check, and a
// rollback that could not finish (it is retried before the next call touches the workbook).
import type { Table } from '../../engine/types';
import { DatesFoundError } from '../errors';
import type { DateCell, DateScope, RunInputs, UncheckedDates, WorkbookPort, WriteOptions } from '../port';
import type { SheetPlan } from '../sheetPlan';
import type { Store } from '../store';
import { REQUEST_BUDGET } from './budget';
import { OfficeRequestError, RunInProgressError, toHostError, UnsupportedHostError } from './errors';
import type { XlRun } from './excelApi';
import { findDates, FORMAT_CELL_BYTES, OfficeUncheckedDates } from './lateDates';
import { listSheetNames } from './listSheets';
import { readInputs } from './readInputs';
import { readRanges } from './readRanges';
import { readStore } from './readStore';
import { rollback, type RollbackPlan } from './rollback';
import type { HostFeatures } from './writeOps';
import { writeRun } from './writeRun';

/** The unchecked numbers this adapter's own read left; anything else is a caller's mistake. */
function ownDates(dates: UncheckedDates): OfficeUncheckedDates {
  if (!(dates instanceof OfficeUncheckedDates)) throw new TypeError('these dates were not left by this adapter');
  return dates;
}

/**
 * The requirement set the adapter needs: freeze panes, chart x-axis values, added chart series
 * and reversed axes are ExcelApi 1.7 (a chart's axis crossing, 1.8, only where the host has it),
 * calculation suspension and data bars 1.6, `getItemOrNullObject` and
 * `getUsedRangeOrNullObject` 1.4. Declare it in the manifest.
 */
export const REQUIRED_SET = { name: 'ExcelApi', version: '1.7' } as const;

export interface OfficeWorkbookOptions {
  /** `Excel.run`, or the fake's `run` in tests. */
  run: XlRun;
  /** `Office.context.requirements.isSetSupported`; omitted means every set is there. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes one request may carry; default 4 MB (Excel on the web refuses over 5 MB). */
  requestBudget?: number;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: XlRun;
  private readonly budget: number;
  private readonly supported: boolean;
  private readonly isSetSupported: ((name: string, version: string) => boolean) | undefined;
  private writing = false;
  private pending: RollbackPlan | null = null;

  constructor(options: OfficeWorkbookOptions) {
    this.run = options.run;
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.supported = options.isSetSupported?.(REQUIRED_SET.name, REQUIRED_SET.version) ?? true;
    this.isSetSupported = options.isSetSupported;
  }

  listSheets(): Promise<string[]> {
    return this.guard(null, () => listSheetNames(this.run, false));
  }

  readRanges(addresses: readonly string[]): Promise<Table[]> {
    return this.guard(null, () => readRanges(this.run, addresses, this.budget));
  }

  readStore(): Promise<Store | null> {
    return this.guard(null, () => readStore(this.run, this.budget));
  }

  readInputs(addresses: readonly string[]): Promise<RunInputs> {
    return this.guard(null, () => readInputs(this.run, addresses, this.budget));
  }

  findDates(dates: UncheckedDates, scope?: readonly DateScope[]): Promise<DateCell[]> {
    return this.guard(null, () => findDates(this.run, ownDates(dates), this.budget, scope));
  }

  async writeRun(sheets: readonly SheetPlan[], store: Store, options: WriteOptions): Promise<void> {
    if (this.writing) throw new RunInProgressError();
    this.writing = true;
    // A rollback still to finish changes the sheets, so what a read saw before it is out of date.
    const seen = this.pending === null ? options.seen : undefined;
    const dates = options.dates === undefined ? undefined : ownDates(options.dates);
    const write = { replace: options.replace, budget: this.budget, features: this.featuresFor(sheets), ...(seen ? { seen } : {}) };
    const scope = options.dateScope;
    const attempt = (withDates: OfficeUncheckedDates | undefined): Promise<void> =>
      // Until the write queues anything the workbook is untouched, so `restored` is true.
      this.guard(true, () =>
        writeRun(this.run, sheets, store, { ...write, ...(withDates ? { dates: withDates, ...(scope ? { dateScope: scope } : {}) } : {}) }, (plan, error) => this.undo(plan, error)),
      );
    try {
      try {
        await attempt(dates);
      } catch (error) {
        // Formats longer than assumed made Excel refuse a response, and the write was undone:
        // look for dates on their own (sized again as needed), then write without them.
        if (dates === undefined || !(error instanceof OfficeRequestError) || error.code !== 'ResponsePayloadSizeLimitExceeded' || error.restored !== true) throw error;
        // The refused size is not tried again; the workbook is as it was whatever happens here.
        const found = await this.guard(true, () => findDates(this.run, dates, this.budget, scope, 2 * FORMAT_CELL_BYTES));
        if (found.length > 0) throw new DatesFoundError(found);
        await attempt(undefined);
      }
    } finally {
      this.writing = false;
    }
  }

  /** Newer calls the plans could use (a line chart's axis crossing, ExcelApi 1.8), asked only then. */
  private featuresFor(sheets: readonly SheetPlan[]): HostFeatures {
    const wanted = this.supported && sheets.some((p) => p.chart?.kind === 'line');
    return { axisPosition: wanted && (this.isSetSupported?.('ExcelApi', '1.8') ?? true) };
  }

  /** Whether an earlier failed run still has leftovers to remove (they go before the next call). */
  get hasPendingRollback(): boolean {
    return this.pending !== null;
  }

  private async guard<T>(restored: boolean | null, work: () => Promise<T>): Promise<T> {
    if (!this.supported) throw new UnsupportedHostError(REQUIRED_SET.name, REQUIRED_SET.version);
    try {
      await this.finishPendingRollback();
      return await work();
    } catch (error) {
      throw toHostError(error, restored);
    }
  }

  private async finishPendingRollback(): Promise<void> {
    if (this.pending === null) return;
    try {
      await rollback(this.run, this.pending);
      this.pending = null;
    } catch (error) {
      throw toHostError(error, false);
    }
  }

  private async undo(plan: RollbackPlan, error: unknown): Promise<never> {
    let complete: boolean;
    try {
      complete = await rollback(this.run, plan);
    } catch (undoError) {
      this.pending = plan;
      // Dates found are no failure of Excel's and say nothing of leftovers: report the failed undo.
      throw toHostError(error instanceof DatesFoundError ? undoError : error, false);
    }
    throw toHostError(error, complete);
  }
}
