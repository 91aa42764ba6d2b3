// The sheets as a run sees them (names, ids, visibility, the active one): queued in whatever
// request is going anyway, read after its sync. Reading, writing and rolling back all need it.
import type { SheetsSeen } from '../port';
import type { XlContext } from './excelApi';

/** Queues the loads; call the returned function after the next `context.sync()`. */
export function queueSheetsSeen(context: XlContext): () => SheetsSeen {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/visibility');
  const active = worksheets.getActiveWorksheet();
  active.load('id');
  return () => ({
    sheets: worksheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility })),
    activeId: active.id,
  });
}
