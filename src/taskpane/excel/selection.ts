// The address of the user's selection, for "use selection".
import type { ExcelRun } from './excelRun';

/** `Sheet1!A1:F20`, as Excel writes it (sheet names quoted where needed). */
export async function selectedAddress(run: ExcelRun): Promise<string> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return range.address;
  });
}
