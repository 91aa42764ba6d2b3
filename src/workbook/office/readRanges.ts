// Reads input ranges: `values` and `numberFormat` (dates, see dateCells.ts), every range of a
// request loaded before one sync. Only a range too big for one request is read in row blocks, one
// sync each (the bounded loop), each request sized by the rows read before it (readPlan.ts).
import { formatRange, type RangeRef } from '../../engine/address';
import type { Table } from '../../engine/types';
import { SheetNotFoundError } from '../errors';
import { AVG_CELL_BYTES, INPUT_CELL_BYTES, jsonBytes, TYPICAL_CELL_BYTES, TYPICAL_VALUE_BYTES } from './budget';
import { withDates } from './dateCells';
import { officeFacts } from './errors';
import type { XlContext, XlRange, XlRun, XlWorksheet } from './excelApi';
import { listSheetNames } from './listSheets';
import { nothingRead, parseInputRange, planNext, type CellSizes, type ReadBlock, type ReadSoFar } from './readPlan';

/** After the typical guess, doubling the cautious estimate this many times covers cells up to 32× its size. */
const RETRIES = 6;

export type InputRef = RangeRef & { sheet: string };

/** What a cell is first assumed to weigh, and the cautious size after a refusal. */
export interface CellGuess {
  typical: number;
  cautious: number;
}

/** A cell read with its number format. */
export const WITH_FORMATS: CellGuess = { typical: TYPICAL_CELL_BYTES, cautious: INPUT_CELL_BYTES };
/** A cell read without it (the formats looked at later, lateDates.ts). */
export const VALUES_ONLY: CellGuess = { typical: TYPICAL_VALUE_BYTES, cautious: AVG_CELL_BYTES };

/**
 * Runs `read` with assumed sizes, asking again when Excel refuses a response as too large (cells
 * larger than assumed): when rows read sized the refused request, with requests sized by cells
 * only from then on; else with the cautious size a cell after the typical one, then twice the
 * size assumed.
 */
export async function withCellSizeRetries<T>(read: (sizes: CellSizes) => Promise<T>, guess: CellGuess = WITH_FORMATS): Promise<T> {
  const sizes: CellSizes = { cellBytes: guess.typical, byRows: true, measured: false };
  for (let attempt = 0; ; attempt++) {
    sizes.measured = false;
    try {
      return await read(sizes);
    } catch (error) {
      if (officeFacts(error)?.code === 'ResponsePayloadSizeLimitExceeded' && attempt < RETRIES) {
        if (sizes.measured) {
          // Rows read misled the size: from now on by cells, and never again by the typical guess.
          sizes.byRows = false;
          sizes.cellBytes = Math.max(sizes.cellBytes, guess.cautious);
        } else sizes.cellBytes = sizes.cellBytes < guess.cautious ? guess.cautious : sizes.cellBytes * 2;
        continue;
      }
      throw error;
    }
  }
}

/**
 * Queues the loads of one request's blocks, with their number formats unless `formats` is false;
 * the returned function, called after the sync, appends each block's rows to its range in `rows`
 * (numbers shown as dates turned into Dates when the formats came), leaving out blocks on sheets
 * `skip` names, and notes in `read` the rows done and the largest row's size.
 */
export function queueBlocks(
  request: readonly ReadBlock[],
  sheet: (name: string) => XlWorksheet,
  rows: unknown[][][],
  read: ReadSoFar,
  formats = true,
): (skip?: (sheet: string) => boolean) => void {
  const loaded: { block: ReadBlock; cells: XlRange }[] = request.map((block) => {
    const cells = sheet(block.sheet).getRange(block.cells);
    cells.load(formats ? 'values,numberFormat' : 'values');
    return { block, cells };
  });
  return (skip) => {
    for (const { block, cells } of loaded) {
      read.done[block.range] = Math.max(read.done[block.range], block.bottom);
      if (skip?.(block.sheet) === true) continue;
      const values = cells.values;
      const numberFormat = formats ? cells.numberFormat : null;
      let largest = read.largestRow[block.range];
      for (let i = block.top === read.top[block.range] ? 1 : 0; i < values.length; i++) {
        largest = Math.max(largest, jsonBytes(values[i]) + (numberFormat === null ? 0 : jsonBytes(numberFormat[i] ?? [])));
      }
      read.largestRow[block.range] = largest;
      rows[block.range].push(...(numberFormat === null ? values : withDates(values, numberFormat)));
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
    return await withCellSizeRetries(async (sizes) => {
      const { rows, names } = await run((context) => readBlocks(context, refs, budget, sizes));
      return toTables(refs, rows, (sheet) => names.get(sheet) ?? sheet);
    });
  } catch (error) {
    if (officeFacts(error)?.code === 'ItemNotFound') await throwIfSheetMissing(run, refs.map((r) => r.sheet));
    throw error;
  }
}

async function readBlocks(
  context: XlContext,
  refs: readonly InputRef[],
  budget: number,
  sizes: CellSizes,
): Promise<{ rows: unknown[][][]; names: Map<string, string> }> {
  const rows: unknown[][][] = refs.map(() => []);
  const read = nothingRead(refs);
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
  // One sync a request, each sized by the rows before it: a bounded loop, every row read once.
  for (let request = planNext(refs, read, budget, sizes); request !== null; request = planNext(refs, read, budget, sizes)) {
    const collect = queueBlocks(request, sheet, rows, read);
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
