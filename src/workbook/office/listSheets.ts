// Sheet names in workbook order, in one sync.
import type { XlRun } from './excelApi';

export async function listSheetNames(run: XlRun, includeVeryHidden: boolean): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    return sheets.items.filter((s) => includeVeryHidden || s.visibility !== 'VeryHidden').map((s) => s.name);
  });
}
