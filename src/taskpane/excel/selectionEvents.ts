// Following the user's selection in the grid: `worksheets.onSelectionChanged` (ExcelApi 1.9, the
// manifest's minimum), registered once in one sync. Excel hands the handler the sheet's id and
// the selected cells, so reading the row afterwards takes one sync too (resultRow.ts).
// Plain structural types, as the Office adapter's excelApi.ts: the real `Excel.run` fits them
// (the explanation section assigns it) and so does the fake, so Node tests drive this code.

export interface SelectionArgs {
  /** `B7` or `B7:D9`; some hosts prefix the sheet (`Sheet1!B7`). */
  address: string;
  worksheetId: string;
}

export interface SelRange {
  values: unknown[][];
  load(props: string): unknown;
}

export interface SelWorksheet {
  readonly name: string;
  load(props: string): unknown;
  getRange(address: string): SelRange;
}

export interface SelContext {
  readonly workbook: {
    readonly worksheets: {
      getItem(key: string): SelWorksheet;
      readonly onSelectionChanged: { add(handler: (args: SelectionArgs) => Promise<unknown>): unknown };
    };
  };
  sync(): Promise<unknown>;
}

export type SelRun = <T>(batch: (context: SelContext) => Promise<T>) => Promise<T>;

export const SELECTION_API = { set: 'ExcelApi', version: '1.9' } as const;

/**
 * Calls `onChange` with the latest selection once the user has paused for `waitMs`: moving
 * through cells with the arrow keys reads the workbook once, at the end. False when the host
 * lacks the event (`isSetSupported` says no), and nothing is registered.
 */
export async function watchSelection(
  run: SelRun,
  onChange: (args: SelectionArgs) => void,
  options: { waitMs: number; isSetSupported?: (name: string, version: string) => boolean },
): Promise<boolean> {
  if (options.isSetSupported && !options.isSetSupported(SELECTION_API.set, SELECTION_API.version)) return false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const handler = (args: SelectionArgs): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    const latest = { address: args.address, worksheetId: args.worksheetId };
    timer = setTimeout(() => {
      timer = null;
      onChange(latest);
    }, options.waitMs);
    return Promise.resolve();
  };
  await run(async (context) => {
    context.workbook.worksheets.onSelectionChanged.add(handler);
    await context.sync();
  });
  return true;
}
