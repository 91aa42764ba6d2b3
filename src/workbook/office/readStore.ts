// Reads the store sheet: one sync to learn whether it exists, one for its first rows and its
// size; more (one per block) only for a store too big for one request.
import { StoreError } from '../errors';
import type { Store } from '../store';
import { decodeStore, STORE_CHUNK, STORE_SHEET } from '../storeCodec';
import type { XlRange, XlRun } from './excelApi';

/** Worst case 4 bytes a character once Excel JSON-encodes a chunk of JSON (quotes escaped, CJK). */
export function storeRowsPerRequest(budget: number): number {
  return Math.max(1, Math.floor(budget / (STORE_CHUNK * 4)));
}

export async function readStore(run: XlRun, budget: number): Promise<Store | null> {
  const values = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    await context.sync();
    if (sheet.isNullObject) return null;
    const block = storeRowsPerRequest(budget);
    const used = sheet.getUsedRange(true);
    used.load('rowIndex,rowCount');
    let window: XlRange = sheet.getRange(`A1:A${block}`);
    window.load('values');
    await context.sync();
    const lastRow = used.rowIndex + used.rowCount;
    const rows: unknown[][] = [...window.values];
    for (let top = block + 1; top <= lastRow; top += block) {
      window = sheet.getRange(`A${top}:A${top + block - 1}`);
      window.load('values');
      await context.sync();
      rows.push(...window.values);
    }
    return rows.slice(0, lastRow);
  });
  if (values === null) return null;
  const { store, issues } = decodeStore(values);
  if (store === null) throw new StoreError(issues);
  return store;
}
