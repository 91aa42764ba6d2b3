// The Office adapter: WorkbookPort over an injected `Excel.run`. Thin: each method hands off to
// one module; this class only keeps the one-run-at-a-time rule, the requirement check, and a
// rollback that could not finish (it is retried before the next call touches the workbook).
import type { Table } from '../../engine/types';
import type { RunInputs, WorkbookPort, WriteOptions } from '../port';
import type { SheetPlan } from '../sheetPlan';
import type { Store } from '../store';
import { REQUEST_BUDGET } from './budget';
import { RunInProgressError, toHostError, UnsupportedHostError } from './errors';
import type { XlRun } from './excelApi';
import { listSheetNames } from './listSheets';
import { readInputs } from './readInputs';
import { readRanges } from './readRanges';
import { readStore } from './readStore';
import { rollback, type RollbackPlan } from './rollback';
import { writeRun } from './writeRun';

/**
 * The requirement set the adapter needs: freeze panes and chart x-axis values are ExcelApi 1.7,
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
  private writing = false;
  private pending: RollbackPlan | null = null;

  constructor(options: OfficeWorkbookOptions) {
    this.run = options.run;
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.supported = options.isSetSupported?.(REQUIRED_SET.name, REQUIRED_SET.version) ?? true;
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

  async writeRun(sheets: readonly SheetPlan[], store: Store, options: WriteOptions): Promise<void> {
    if (this.writing) throw new RunInProgressError();
    this.writing = true;
    // A rollback still to finish changes the sheets, so what a read saw before it is out of date.
    const seen = this.pending === null ? options.seen : undefined;
    const write = { replace: options.replace, budget: this.budget, ...(seen ? { seen } : {}) };
    try {
      // Until the write queues anything the workbook is untouched, so `restored` is true.
      await this.guard(true, () => writeRun(this.run, sheets, store, write, (plan, error) => this.undo(plan, error)));
    } finally {
      this.writing = false;
    }
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
    } catch {
      this.pending = plan;
      throw toHostError(error, false);
    }
    throw toHostError(error, complete);
  }
}
