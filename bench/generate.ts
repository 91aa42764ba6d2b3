// Deterministic benchmark workbooks: N units × 10 indicators, with the rule set that scores them
// and the formula sheet an office would build by hand for the same rules.
import type { Table } from '../src/engine/types';

export const INDICATORS = 10;

/** Park–Miller: the same numbers on every machine. */
export function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export interface BenchBook {
  n: number;
  header: string[];
  rows: (string | number)[][];
  table: Table;
  ruleSet: unknown;
}

const METHODS = [
  { type: 'ratio', cap: 1.2 },
  { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 },
  { type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0.8, score: 0.6 }], else: 0.3 },
  { type: 'ratio' },
  { type: 'schedule', penaltyPerPoint: 1 },
] as const;

export const ELAPSED = 0.75; // 2026Q3

export function makeBook(n: number): BenchBook {
  const rnd = random(20261123 + n);
  const header = ['单位', ...Array.from({ length: INDICATORS }, (_, k) => [`目标${k + 1}`, `完成${k + 1}`]).flat()];
  const rows = Array.from({ length: n }, (_, i) => [
    `单位${String(i + 1).padStart(6, '0')}`,
    ...Array.from({ length: INDICATORS }, () => {
      const target = 100 + Math.floor(rnd() * 9900);
      return [target, Math.round(target * rnd() * 1.3 * 100) / 100];
    }).flat(),
  ]);
  const ruleSet = {
    format: 'standings/ruleset@1',
    name: '基准考核',
    unit: { column: '单位' },
    indicators: Array.from({ length: INDICATORS }, (_, k) => ({
      id: `i${k + 1}`,
      weight: 10,
      target: `目标${k + 1}`,
      actual: `完成${k + 1}`,
      method: METHODS[k % METHODS.length],
    })),
    total: { precision: 2 },
    tiers: [
      { label: '表彰', kind: 'reward', when: { top: 3 } },
      { label: '通报批评', kind: 'penalty', when: { bottom: 3 } },
    ],
  };
  const last = 1 + 2 * INDICATORS;
  return { n, header, rows, table: { sheet: '数据', address: `A1:${colName(last)}${n + 1}`, values: [header, ...rows] }, ruleSet };
}

export function colName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * The sheet an office builds by hand: one score formula per indicator (MIN / IF), SUM, ROUND and a
 * rank. HyperFormula has no RANK.EQ, so the rank is COUNTIF(">"&x)+1, which equals RANK.EQ.
 */
export function formulaSheet(book: BenchBook): (string | number)[][] {
  const first = 2;
  const lastRow = book.n + 1;
  const scoreCol = (k: number) => 2 + 2 * INDICATORS + k; // 1-based
  const totalCol = scoreCol(INDICATORS);
  const T = colName(totalCol);
  return [
    [...book.header, ...Array.from({ length: INDICATORS }, (_, k) => `得分${k + 1}`), '总分', '排名'],
    ...book.rows.map((row, i) => {
      const r = first + i;
      const scores = Array.from({ length: INDICATORS }, (_, k) => {
        const rate = `${colName(3 + 2 * k)}${r}/${colName(2 + 2 * k)}${r}`;
        switch (k % METHODS.length) {
          case 0:
            return `=10*MIN(${rate},1.2)`;
          case 1:
            return `=IF((${rate}-${ELAPSED})*100>=0,10+MIN((${rate}-${ELAPSED})*100*0.2,2),MAX(10+(${rate}-${ELAPSED})*100*0.5,0))`;
          case 2:
            return `=10*IF(${rate}>=1,1,IF(${rate}>=0.9,0.8,IF(${rate}>=0.8,0.6,0.3)))`;
          case 3:
            return `=10*MAX(MIN(${rate},1),0)`;
          default:
            return `=IF((${rate}-${ELAPSED})*100>=0,10,MAX(10+(${rate}-${ELAPSED})*100*1,0))`;
        }
      });
      const S1 = colName(scoreCol(0));
      const S10 = colName(scoreCol(INDICATORS - 1));
      return [...row, ...scores, `=ROUND(SUM(${S1}${r}:${S10}${r}),2)`, `=COUNTIF($${T}$${first}:$${T}$${lastRow},">"&${T}${r})+1`];
    }),
  ];
}
