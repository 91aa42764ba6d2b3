// Writes a run: the new sheets under temporary names in as few requests as fit (one for a normal
// run), swapped in by renaming at the end of the last one, which also deletes the sheets they
// replaced. It needs one look at the workbook first: a sync of its own, or none when the caller
// hands over what its read saw (readInputs.ts). Number formats a big read left unchecked are
// loaded with the requests before the swap (lateDates.ts). Any failure runs the rollback.
import { DatesFoundError, SheetExistsError } from '../errors';
import type { DateScope, SheetsSeen } from '../port';
import type { SheetPlan } from '../sheetPlan';
import type { Store } from '../store';
import { encodeStore, STORE_SHEET } from '../storeCodec';
import { OP_OVERHEAD } from './budget';
import { InvalidPlanError } from './errors';
import type { XlRun } from './excelApi';
import { FORMAT_CELL_BYTES, loadAll, planFormatLoads, queueFormatLoads, sheetsOf, type FormatLoad, type OfficeUncheckedDates } from './lateDates';
import { pack } from './pack';
import type { RollbackPlan } from './rollback';
import { queueSheetsSeen } from './sheetsSeen';
import { addSheetOp, ALL_FEATURES, sheetOps, storeOps, type BatchScope, type HostFeatures, type WriteOp } from './writeOps';

async function inspect(run: XlRun): Promise<SheetsSeen> {
  return run(async (context) => {
    const seen = queueSheetsSeen(context);
    await context.sync();
    return seen();
  });
}

