// Benchmarks 1 and 2: the engine against HyperFormula evaluating the hand-built formula sheet,
// and against the floor (one pass over every input number and one sort of the totals).
import { HyperFormula } from 'hyperformula';
import { evaluateColumns } from '../src/engine/evaluate';
import { evaluate } from '../src/engine/index';
import { formulaSheet, INDICATORS, makeBook, type BenchBook } from './generate';
import { fmtRatio, growth, timeInTurns, timeIt } from './measure';

/** The run: read, score, rank and tiers, in the engine's columns. */
export function runEngine(book: BenchBook): number {
  const run = evaluateColumns(book.ruleSet, [book.table], '2026Q3');
  if (run.state === null || run.order.length !== book.n) throw new Error(`engine failed: ${run.head.issues[0]?.message ?? 'no units'}`);
  return run.state.totals[run.order[0]];
}

/** The run and the spec's result objects (one a unit, one an indicator of each), as evaluate() returns them. */
export function runEngineObjects(book: BenchBook): number {
  const result = evaluate(book.ruleSet, [book.table], '2026Q3');
  if (result.units.length !== book.n) throw new Error(`engine failed: ${result.issues[0]?.message ?? 'no units'}`);
  return result.units[0].total;
}

/** What no implementation can avoid: read each number once, sum per unit, sort the totals. */
export function runBaseline(book: BenchBook): number {
  const totals = new Float64Array(book.n);
  const rows = book.table.values;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    let sum = 0;
    for (let k = 0; k < INDICATORS; k++) {
      const target = row[1 + 2 * k];
      const actual = row[2 + 2 * k];
      if (typeof target === 'number' && typeof actual === 'number') sum += actual / target;
    }
    totals[r - 1] = sum;
  }
  totals.sort();
  return totals[0];
}

export function runHyperFormula(book: BenchBook, sheet = formulaSheet(book)): number {
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
  const total = hf.getCellValue({ sheet: 0, row: 1, col: 1 + 3 * INDICATORS });
  hf.destroy();
  return Number(total);
}

/** Checks that the formula sheet and the engine agree, so the comparison is like for like. */
export function checkAgreement(book: BenchBook): void {
  const hf = HyperFormula.buildFromArray(formulaSheet(book), { licenseKey: 'gpl-v3' });
  const result = evaluate(book.ruleSet, [book.table], '2026Q3');
  const byUnit = new Map(result.units.map((u) => [u.unit, u]));
  for (let i = 0; i < Math.min(book.n, 200); i++) {
    const unit = String(book.rows[i][0]);
    const total = Number(hf.getCellValue({ sheet: 0, row: i + 1, col: 1 + 3 * INDICATORS }));
    const rank = Number(hf.getCellValue({ sheet: 0, row: i + 1, col: 2 + 3 * INDICATORS }));
    const mine = byUnit.get(unit)!;
    if (Math.abs(mine.total - total) > 1e-9 || mine.rank !== rank) {
      throw new Error(`disagree on ${unit}: engine ${mine.total}/#${mine.rank}, formulas ${total}/#${rank}`);
    }
  }
  hf.destroy();
}

export interface EngineRow {
  n: number;
  engine: number;
  engineObjects: number;
  baseline: number;
  /** The floor timed in turns with the result objects (their own rotation). */
  objectsBaseline: number;
  hyperformula: number | null;
  hyperformulaNote: string;
}

export function benchEngine(sizes: readonly number[], hfBudgetMs: number): EngineRow[] {
  const rows: EngineRow[] = [];
  let lastHf: { n: number; ms: number } | null = null;
  for (const n of sizes) {
    const book = makeBook(n);
    checkAgreement(n <= 10_000 ? book : makeBook(1000));
    // In turns: the machine's load moves between runs, and the ratios should not move with it.
    // The result objects (1.1 million at 100,000 units) leave garbage that whichever run comes
    // next collects, so they take their own turns with the floor, after the engine's.
    // The run is short at every size: 21 rounds steady its median; the objects take a second a
    // round at 100,000 units, so 9 there.
    const [engine, baseline] = timeInTurns([() => runEngine(book), () => runBaseline(book)], 21);
    const [engineObjects, objectsBaseline] = timeInTurns([() => runEngineObjects(book), () => runBaseline(book)], n >= 100_000 ? 9 : 15);
    let hyperformula: number | null = null;
    let hyperformulaNote = '';
    // The rank formula is quadratic: project from the last size before spending minutes on it.
    const projected = lastHf ? lastHf.ms * (n / lastHf.n) ** 2 : 0;
    if (projected > hfBudgetMs) {
      hyperformulaNote = `not run: projected ≈ ${(projected / 1000).toFixed(0)} s from N² growth`;
    } else {
      const sheet = formulaSheet(book);
      hyperformula = timeIt(() => runHyperFormula(book, sheet), n >= 10_000 ? 1 : 3, n < 10_000);
      lastHf = { n, ms: hyperformula };
    }
    rows.push({ n, engine, engineObjects, baseline, objectsBaseline, hyperformula, hyperformulaNote });
  }
  return rows;
}

/** Where the engine stands on each of the goals, one line each. */
export function engineGoals(rows: readonly EngineRow[]): string[] {
  const lines: string[] = [];
  const at = (n: number): EngineRow | undefined => rows.find((r) => r.n === n);
  const big = at(100_000);
  if (big) {
    const ratio = big.engine / big.baseline;
    lines.push(`Goal: engine within 3× of the floor at 100,000 units — ${ratio <= 3 ? 'met' : 'missed'} (${fmtRatio(ratio)}; with the result objects ${fmtRatio(big.engineObjects / big.objectsBaseline)}).`);
  }
  const mid = at(10_000);
  if (mid?.hyperformula != null) {
    const ratio = mid.hyperformula / mid.engine;
    lines.push(`Goal: at least 100× faster than HyperFormula at 10,000 units — ${ratio >= 100 ? 'met' : 'missed'} (${fmtRatio(ratio)}).`);
  }
  if (big && mid) {
    // N log N from 10,000 to 100,000 is the exponent 1 + log10(log 100,000 / log 10,000) ≈ 1.10.
    const limit = 1 + Math.log10(Math.log(big.n) / Math.log(mid.n));
    const e = growth(mid.n, mid.engine, big.n, big.engine);
    lines.push(`Goal: time growing no faster than N log N — ${e <= limit ? 'met' : 'missed'} (N^${e.toFixed(2)} from 10,000 to 100,000 units; N log N is N^${limit.toFixed(2)} there).`);
  }
  return lines;
}
