// Benchmark 3: the Office adapter over the fake Excel API (tests/fakes), which counts syncs and
// the bytes of each request and response. A whole run (`runRanking` over `OfficeWorkbook`: read
// the inputs, evaluate, write the result and rules sheets and the store) against the naive way
// add-ins hang Excel: the same result sheet plan written one cell per request, a sync per cell.
import { OfficeWorkbook } from '../src/workbook/office/index';
import type { WriteOptions } from '../src/workbook/port';
import { runRanking } from '../src/workbook/run';
import type { PlanValue, SheetPlan } from '../src/workbook/sheetPlan';
import type { Store } from '../src/workbook/store';
import { colName } from '../tests/fakes/a1';
import { createFakeExcel, type FakeExcel, type SyncRecord } from '../tests/fakes/fakeExcel';
import { utf8Length } from '../tests/fakes/utf8';
import { fmtBytes } from './bytes';
import { INDICATORS, makeBook, type BenchBook } from './generate';

const INPUT_SHEET = '数据';
const NOW = new Date(Date.UTC(2026, 9, 8, 1, 30));

export interface OfficeRow {
  n: number;
  /** UTF-8 size of the JSON of the input range's values, what `Range.values` brings back. */
  inputBytes: number;
  syncs: number;
  readSyncs: number;
  largestRequest: number;
  largestResponse: number;
  /**
   * Bytes the reads brought back (values, with their number formats when they fit one request),
   * the number formats that came back with the write's requests (lateDates.ts), and what the
   * writes sent, summed.
   */
  readResponseBytes: number;
  lateFormatBytes: number;
  writeRequestBytes: number;
  /** Input cells read. */
  inputCells: number;
  failedSyncs: number;
  ms: number;
  /** Non-empty cells of the result sheet plan: the naive write's syncs. */
  naiveSyncs: number;
  naiveLargestRequest: number;
  /** Measured on the fake, or null when the counts come from arithmetic. */
  naiveMs: number | null;
  naiveMeasured: boolean;
}

/** OfficeWorkbook that keeps the plans it was asked to write, so the naive peer writes the same ones. */
class CapturingWorkbook extends OfficeWorkbook {
  plans: readonly SheetPlan[] = [];
  /** Syncs before the write began: the reads. */
  readSyncs = 0;

  constructor(private readonly fake: FakeExcel) {
    super({ run: fake.run });
  }

  override writeRun(sheets: readonly SheetPlan[], store: Store, options: WriteOptions): Promise<void> {
    this.plans = sheets;
    this.readSyncs = this.fake.syncs.length;
    return super.writeRun(sheets, store, options);
  }
}

function fakeWith(book: BenchBook): FakeExcel {
  return createFakeExcel({ [INPUT_SHEET]: [book.header, ...book.rows] });
}

async function adapterRun(book: BenchBook): Promise<{ syncs: SyncRecord[]; readSyncs: number; ms: number; plan: SheetPlan }> {
  const fake = fakeWith(book);
  const port = new CapturingWorkbook(fake);
  const ruleSet = { ...(book.ruleSet as object), sources: [`${INPUT_SHEET}!A1:${colName(2 * INDICATORS)}${book.n + 1}`] };
  const t = performance.now();
  const { result, sheetNames } = await runRanking(port, { ruleSet, period: '2026Q3', lang: 'zh-CN', replace: false, now: NOW });
  const ms = performance.now() - t;
  if (result.units.length !== book.n || sheetNames.length !== 2) throw new Error(`Office run failed: ${result.issues[0]?.message ?? 'nothing written'}`);
  const plan = port.plans[0];
  if (!plan) throw new Error('Office run wrote no plan');
  return { syncs: fake.syncs, readSyncs: port.readSyncs, ms, plan };
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

const cellsOf = (plan: SheetPlan): { r: number; c: number; v: PlanValue }[] =>
  plan.values.flatMap((row, r) => row.flatMap((v, c) => (v === null ? [] : [{ r, c, v }])));

/** Writes `cells` of `plan` the naive way on a fresh fake: `range.values = [[v]]` and a sync per cell. */
async function naiveWrite(book: BenchBook, plan: SheetPlan, cells: readonly { r: number; c: number; v: PlanValue }[]): Promise<{ syncs: SyncRecord[]; ms: number }> {
  const fake = fakeWith(book);
  const t = performance.now();
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.add(plan.name);
    await context.sync();
    for (const { r, c, v } of cells) {
      sheet.getRange(`${colName(c + 1)}${r + 1}`).values = [[v]];
      await context.sync();
    }
  });
  return { syncs: fake.syncs, ms: performance.now() - t };
}

