// Selection events of the fake Excel (`worksheets.onSelectionChanged`, ExcelApi 1.9), faithful
// to what bites in real add-ins: `add` is a queued command that takes effect at `sync()`; a
// handler stays registered after its `Excel.run` ends; Excel calls handlers asynchronously,
// after the selection changed, with the sheet's id and the address without the sheet name.
// The registry hangs off the workbook, so every request context sees the same handlers.
import { formatCells, parseCells, splitSheet } from './a1';
import type { Batch } from './clientObject';
import type { FakeBook } from './fakeBook';
import type { FakeExcel } from './fakeExcel';
import { officeError } from './fakeErrors';

export interface FakeSelectionChangedArgs {
  type: 'WorksheetSelectionChanged';
  /** `B7` or `B7:D9`: the selected cells of the sheet, without its name. */
  address: string;
  worksheetId: string;
}

export type FakeSelectionHandler = (args: FakeSelectionChangedArgs) => Promise<unknown>;

const registries = new WeakMap<FakeBook, Set<FakeSelectionHandler>>();

function handlersOf(book: FakeBook): Set<FakeSelectionHandler> {
  let set = registries.get(book);
  if (!set) {
    set = new Set();
    registries.set(book, set);
  }
  return set;
}

/** `OfficeExtension.EventHandlers` of `WorksheetCollection.onSelectionChanged`. */
export class FakeSelectionEvents {
  constructor(private readonly batch: Batch) {}

  add(handler: FakeSelectionHandler): { remove(): void } {
    this.batch.enqueue({ call: 'WorksheetCollection.onSelectionChanged.add' }, () => handlersOf(this.batch.book).add(handler));
    return { remove: () => this.remove(handler) };
  }

  remove(handler: FakeSelectionHandler): void {
    this.batch.enqueue({ call: 'WorksheetCollection.onSelectionChanged.remove' }, () => handlersOf(this.batch.book).delete(handler));
  }
}

/** How many selection handlers the workbook has registered. */
export function selectionHandlerCount(fake: FakeExcel): number {
  return handlersOf(fake.book).size;
}

/**
 * The user selects cells in the grid (`结果!B7` or `结果!B7:D9`): the sheet becomes active and,
 * once the selection has changed, Excel calls every registered handler. Settles when they have.
 */
export async function userSelects(fake: FakeExcel, address: string): Promise<void> {
  const { sheet: name, cells } = splitSheet(address);
  const rect = parseCells(cells);
  const sheet = name === null ? undefined : fake.book.byName(name);
  if (!sheet || !rect) throw new TypeError(`fake: bad selection ${address}`);
  if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'select');
  fake.book.activate(sheet);
  const args: FakeSelectionChangedArgs = { type: 'WorksheetSelectionChanged', address: formatCells(rect), worksheetId: sheet.id };
  // Handlers run after the change, never inside the user's action.
  await Promise.resolve();
  await Promise.all([...handlersOf(fake.book)].map((handler) => handler(args)));
}
