// What a run needs from a workbook, whatever holds it: Excel through Office.js, or an .xlsx file.
import type { Table } from '../engine/types';
import type { SheetPlan } from './sheetPlan';
import type { Store } from './store';

export interface WorkbookPort {
  /** Names of the visible and hidden worksheets, in workbook order. */
  listSheets(): Promise<string[]>;
  /** Values of each range (`Sheet!A1:F30`), as Range.values gives them; formulas read as their results. */
  readRanges(addresses: readonly string[]): Promise<Table[]>;
  /** The store of spec 4.2, or null when the workbook has none. Throws StoreError when unreadable. */
  readStore(): Promise<Store | null>;
  /**
   * Writes the result sheets and the updated store in one go. Refuses (SheetExistsError) when a
   * sheet exists and `replace` is false. On failure nothing the call created is left behind.
   */
  writeRun(sheets: readonly SheetPlan[], store: Store, options: { replace: boolean }): Promise<void>;
}
