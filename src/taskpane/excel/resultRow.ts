// Which unit a selected row of a result sheet stands for. The result sheet (layout/resultSheet.ts)
// has its title lines, a header row, then one row per unit with the unit's name in column B
// (rank, unit, ...). The row's unit cell and the header above it are read in one sync; the rule
// set and period come from the stored run that wrote a sheet of that name (store.ts).
import { LABELS } from '../../workbook/layout/labels';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../workbook/layout/resultSheet';
import { resultSheetName } from '../../workbook/layout/sheetName';
import type { Store, StoredRun } from '../../workbook/store';
import type { SelectionArgs, SelRun } from './selectionEvents';

/** The unit column of the result sheet: the second one, after the rank. */
export const UNIT_COLUMN = 'B';

/** 1-based row of the first cell of a selection (`B7`, `B7:D9`, `7:7`, `Sheet1!B7`, `B7:C8, E2`); null for whole columns or nonsense. */
export function selectionRow(address: string): number | null {
  const bang = address.lastIndexOf('!');
  const cells = (bang >= 0 ? address.slice(bang + 1) : address).split(',')[0]?.trim() ?? '';
  const first = cells.split(':')[0] ?? '';
  const match = /^\$?[A-Za-z]{0,3}\$?(\d{1,7})$/.exec(first);
  if (!match) return null;
  const row = Number(match[1]);
  return row >= 1 ? row : null;
}

/** The unit named by a row's unit cell under a result sheet's header; null when it is not one. */
export function unitOfRow(header: unknown, cell: unknown): string | null {
  const unitHeaders = Object.values(LABELS).map((words) => words.unit);
  if (typeof header !== 'string' || !unitHeaders.includes(header.trim())) return null;
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  return typeof cell === 'string' && cell.trim() !== '' ? cell : null;
}

export interface SelectedUnit {
  sheet: string;
  unit: string;
}

/**
 * The unit of the selected row when the selection is below the header of a sheet laid out as a
 * result sheet; null otherwise. One sync, and none for rows above the units.
 */
export async function readSelectedUnit(run: SelRun, args: SelectionArgs): Promise<SelectedUnit | null> {
  const row = selectionRow(args.address);
  if (row === null || row < FIRST_DATA_ROW + 1) return null;
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(args.worksheetId);
    sheet.load('name');
    const header = sheet.getRange(`${UNIT_COLUMN}${HEADER_ROW + 1}`);
    header.load('values');
    const cell = sheet.getRange(`${UNIT_COLUMN}${row}`);
    cell.load('values');
    await context.sync();
    const unit = unitOfRow(header.values[0]?.[0], cell.values[0]?.[0]);
    return unit === null ? null : { sheet: sheet.name, unit };
  });
}

/** The latest stored run that wrote a result sheet of this name (Excel ignores case in names). */
export function runForSheet(store: Store | null, sheet: string): StoredRun | null {
  const name = sheet.toLowerCase();
  let latest: StoredRun | null = null;
  for (const run of store?.runs ?? []) {
    if (resultSheetName(run.ruleSet, run.period.label).toLowerCase() !== name) continue;
    if (latest === null || Date.parse(run.time) >= Date.parse(latest.time)) latest = run;
  }
  return latest;
}

/** What an explanation of a result sheet's unit needs: the run that wrote it and its rule set. */
export type SheetTarget =
  | { status: 'ok'; sheet: string; run: StoredRun; ruleSet: unknown }
  /** The workbook keeps only the rule set last used, and a later run used another one. */
  | { status: 'ruleSetGone'; sheet: string; run: StoredRun; storedRuleSet: string | null };

/** Null when no stored run wrote this sheet (a sheet of the user's, or renamed). */
export function sheetTarget(store: Store | null, sheet: string): SheetTarget | null {
  const run = runForSheet(store, sheet);
  if (run === null || store === null) return null;
  const stored = store.ruleSet;
  const storedName = typeof stored === 'object' && stored !== null && 'name' in stored && typeof stored.name === 'string' ? stored.name : null;
  return storedName === run.ruleSet ? { status: 'ok', sheet, run, ruleSet: stored } : { status: 'ruleSetGone', sheet, run, storedRuleSet: storedName };
}