/**
 * The naive peer: run for real on the fake up to `measureUpTo` units; above, its syncs are the
 * plan's non-empty cells (exact) and its largest request is measured by writing the plan's
 * longest cells, and the header row, the same way.
 */
async function naive(book: BenchBook, plan: SheetPlan, measure: boolean): Promise<Pick<OfficeRow, 'naiveSyncs' | 'naiveLargestRequest' | 'naiveMs' | 'naiveMeasured'>> {
  const cells = cellsOf(plan);
  if (measure) {
    const { syncs, ms } = await naiveWrite(book, plan, cells);
    const writes = syncs.slice(1); // after the sync that adds the sheet
    if (writes.length !== cells.length || writes.some((s) => s.failed !== null)) throw new Error('naive write went wrong');
    return { naiveSyncs: writes.length, naiveLargestRequest: Math.max(...writes.map((s) => s.requestBytes)), naiveMs: ms, naiveMeasured: true };
  }
  const longest = [...cells]
    .sort((a, b) => utf8Length(JSON.stringify(b.v)) - utf8Length(JSON.stringify(a.v)))
    .slice(0, 50)
    .concat(cells.filter((x) => x.r < 5));
  const { syncs } = await naiveWrite(book, plan, longest);
  return { naiveSyncs: cells.length, naiveLargestRequest: Math.max(...syncs.slice(1).map((s) => s.requestBytes)), naiveMs: null, naiveMeasured: false };
}

export async function benchOffice(sizes: readonly number[], naiveMeasuredUpTo: number): Promise<OfficeRow[]> {
  const rows: OfficeRow[] = [];
  for (const n of sizes) {
    const book = makeBook(n);
    // A warm-up run at the first size, so the first row does not carry module loading and JIT.
    if (rows.length === 0) await adapterRun(makeBook(Math.min(n, 1_000)));
    const run = await adapterRun(book);
    const inputBytes = utf8Length(JSON.stringify([book.header, ...book.rows]));
    rows.push({
      n,
      inputBytes,
      syncs: run.syncs.length,
      readSyncs: run.readSyncs,
      largestRequest: Math.max(...run.syncs.map((s) => s.requestBytes)),
      largestResponse: Math.max(...run.syncs.map((s) => s.responseBytes)),
      readResponseBytes: sum(run.syncs.slice(0, run.readSyncs).map((s) => s.responseBytes)),
      lateFormatBytes: sum(run.syncs.slice(run.readSyncs).map((s) => s.responseBytes)),
      writeRequestBytes: sum(run.syncs.slice(run.readSyncs).map((s) => s.requestBytes)),
      inputCells: (n + 1) * (1 + 2 * INDICATORS),
      failedSyncs: run.syncs.filter((s) => s.failed !== null).length,
      ms: run.ms,
      ...(await naive(book, run.plan, n <= naiveMeasuredUpTo)),
    });
  }
  return rows;
}

const MB4 = 4_000_000;
const WEB_LIMIT = 5 * 1024 * 1024;

/** Units whose input values come to about 4 MB, the largest input the sync goal speaks of. */
export const GOAL_EDGE_UNITS = 28_000;

/** Syncs of a whole run at `n` units. */
export async function syncsAt(n: number): Promise<number> {
  return (await adapterRun(makeBook(n))).syncs.length;
}

/**
 * The largest number of units a run takes at most 3 syncs for, to within `step`, by bisection
 * between `low` (3 or fewer) and `high` (more).
 */
