// Reads input ranges: `values` only, every range of a request loaded before one sync. Only a
// range too big for one request is read in row blocks, one sync each (the bounded loop).
import { formatRange } from '../../engine/address';
import type { Table } from '../../engine/types';
import { SheetNotFoundError } from '../errors';
import { AVG_CELL_BYTES } from './budget';
import { officeFacts } from './errors';
import type { XlContext, XlRange, XlRun, XlWorksheet } from './excelApi';
import { listSheetNames } from './listSheets';
import { parseInputRange, planReads } from './readPlan';

/** Doubling the per-cell estimate this many times covers cells up to 32× the assumed size. */
const RETRIES = 5;

export async function readRanges(run: XlRun, addresses: readonly string[], budget: number): Promise<Table[]> {
  const refs = addresses.map(parseInputRange);
  let cellBytes = AVG_CELL_BYTES;
  for (let attempt = 0; ; attempt++) {
    try {
      const { rows, names } = await run((context) => readBlocks(context, planReads(refs, budget, cellBytes), refs.length));
      // The sheet as Excel spells it (names match ignoring case), like the .xlsx adapter.
      return refs.map((ref, i) => ({ sheet: names.get(ref.sheet) ?? ref.sheet, address: formatRange({ ...ref, sheet: null }), values: rows[i] }));
    } catch (error) {
      // Cells larger than assumed: Excel refused the response, so ask for smaller blocks.
      if (officeFacts(error)?.code === 'ResponsePayloadSizeLimitExceeded' && attempt < RETRIES) {
        cellBytes *= 2;
        continue;
      }
      if (officeFacts(error)?.code === 'ItemNotFound') await throwIfSheetMissing(run, refs.map((r) => r.sheet));
      throw error;
    }
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
    const loaded: { range: number; cells: XlRange }[] = request.map((block) => {
      const cells = sheet(block.sheet).getRange(block.cells);
      cells.load('values');
      return { range: block.range, cells };
    });
    await context.sync();
    for (const { range, cells } of loaded) rows[range].push(...cells.values);
  }
  return { rows, names: new Map([...sheets].map(([asked, ws]) => [asked, ws.name])) };
}

/** Turns Excel's ItemNotFound into the sheet the caller named wrongly, when that is the cause. */
async function throwIfSheetMissing(run: XlRun, wanted: readonly string[]): Promise<void> {
  const present = new Set((await listSheetNames(run, true)).map((n) => n.toLowerCase()));
  const missing = wanted.find((name) => !present.has(name.toLowerCase()));
  if (missing !== undefined) throw new SheetNotFoundError(missing);
}
