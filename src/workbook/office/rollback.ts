// Puts the workbook back as a failed run found it, judging by what is there now rather than by
// which step failed, because Office may have applied part of a failed request.
import type { XlRun } from './excelApi';
import { queueSheetsSeen } from './sheetsSeen';

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
}

export interface RollbackPlan {
  before: SheetInfo[];
  activeId: string;
  /** Lower-cased names the run gives to sheets it creates (temporary and final). */
  created: ReadonlySet<string>;
  /** Lower-cased final name → id of the sheet it replaces. */
  replaced: ReadonlyMap<string, string>;
}

/**
 * Returns false when a new sheet had to stay because Excel had already deleted the sheet it
 * replaced (a clean-up request that failed after part of it ran): that sheet is then the new one.
 */
export async function rollback(run: XlRun, plan: RollbackPlan): Promise<boolean> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const readSeen = queueSheetsSeen(context);
    await context.sync();
    const { activeId } = readSeen();
    const before = new Map(plan.before.map((s) => [s.id, s]));
    const present = new Set(sheets.items.map((s) => s.id));
    let complete = true;
    // Only sheets that are new and carry one of our names: a sheet the user added meanwhile stays.
    for (const sheet of sheets.items) {
      const name = sheet.name.toLowerCase();
      if (before.has(sheet.id) || !plan.created.has(name)) continue;
      const oldId = plan.replaced.get(name);
      // Its old sheet is gone only if the clean-up had already deleted it: keep the new one then.
      if (oldId !== undefined && !present.has(oldId)) {
        complete = false;
        continue;
      }
      sheet.delete();
    }
    for (const sheet of sheets.items) {
      const old = before.get(sheet.id);
      if (!old) continue;
      if (sheet.name !== old.name) sheet.name = old.name;
      if (sheet.visibility !== old.visibility) sheet.visibility = old.visibility;
    }
    if (activeId !== plan.activeId && present.has(plan.activeId)) sheets.getItem(plan.activeId).activate();
    await context.sync();
    return complete;
  });
}
