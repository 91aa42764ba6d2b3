// Everything a run reads, in one request when it fits: the sheets (names, ids, visibility, the
// active one, which the write reuses instead of looking again), the input ranges with their
// number formats, and the store. Ranges are reached through `getItemOrNullObject`, so a range on
// a missing sheet makes no error: Excel skips commands on a null object. Only input too big for
// one request takes more syncs: the rest of its row blocks, then the rest of a big store. Input
// that would not fit one request with its formats is read without them, and its numbers are
// checked for dates later (lateDates.ts): that halves the bytes the reads bring back.
import type { SheetsSeen, RunInputs } from '../port';
import { userSheetNames } from '../sheetList';
import type { XlContext, XlRun, XlWorksheet } from './excelApi';
import { nothingRead, parseInputRange, planNext, type CellSizes, type ReadSoFar } from './readPlan';
import { OfficeUncheckedDates } from './lateDates';
import { queueBlocks, toTables, VALUES_ONLY, withCellSizeRetries, WITH_FORMATS, type InputRef } from './readRanges';
import { TYPICAL_CELL_BYTES } from './budget';
import { queueStoreRead, storeFrom, STORE_ROW_BYTES, storeRowsPerRequest } from './readStore';
import { queueSheetsSeen } from './sheetsSeen';

/** Bytes assumed for the sheet list in the response (names, ids, visibility of ~300 sheets). */
export const LOOK_BYTES = 64_000;

interface Raw {
  rows: unknown[][][];
  /** Lower-cased sheet name asked for → the name as Excel spells it; missing sheets are absent. */
  present: Map<string, string>;
  storeValues: unknown[][] | null;
  seen: SheetsSeen;
}

/** Whether the ranges, with their formats at the typical size, fit the first request. */
export function fitsWithFormats(refs: readonly InputRef[], budget: number): boolean {
  const cells = refs.reduce((sum, ref) => sum + (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1), 0);
  return cells * TYPICAL_CELL_BYTES <= budget - LOOK_BYTES;
}

export async function readInputs(run: XlRun, addresses: readonly string[], budget: number): Promise<RunInputs> {
  const refs = addresses.map(parseInputRange);
  const formats = fitsWithFormats(refs, budget);
  const raw = await withCellSizeRetries((sizes) => run((context) => readAll(context, refs, sizes, budget, formats)), formats ? WITH_FORMATS : VALUES_ONLY);
  const tables = toTables(refs, raw.rows, (sheet) => raw.present.get(sheet.toLowerCase()) ?? sheet);
  return {
    tables: tables.map((table, i) => (raw.present.has(refs[i].sheet.toLowerCase()) ? table : null)),
    store: storeFrom(raw.storeValues),
    sheets: userSheetNames(raw.seen.sheets),
    seen: raw.seen,
    ...(formats ? {} : { dates: new OfficeUncheckedDates(refs, raw.rows) }),
  };
}

async function readAll(context: XlContext, refs: readonly InputRef[], sizes: CellSizes, budget: number, formats: boolean): Promise<Raw> {
  const worksheets = context.workbook.worksheets;
  const readSeen = queueSheetsSeen(context);

  const inputSheets = new Map<string, XlWorksheet>();
  const sheet = (name: string): XlWorksheet => {
    const key = name.toLowerCase();
    let ws = inputSheets.get(key);
    if (!ws) {
      ws = worksheets.getItemOrNullObject(name);
      ws.load('name');
      inputSheets.set(key, ws);
    }
    return ws;
  };
  // Queue every sheet, so that one whose ranges come in a later request is known to exist too.
  for (const ref of refs) sheet(ref.sheet);
  const rows: unknown[][][] = refs.map(() => []);
  const read: ReadSoFar = nothingRead(refs);
  const first = planNext(refs, read, budget, sizes) ?? [];
  const collectFirst = queueBlocks(first, sheet, rows, read, formats);
  // The store's first rows, as many as the room left in this request holds.
  const room = budget - LOOK_BYTES - first.reduce((sum, block) => sum + block.estimate, 0);
  const windowRows = Math.max(0, Math.min(storeRowsPerRequest(budget), Math.floor(room / STORE_ROW_BYTES)));
  const finishStore = queueStoreRead(context, windowRows, budget);
  await context.sync();

  const missing = (name: string): boolean => inputSheets.get(name.toLowerCase())?.isNullObject !== false;
  collectFirst(missing);
  // Ranges on missing sheets are done; the rest in requests sized by the rows read so far.
  refs.forEach((ref, i) => {
    if (missing(ref.sheet)) read.done[i] = ref.bottom;
  });
  for (let request = planNext(refs, read, budget, sizes); request !== null; request = planNext(refs, read, budget, sizes)) {
    const collect = queueBlocks(request, sheet, rows, read, formats);
    await context.sync();
    collect();
  }
  sizes.measured = false;
  const storeValues = await finishStore();
  const present = new Map([...inputSheets].filter(([, ws]) => !ws.isNullObject).map(([key, ws]) => [key, ws.name]));
  const seen = readSeen();
  return { rows, present, storeValues, seen };
}
