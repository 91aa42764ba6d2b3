// Reads input ranges: `values` and `numberFormat` (dates, see dateCells.ts), every range of a
// request loaded before one sync. Only a range too big for one request is read in row blocks, one
// sync each (the bounded loop).
import { formatRange, type RangeRef } from '../../engine/address';
import type { Table } from '../../engine/types';
import { SheetNotFoundError } from '../errors';
import { INPUT_CELL_BYTES } from './budget';
import { withDates } from './dateCells';
import { officeFacts } from './errors';
import type { XlContext, XlRange, XlRun, XlWorksheet } from './excelApi';
import { listSheetNames } from './listSheets';
import { parseInputRange, planReads, type ReadBlock } from './readPlan';

/** Doubling the per-cell estimate this many times covers cells up to 32× the assumed size. */
const RETRIES = 5;

export type InputRef = RangeRef & { sheet: string };

/**
 * Runs `read` with an assumed size per cell, asking again with twice the size when Excel refuses
 * the response as too large (cells larger than assumed).
 */
export async function withCellSizeRetries<T>(read: (cellBytes: number) => Promise<T>): Promise<T> {
  let cellBytes = INPUT_CELL_BYTES;
  for (let attempt = 0; ; attempt++) {
    try {
      return await read(cellBytes);
    } catch (error) {
      if (officeFacts(error)?.code === 'ResponsePayloadSizeLimitExceeded' && attempt < RETRIES) {
        cellBytes *= 2;
        continue;
      }
      throw error;
    }
  }
}

/**
 * Queues the loads of one request's blocks; the returned function, called after the sync, appends
 * each block's rows to its range in `rows`, leaving out blocks on sheets `skip` names.
 */
export function queueBlocks(
  request: readonly ReadBlock[],
  sheet: (name: string) => XlWorksheet,
  rows: unknown[][][],
): (skip?: (sheet: string) => boolean) => void {
  const loaded: { block: ReadBlock; cells: XlRange }[] = request.map((block) => {
    const cells = sheet(block.sheet).getRange(block.cells);
    cells.load('values,numberFormat');
    return { block, cells };
  });
  return (skip) => {
    for (const { block, cells } of loaded) {
      if (skip?.(block.sheet) === true) continue;
      rows[block.range].push(...withDates(cells.values, cells.numberFormat));
    }
  };
}

/** The tables, once every block is in: the sheet as Excel spells it (names match ignoring case). */
export function toTables(refs: readonly InputRef[], rows: readonly unknown[][][], spelling: (sheet: string) => string): Table[] {
  return refs.map((ref, i) => ({ sheet: spelling(ref.sheet), address: formatRange({ ...ref, sheet: null }), values: rows[i] }));
}

export async function readRanges(run: XlRun, addresses: readonly string[], budget: number): Promise<Table[]> {
  const refs = addresses.map(parseInputRange);
  try {
    return await withCellSizeRetries(async (cellBytes) => {
      const { rows, names } = await run((context) => readBlocks(context, planReads(refs, budget, cellBytes), refs.length));
      return toTables(refs, rows, (sheet) => names.get(sheet) ?? sheet);
    });
  } catch (error) {
    if (officeFacts(error)?.code === 'ItemNotFound') await throwIfSheetMissing(run, refs.map((r) => r.sheet));
    throw error;
  }
}

async function readBlocks(
  context: XlContext,
  requests: ReturnType<typeof planReads>,
  count: number,
): Promise<{ rows: unknown[][][]; names: Map<string, string> }> {
  const rows: unknown[][][] = Array.from({ length: count }, () => []);
  const sheets = new Map<string, XlWorksheet>();
  const sheet = (name: string): XlWorksheet => {
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      ws.load('name');
      sheets.set(name, ws);
    }
    return ws;
  };
  for (const request of requests) {
    const collect = queueBlocks(request, sheet, rows);
    await context.sync();
    collect();
  }
  return { rows, names: new Map([...sheets].map(([asked, ws]) => [asked, ws.name])) };
}

/** Turns Excel's ItemNotFound into the sheet the caller named wrongly, when that is the cause. */
async function throwIfSheetMissing(run: XlRun, wanted: readonly string[]): Promise<void> {
  const present = new Set((await listSheetNames(run, true)).map((n) => n.toLowerCase()));
  const missing = wanted.find((name) => !present.has(name.toLowerCase()));
  if (missing !== undefined) throw new SheetNotFoundError(missing);
}