/** `prefix1`, `prefix2`, … not yet taken (Excel compares sheet names ignoring case). */
function freshNames(prefix: string, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const name = `${prefix}${n}`;
    if (taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

function checkPlan(plans: readonly SheetPlan[]): void {
  const seen = new Set<string>();
  const bad = plans.map((p) => p.name).filter((name) => {
    const key = name.toLowerCase();
    const clash = seen.has(key) || key === STORE_SHEET.toLowerCase();
    seen.add(key);
    return clash;
  });
  if (bad.length > 0) throw new InvalidPlanError(bad);
}

export interface WritePlan {
  batches: WriteOp[][];
  rollback: RollbackPlan;
}

/** Everything to queue, worked out from one look at the workbook. */
export function planWrite(
  plans: readonly SheetPlan[],
  store: Store,
  replace: boolean,
  seen: SheetsSeen,
  budget: number,
  features: HostFeatures = ALL_FEATURES,
): WritePlan {
  checkPlan(plans);
  const byName = new Map(seen.sheets.map((s) => [s.name.toLowerCase(), s]));
  const existing = plans.filter((p) => byName.has(p.name.toLowerCase())).map((p) => p.name);
  if (existing.length > 0 && !replace) throw new SheetExistsError(existing);

  const finals = [...plans.map((p) => p.name), STORE_SHEET];
  const taken = new Set(byName.keys());
  const temps = freshNames('~standings-new-', finals.length, taken);
  const old = finals.map((name) => byName.get(name.toLowerCase()) ?? null);
  const backupNames = freshNames('~standings-old-', old.filter((s) => s !== null).length, taken);

  const ops: WriteOp[] = [];
  plans.forEach((plan, i) => {
    ops.push(addSheetOp(temps[i], 'Hidden'), ...sheetOps(plan, temps[i], features));
  });
  const storeTemp = temps[plans.length];
  ops.push(addSheetOp(storeTemp, 'VeryHidden'), ...storeOps(storeTemp, encodeStore(store)));

  const moves = old
    .flatMap((sheet, i) => (sheet ? [{ temp: temps[i], position: seen.sheets.indexOf(sheet) }] : []))
    .sort((a, b) => a.position - b.position);
  // The swap: old sheets step aside under backup names, new ones take the final names, and then
  // the old ones go. The deletes come last: a failure before them leaves every old sheet for the
  // rollback to restore; one after a delete leaves the new sheet in its place (see rollback.ts).
  const swap: WriteOp = {
    bytes: OP_OVERHEAD * (finals.length * 3 + 1),
    queue: (scope) => {
      const worksheets = scope.context.workbook.worksheets;
      let b = 0;
      for (const sheet of old) if (sheet) worksheets.getItem(sheet.id).name = backupNames[b++]!;
      finals.forEach((name, i) => {
        const ws = scope.sheet(temps[i]);
        ws.name = name;
        if (i < plans.length) ws.visibility = 'Visible';
      });
      // A replacement takes its old sheet's place; each move shifts the later old sheets by one.
      moves.forEach(({ temp, position }, k) => (scope.sheet(temp).position = position + k));
      if (plans.length > 0) scope.sheet(temps[0]).activate();
      for (const sheet of old) if (sheet) worksheets.getItem(sheet.id).delete();
    },
  };
  ops.push(swap);

  return {
    batches: pack(ops, budget),
    rollback: {
      before: seen.sheets,
      activeId: seen.activeId,
      created: new Set([...temps, ...finals].map((n) => n.toLowerCase())),
      replaced: new Map(finals.flatMap((name, i) => (old[i] ? [[name.toLowerCase(), old[i].id] as const] : []))),
    },
  };
}

/** One request of the write: commands, and formats of unchecked input numbers to load with them. */
interface Step {
  ops: readonly WriteOp[];
  loads: readonly FormatLoad[];
}

/**
 * The batches with the format loads riding along, one request of loads on each batch but the
 * last (which puts the sheets in place, so every load must come back before it); loads left
 * over go in requests of their own just before it.
 */
export function withFormatLoads(batches: readonly WriteOp[][], loads: readonly FormatLoad[][]): Step[] {
  const steps: Step[] = batches.map((ops, i) => ({ ops, loads: i < batches.length - 1 ? (loads[i] ?? []) : [] }));
  const extra = loads.slice(Math.max(0, batches.length - 1)).map((request) => ({ ops: [], loads: request }));
  steps.splice(Math.max(0, steps.length - 1), 0, ...extra);
  return steps;
}

/**
 * Queues the steps, one sync each; calculation is suspended for each (it resumes at the sync).
 * Dates among the loaded formats stop the write before its last step: the formats still unread
 * are loaded so that every date is named, and DatesFoundError goes to the rollback.
 */
async function execute(run: XlRun, steps: readonly Step[], dates: OfficeUncheckedDates | null): Promise<void> {
  await run(async (context) => {
    for (const [i, { ops: batch, loads }] of steps.entries()) {
      const scope: BatchScope = { context, sheet: sheetsOf(context) };
      context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const op of batch) op.queue(scope);
      const collect = dates === null ? null : queueFormatLoads(dates, loads, (name) => scope.sheet(name));
      await context.sync();
      const found = collect?.() ?? [];
      if (found.length > 0 && dates !== null) {
        const rest = steps.slice(i + 1).map((step) => step.loads).filter((l) => l.length > 0);
        throw new DatesFoundError([...found, ...(await loadAll(context, dates, rest))]);
      }
    }
  });
}

/**
 * Runs the write; on failure calls `recover` with what undoing needs. Errors before anything was
 * queued for writing (the look, a refused name) need no undoing. `seen`, when given, is what a
 * read in the same run saw just before; Excel itself still refuses a name taken since (the
 * rename fails and the rollback runs), so a stale look cannot overwrite a sheet.
 */
export async function writeRun(
  run: XlRun,
  plans: readonly SheetPlan[],
  store: Store,
  options: { replace: boolean; budget: number; seen?: SheetsSeen; features?: HostFeatures; dates?: OfficeUncheckedDates; dateScope?: readonly DateScope[] },
  recover: (plan: RollbackPlan, error: unknown) => Promise<never>,
): Promise<void> {
  const plan = planWrite(plans, store, options.replace, options.seen ?? (await inspect(run)), options.budget, options.features);
  const dates = options.dates ?? null;
  const loads = dates === null ? [] : planFormatLoads(dates, options.budget, FORMAT_CELL_BYTES, options.dateScope);
  try {
    await execute(run, withFormatLoads(plan.batches, loads), dates);
  } catch (error) {
    await recover(plan.rollback, error);
  }
}
