// Reads the store sheet. Whether it exists, how many rows it uses and its first rows are all
// queued on one request, so a store that fits takes no sync of its own when read with the inputs
// (readInputs.ts) and one alone; only a store bigger than one request takes more, one per block.
import { StoreError } from '../errors';
import type { Store } from '../store';
import { decodeStore, STORE_CHUNK, STORE_SHEET } from '../storeCodec';
import type { XlContext, XlRun } from './excelApi';

/** Worst case 4 bytes a character once Excel JSON-encodes a chunk of JSON (quotes escaped, CJK). */
export const STORE_ROW_BYTES = STORE_CHUNK * 4;

export function storeRowsPerRequest(budget: number): number {
  return Math.max(1, Math.floor(budget / STORE_ROW_BYTES));
}

/**
 * Queues the look at the store with its first `windowRows` rows (none when 0). The returned
 * function, called after the sync, reads any rows past the window (a bounded loop, one sync a
 * block) and gives the sheet's values, or null when the workbook has no store.
 *
 * The store sheet may not exist: everything here is reached through `getItemOrNullObject`, and
 * Excel skips commands on a null object instead of failing the request. Nothing loaded from it is
 * read unless the sheet turned out to exist.
 */
export function queueStoreRead(context: XlContext, windowRows: number, budget: number): () => Promise<unknown[][] | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount');
  const window = windowRows > 0 ? sheet.getRange(`A1:A${windowRows}`) : null;
  window?.load('values');
  return async () => {
    if (sheet.isNullObject) return null;
    const lastRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    const rows: unknown[][] = window === null ? [] : [...window.values];
    const block = storeRowsPerRequest(budget);
    for (let top = rows.length + 1; top <= lastRow; top += block) {
      const next = sheet.getRange(`A${top}:A${top + block - 1}`);
      next.load('values');
      await context.sync();
      rows.push(...next.values);
    }
    return rows.slice(0, lastRow);
  };
}

/** The store in the sheet's values; null without a store sheet. */
export function storeFrom(values: readonly (readonly unknown[])[] | null): Store | null {
  if (values === null) return null;
  const { store, issues } = decodeStore(values);
  if (store === null) throw new StoreError(issues);
  return store;
}

export async function readStore(run: XlRun, budget: number): Promise<Store | null> {
  const values = await run(async (context) => {
    const finish = queueStoreRead(context, storeRowsPerRequest(budget), budget);
    await context.sync();
    return finish();
  });
  return storeFrom(values);
}
