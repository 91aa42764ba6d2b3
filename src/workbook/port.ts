// What a run needs from a workbook, whatever holds it: Excel through Office.js, or an .xlsx file.
import type { Table } from '../engine/types';
import type { SheetPlan } from './sheetPlan';
import type { Store } from './store';

/**
 * The workbook's sheets as a read saw them, for a write that follows at once so that it need not
 * look again. Plain data: every sheet (very hidden ones too) in workbook order, and the active one.
 */
export interface SheetsSeen {
  sheets: { id: string; name: string; visibility: string }[];
  activeId: string;
}

/** A number that a late look at number formats found shown as a date or time: an input error. */
export interface DateCell {
  /** Index of the range among those read. */
  table: number;
  /** Row and column within the range's values, 0-based. */
  row: number;
  column: number;
  date: Date;
}

/**
 * Numbers a read left unchecked for date formats (Office, when formats would have doubled a big
 * read): opaque to callers, who hand it to `findDates` or to `writeRun` of the same port.
 */
export interface UncheckedDates {
  readonly unchecked: true;
}

/**
 * Where a date changes a run's result in one range read: the columns the run reads (every row),
 * and its header row: every cell of it, or with `names`, those cells only whose date would read
 * as one of these header keys (a date header elsewhere changes no column read, and headers are
 * shown only in errors). Rows are 0-based within the range's values.
 */
export interface DateScope {
  headerRow: number;
  columns: readonly number[];
  names?: readonly string[];
}

/** Everything a run reads, as `readInputs` gives it. */
export interface RunInputs {
  /** One per address, in order; null where the address names a sheet the workbook does not have. */
  tables: (Table | null)[];
  /** As `readStore` gives it. */
  store: Store | null;
  /** As `listSheets` gives them. */
  sheets: string[];
  /** Hand it to `writeRun` of the same port; left out by adapters that do not need it. */
  seen?: SheetsSeen;
  /**
   * Present when numbers in `tables` may still be dates: until `findDates` (or a `writeRun`
   * given it) has looked, the tables are not final.
   */
  dates?: UncheckedDates;
}

export interface WriteOptions {
  /** Overwrite existing sheets of the same names. */
  replace: boolean;
  /** What this port's `readInputs` saw just before; the write then skips its own look. */
  seen?: SheetsSeen;
  /**
   * Numbers `readInputs` left unchecked: the write looks at their formats before it puts any
   * sheet in place, and when some are dates it writes nothing and throws DatesFoundError.
   */
  dates?: UncheckedDates;
  /** Where among `dates` a date matters, by range; everywhere when left out. */
  dateScope?: readonly DateScope[];
}

export interface WorkbookPort {
  /**
   * Names of the visible and hidden worksheets, in workbook order. Very hidden sheets, the store
   * sheet (`_standings_store`) among them, are left out: a user never sees or picks them.
   */
  listSheets(): Promise<string[]>;
  /**
   * Values of each range (`Sheet!A1:F30`), as Range.values gives them, except that a number shown
   * as a date or time is a Date (as exceljs gives it); formulas read as their results.
   */
  readRanges(addresses: readonly string[]): Promise<Table[]>;
  /** The store of spec 4.2, or null when the workbook has none. Throws StoreError when unreadable. */
  readStore(): Promise<Store | null>;
  /**
   * The sheet list, the ranges and the store together: what `listSheets`, `readRanges` and
   * `readStore` give, in as few requests as the host allows (one for a run that fits one request
   * in Excel). A range on a missing sheet is null instead of an error. Throws StoreError when the
   * store is unreadable. Optional so that wrappers may leave it out; both adapters implement it.
   */
  readInputs?(addresses: readonly string[]): Promise<RunInputs>;
  /**
   * The cells of `dates` (from `readInputs`) shown as dates or times, within `scope` when given;
   * present when `readInputs` may leave any.
   */
  findDates?(dates: UncheckedDates, scope?: readonly DateScope[]): Promise<DateCell[]>;
  /**
   * Writes the result sheets and the updated store in one go. Refuses (SheetExistsError) when a
   * sheet exists and `replace` is false. On failure nothing the call created is left behind.
   */
  writeRun(sheets: readonly SheetPlan[], store: Store, options: WriteOptions): Promise<void>;
}
