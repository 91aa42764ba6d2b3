// Sheet names in workbook order, in one sync.
import { userSheetNames } from '../sheetList';
import type { XlRun } from './excelApi';

/** The sheets a user sees (see userSheetNames), or every sheet with `all`. */
export async function listSheetNames(run: XlRun, all: boolean): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    return all ? sheets.items.map((s) => s.name) : userSheetNames(sheets.items);
  });
}
