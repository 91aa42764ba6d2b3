// Test-only entry bundled ahead of the pane: installs helper B's fake Excel, loaded with the
// book the test put on `globalThis.__standingsBook`, as the `Excel` and `Office` globals that
// office.js would provide. Never part of a production build. No DOM types: compiled by both
// the root and the pane's tsconfig.
import { userSelects } from '../fakes/fakeEvents';
import { createFakeExcel } from '../fakes/fakeExcel';
import type { HarnessBook } from './harnessBook';

type Batch = (context: unknown) => Promise<unknown>;
interface SelectableWorkbook {
  getSelectedRange?: () => unknown;
}

const g = globalThis as unknown as Record<string, unknown>;
const book = g.__standingsBook as HarnessBook;
const fake = createFakeExcel(book.sheets);
for (const [name, visibility] of Object.entries(book.hidden)) {
  const sheet = fake.book.byName(name);
  if (sheet) fake.book.setVisibility(sheet, visibility);
}

let selection = '';

/**
 * The selection the test set with `__standings.select`, as `workbook.getSelectedRange()` gives
 * it: the address is there after load + sync. Installed over whatever the fake offers, so the
 * test alone decides what is selected.
 */
function withSelection(context: { workbook: SelectableWorkbook }): unknown {
  context.workbook.getSelectedRange = () => {
    const range = { address: '', load: () => { range.address = selection; return range; } };
    return range;
  };
  return context;
}

const run = <T>(batch: Batch): Promise<T> => fake.run((context) => batch(withSelection(context as unknown as { workbook: SelectableWorkbook }))) as Promise<T>;

g.Excel = { run };
g.Office = {
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  context: { displayLanguage: book.displayLanguage, officeTheme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#ffffff', controlForegroundColor: '#242424' } },
};
// What the test drives and inspects from outside the page.
g.__standings = {
  select: (address: string) => { selection = address; },
  // A user's click in the grid: the selection, and the selection events Excel fires for it.
  userSelect: (address: string) => { selection = address; return userSelects(fake, address); },
  snapshot: () => fake.snapshot(),
  sheetNames: () => fake.sheetNames(),
};
