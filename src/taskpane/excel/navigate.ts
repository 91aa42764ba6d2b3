// Taking the user to a cell named by an issue, or to the result sheet.
import { formatRange, parseRange } from '../../engine/index';
import type { ExcelRun } from './excelRun';

/** Activates the cell's sheet and selects the cell (`完成情况!C7`); false when the address is unusable. */
export async function goToCell(run: ExcelRun, address: string): Promise<boolean> {
  const ref = parseRange(address);
  if (!ref?.sheet) return false;
  const sheetName = ref.sheet;
  const cells = formatRange({ ...ref, sheet: null });
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cells).select();
    await context.sync();
  });
  return true;
}

export async function activateSheet(run: ExcelRun, name: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}
