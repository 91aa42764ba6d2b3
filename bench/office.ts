// Benchmark 3: the Office adapter over the fake Excel API (tests/fakes), which counts syncs and
// the bytes of each request and response. A whole run (`runRanking` over `OfficeWorkbook`: read
// the inputs, evaluate, write the result and rules sheets and the store) against the naive way
// add-ins hang Excel: the same result sheet plan written one cell per request, a sync per cell.
import { OP_OVERHEAD, TYPICAL_CELL_BYTES } from '../src/workbook/office/budget';
import { LOOK_BYTES } from '../src/workbook/office/readInputs';
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
  /** Bytes the reads brought back (values and number formats) and the writes sent, summed. */
  readResponseBytes: number;
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

/** Where the run stands against the issue's goals, one line each, with why when missed. */
export function officeGoals(rows: readonly OfficeRow[]): string[] {
  const lines: string[] = [];
  const small = rows.filter((r) => r.inputBytes <= MB4);
  const at = (r: OfficeRow): string => `${r.n.toLocaleString('en')} units, ${fmtBytes(r.inputBytes)}: ${r.syncs}`;
  const missed = small.filter((r) => r.syncs > 3);
  lines.push(
    `Goal: at most 3 syncs for inputs up to 4 MB — ${missed.length === 0 ? 'met' : 'missed'} (${small.map(at).join('; ')}${small.length < rows.length ? '; larger inputs not counted' : ''}).`,
  );
  for (const r of missed) {
    const perCell = r.readResponseBytes / r.inputCells;
    const atLimit = Math.ceil(r.readResponseBytes / WEB_LIMIT) + Math.ceil(r.writeRequestBytes / WEB_LIMIT);
    lines.push(
      `  ${r.n.toLocaleString('en')} units: ${r.readSyncs} reads + ${r.syncs - r.readSyncs} writes. The reads get ${fmtBytes(r.readResponseBytes)} back (${perCell.toFixed(1)} bytes a cell: ` +
        `each value with the number format that tells dates apart; the first request guesses ${TYPICAL_CELL_BYTES}, later ones the largest row read and a quarter more) and the writes send ${fmtBytes(r.writeRequestBytes)} ` +
        `(${fmtBytes(r.writeRequestBytes / r.n)} a unit). Even filled to the 5 MB Excel on the web refuses, that is at least ${atLimit} syncs${atLimit > 3 ? ': the goal conflicts with that limit at this size' : ''}.`,
    );
  }
  // Where 3 syncs stop: one read while the first request's guess holds every input cell, two
  // writes while the output fits two requests (at the largest size's bytes a unit).
  const big = rows[rows.length - 1];
  if (missed.length > 0 && big !== undefined) {
    const cellsPerUnit = big.inputCells / (big.n + 1);
    const oneRead = Math.floor((MB4 - LOOK_BYTES) / (cellsPerUnit * TYPICAL_CELL_BYTES)) - 1;
    const twoWrites = Math.floor((2 * (MB4 - 2 * OP_OVERHEAD)) / (big.writeRequestBytes / big.n));
    const edge = Math.min(oneRead, twoWrites);
    lines.push(
      `  3 syncs (1 read + 2 writes) hold up to ≈ ${edge.toLocaleString('en')} units (≈ ${fmtBytes((edge * big.inputBytes) / big.n)} of input): ` +
        `one read holds ≈ ${oneRead.toLocaleString('en')}, two writes ≈ ${twoWrites.toLocaleString('en')}.`,
    );
  }
  const largest = Math.max(...rows.map((r) => r.largestRequest));
  const over = rows.filter((r) => r.largestRequest > MB4);
  lines.push(
    `Goal: no request over 4 MB at any size — ${over.length === 0 ? 'met' : `missed at ${over.map((r) => r.n.toLocaleString('en')).join(', ')} units`} (largest ${largest.toLocaleString('en')} bytes, budget ${MB4.toLocaleString('en')}; largest response ${Math.max(...rows.map((r) => r.largestResponse)).toLocaleString('en')} bytes).`,
  );
  return lines;
}