export async function threeSyncEdge(low: number, high: number, step: number): Promise<{ edge: number; next: number; nextSyncs: number }> {
  if ((await syncsAt(low)) > 3) throw new Error(`${low} units already take more than 3 syncs`);
  let highSyncs = await syncsAt(high);
  if (highSyncs <= 3) return { edge: high, next: high, nextSyncs: highSyncs };
  while (high - low > step) {
    const mid = Math.round((low + high) / 2 / step) * step;
    const syncs = await syncsAt(mid);
    if (syncs <= 3) low = mid;
    else [high, highSyncs] = [mid, syncs];
  }
  return { edge: low, next: high, nextSyncs: highSyncs };
}

/**
 * Where the run stands against the issue's goals, one line each, with why when missed. `edge`,
 * when measured, is where 3 syncs stop.
 */
export function officeGoals(rows: readonly OfficeRow[], edge: { edge: number; next: number; nextSyncs: number } | null): string[] {
  const lines: string[] = [];
  const small = rows.filter((r) => r.inputBytes <= MB4);
  const at = (r: OfficeRow): string => `${r.n.toLocaleString('en')} units, ${fmtBytes(r.inputBytes)}: ${r.syncs}`;
  const missed = small.filter((r) => r.syncs > 3);
  lines.push(
    `Goal: at most 3 syncs for inputs up to 4 MB — ${missed.length === 0 ? 'met' : 'missed'} (${small.map(at).join('; ')}${small.length < rows.length ? '; larger inputs not counted' : ''}).`,
  );
  for (const r of missed) {
    const cells = r.inputCells;
    // However full each request: reads for the values, then writes; the last write puts the
    // sheets in place, so every number format must be back before it.
    const atLimit = (limit: number): number =>
      Math.ceil(r.readResponseBytes / limit) + Math.max(Math.ceil(r.writeRequestBytes / limit), Math.ceil(r.lateFormatBytes / limit) + 1);
    lines.push(
      `  ${r.n.toLocaleString('en')} units: ${r.readSyncs} reads + ${r.syncs - r.readSyncs} writes. Too big for one request with its number formats (which tell dates apart, spec 2), ` +
        `the input is read as values: ${fmtBytes(r.readResponseBytes)} back (${(r.readResponseBytes / cells).toFixed(1)} bytes a cell). Its formats, ${fmtBytes(r.lateFormatBytes)} ` +
        `(${(r.lateFormatBytes / cells).toFixed(1)} bytes a cell), come back with the write's requests before the last one, which puts the sheets in place; the writes send ` +
        `${fmtBytes(r.writeRequestBytes)} (${fmtBytes(r.writeRequestBytes / r.n)} a unit).`,
    );
    lines.push(
      `  Requests and responses filled to the 4 MB budget would take at least ${atLimit(MB4)} syncs; filled to the 5 MB Excel on the web refuses, at least ${atLimit(WEB_LIMIT)}` +
        `${atLimit(WEB_LIMIT) > 3 ? ': the goal conflicts with that limit at this size' : ''}.`,
    );
  }
  if (edge !== null) {
    lines.push(
      `  3 syncs hold up to ${edge.edge.toLocaleString('en')} units (measured, to within ${(edge.next - edge.edge).toLocaleString('en')}; ≈ ${fmtBytes((edge.edge * rows[0].inputBytes) / rows[0].n)} of input); ` +
        `${edge.next.toLocaleString('en')} units take ${edge.nextSyncs}.`,
    );
  }
  const largest = Math.max(...rows.map((r) => r.largestRequest));
  const over = rows.filter((r) => r.largestRequest > MB4);
  lines.push(
    `Goal: no request over 4 MB at any size — ${over.length === 0 ? 'met' : `missed at ${over.map((r) => r.n.toLocaleString('en')).join(', ')} units`} (largest ${largest.toLocaleString('en')} bytes, budget ${MB4.toLocaleString('en')}; largest response ${Math.max(...rows.map((r) => r.largestResponse)).toLocaleString('en')} bytes).`,
  );
  return lines;
}
