// Dates looked for after the read. A big input read with its number formats takes twice the
// bytes (a format such as "General" weighs about as much as a value), and Excel on the web caps
// each response; so a read too big for one request takes the values alone, and the formats of
// the cells that came back as numbers, where a date would change the result (DateScope), are
// loaded later: alongside the write's first requests, or alone (findDates) when nothing is to be
// written.
import { columnLetters } from '../../engine/address';
import { cellText, headerKey } from '../../engine/text';
import type { DateCell, DateScope, UncheckedDates } from '../port';
import { isDateFormat, serialToDate } from './dateCells';
import { officeFacts } from './errors';
import type { XlContext, XlRange, XlRun, XlWorksheet } from './excelApi';
import { pack } from './pack';
import type { InputRef } from './readRanges';

/**
 * Bytes a number format is assumed to take in a response: a little above `"General",` (10). A
 * request of formats averaging over 15 bytes passes the 5 MB Excel on the web refuses; the
 * formats are then asked again, by cells assumed twice as large each time (findDates).
 */
export const FORMAT_CELL_BYTES = 12;

/** Doubling the assumed size this many times covers formats of up to 255 characters. */
const RETRIES = 6;

/** What a values-only read leaves: the ranges and the rows they brought. */
export class OfficeUncheckedDates implements UncheckedDates {
  readonly unchecked = true;
  constructor(
    readonly refs: readonly InputRef[],
    /** Values of each range from its top row; a range on a missing sheet is empty. */
    readonly rows: readonly (readonly unknown[][])[],
  ) {}
}

/** The formats to load for one block of rows: only the columns between its first and last number. */
export interface FormatLoad {
  range: number;
  sheet: string;
  /** 0-based rows and columns within the range's values. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  bytes: number;
  /** Whether a date in this cell matters (the scope's); cells between those that do are loaded too. */
  within: (row: number, col: number, value: number) => boolean;
}

/**
 * Blocks of rows holding numbers within `scope` (everywhere without it), in requests of at most
 * `budget` bytes at `cellBytes` a cell.
 */
export function planFormatLoads(check: OfficeUncheckedDates, budget: number, cellBytes: number, scope?: readonly DateScope[]): FormatLoad[][] {
  const loads: FormatLoad[] = [];
  check.rows.forEach((rows, range) => {
    const sheet = check.refs[range].sheet;
    const within = scope?.[range];
    const read = within === undefined ? null : new Set(within.columns);
    const names = within?.names === undefined ? null : new Set(within.names);
    const matters = (r: number, c: number, value: number): boolean =>
      read === null || read.has(c) || (r === within?.headerRow && (names === null || names.has(headerKey(cellText(serialToDate(value))))));
    let block: FormatLoad | null = null;
    const close = (): void => {
      if (block !== null) loads.push(block);
      block = null;
    };
    rows.forEach((row, r) => {
      let first = -1;
      let last = -1;
      row.forEach((value, c) => {
        if (typeof value !== 'number' || !matters(r, c, value)) return;
        if (first < 0) first = c;
        last = c;
      });
      if (first < 0) return;
      const left = block === null ? first : Math.min(block.left, first);
      const right = block === null ? last : Math.max(block.right, last);
      const bytes = (r - (block?.top ?? r) + 1) * (right - left + 1) * cellBytes;
      if (block !== null && bytes <= budget) {
        block = { ...block, bottom: r, left, right, bytes };
        return;
      }
      close();
      block = { range, sheet, top: r, bottom: r, left: first, right: last, bytes: (last - first + 1) * cellBytes, within: matters };
    });
    close();
  });
  return pack(loads, budget);
}

function address(check: OfficeUncheckedDates, load: FormatLoad): string {
  const ref = check.refs[load.range];
  const col = (c: number): string => columnLetters(ref.left + c);
  return `${col(load.left)}${ref.top + load.top}:${col(load.right)}${ref.top + load.bottom}`;
}

/** Queues one request's loads; the returned function, after the sync, gives the dates found. */
export function queueFormatLoads(check: OfficeUncheckedDates, request: readonly FormatLoad[], sheet: (name: string) => XlWorksheet): () => DateCell[] {
  const loaded: { load: FormatLoad; cells: XlRange }[] = request.map((load) => {
    const cells = sheet(load.sheet).getRange(address(check, load));
    cells.load('numberFormat');
    return { load, cells };
  });
  return () => {
    const found: DateCell[] = [];
    for (const { load, cells } of loaded) {
      const formats = cells.numberFormat;
      const rows = check.rows[load.range];
      for (let r = load.top; r <= load.bottom; r++) {
        for (let c = load.left; c <= load.right; c++) {
          const value = rows[r]?.[c];
          const format = formats[r - load.top]?.[c - load.left];
          if (typeof value === 'number' && typeof format === 'string' && isDateFormat(format) && load.within(r, c, value)) {
            found.push({ table: load.range, row: r, column: c, date: serialToDate(value) });
          }
        }
      }
    }
    return found;
  };
}

/** Worksheets by name for one request context, each looked up once. */
export function sheetsOf(context: XlContext): (name: string) => XlWorksheet {
  const sheets = new Map<string, XlWorksheet>();
  return (name) => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
    }
    return ws;
  };
}

/** Loads the given requests in the context, a sync each, and gives every date found. */
export async function loadAll(context: XlContext, check: OfficeUncheckedDates, requests: readonly (readonly FormatLoad[])[]): Promise<DateCell[]> {
  const sheet = sheetsOf(context);
  const found: DateCell[] = [];
  for (const request of requests) {
    const collect = queueFormatLoads(check, request, sheet);
    await context.sync();
    found.push(...collect());
  }
  return found;
}

/**
 * Every date among the unchecked numbers (within `scope` when given), in syncs of their own, sized
 * by `firstCellBytes` a format. When Excel refuses a response as too large (formats longer than
 * assumed; reads change nothing), asks again by cells assumed twice as large.
 */
export async function findDates(run: XlRun, check: OfficeUncheckedDates, budget: number, scope?: readonly DateScope[], firstCellBytes = FORMAT_CELL_BYTES): Promise<DateCell[]> {
  for (let attempt = 0, cellBytes = firstCellBytes; ; attempt++, cellBytes *= 2) {
    try {
      return await run((context) => loadAll(context, check, planFormatLoads(check, budget, cellBytes, scope)));
    } catch (error) {
      if (officeFacts(error)?.code !== 'ResponsePayloadSizeLimitExceeded' || attempt >= RETRIES) throw error;
    }
  }
}
