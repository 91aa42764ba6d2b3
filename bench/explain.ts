// Explanations (issue 7): what explaining costs next to the run itself, for one unit (the task
// pane's click) and for every unit (the explanation sheet), with and without a quota tier.
import { evaluate } from '../src/engine/index';
import { makeBook, type BenchBook } from './generate';
import { timeIt } from './measure';

export interface ExplainRow {
  n: number;
  quota: boolean;
  run: number;
  one: number;
  all: number;
}

function ruleSetOf(book: BenchBook, quota: boolean): unknown {
  const rs = book.ruleSet as Record<string, unknown>;
  if (!quota) return rs;
  return { ...rs, tiers: [{ label: '优秀', kind: 'reward', when: { topPercent: 20, quota: true } }, { label: '不合格', kind: 'penalty', when: { bottom: 3 } }] };
}

export function benchExplain(sizes: readonly number[], runs: number): ExplainRow[] {
  const rows: ExplainRow[] = [];
  for (const n of sizes) {
    const book = makeBook(n);
    const middle = String(book.rows[Math.floor(n / 2)][0]);
    for (const quota of [false, true]) {
      const rs = ruleSetOf(book, quota);
      const check = evaluate(rs, [book.table], '2026Q3', { explain: true });
      if (check.explanations?.length !== n) throw new Error(`explain failed: ${check.issues[0]?.message ?? 'no explanations'}`);
      rows.push({
        n,
        quota,
        run: timeIt(() => evaluate(rs, [book.table], '2026Q3'), runs),
        one: timeIt(() => evaluate(rs, [book.table], '2026Q3', { explain: [middle] }), runs),
        all: timeIt(() => evaluate(rs, [book.table], '2026Q3', { explain: true }), Math.max(1, Math.floor(runs / 2)), false),
      });
    }
  }
  return rows;
}
