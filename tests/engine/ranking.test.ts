// Ranking (spec 3.3): competition and dense ranks, tie-breaks, vetoed last, groups, row order.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { rankColumns } from '../../src/engine/ranking';
import { ruleSet, table } from './helpers';

/** Units whose total is exactly the given number: perUnit with 1 point per unit of the figure. */
function rank(totals: (number | [number, string])[], extra: Record<string, unknown> = {}) {
  const rows = totals.map((t, i) => (Array.isArray(t) ? [`U${i + 1}`, t[0], t[1]] : [`U${i + 1}`, t, '']));
  return evaluate(
    ruleSet({
      indicators: [{ id: 'k', weight: 1000, actual: '分', method: { type: 'perUnit', points: 1 } }],
      adjustments: [{ type: 'veto', column: '否决' }],
      ...extra,
    }),
    [table('数据', [['单位', '分', '否决'], ...rows])],
    '2026',
  );
}

const ranksOf = (r: ReturnType<typeof rank>) => r.units.map((u) => [u.unit, u.rank]);

describe('ranking', () => {
  it('competition ranks of 44, 42, 42, 41, 41, 41, 39 are 1, 2, 2, 4, 4, 4, 7', () => {
    expect(rank([44, 42, 42, 41, 41, 41, 39]).units.map((u) => u.rank)).toEqual([1, 2, 2, 4, 4, 4, 7]);
  });

  it('dense ranks of the same are 1, 2, 2, 3, 3, 3, 4', () => {
    expect(rank([44, 42, 42, 41, 41, 41, 39], { ranking: { ties: 'dense' } }).units.map((u) => u.rank)).toEqual([1, 2, 2, 3, 3, 3, 4]);
  });

  it('orders rows by rank, then input order', () => {
    expect(ranksOf(rank([41, 44, 42, 42]))).toEqual([['U2', 1], ['U3', 2], ['U4', 2], ['U1', 4]]);
  });

  it('compares rounded totals', () => {
    // 80.004 and 80.001 both round to 80.00: a tie.
    expect(rank([80.004, 80.001]).units.map((u) => u.rank)).toEqual([1, 1]);
  });

  it('puts vetoed units after all others, in score order, ranks continuing', () => {
    const r = rank([90, [95, '事故'], 80, [60, '事故'], 70]);
    expect(ranksOf(r)).toEqual([['U1', 1], ['U3', 2], ['U5', 3], ['U2', 4], ['U4', 5]]);
  });

  it('continues the count after ties: competition 1, 1, 3 then 4; dense 1, 1, 2 then 3', () => {
    const totals: (number | [number, string])[] = [90, 90, 80, [85, '否决']];
    expect(rank(totals).units.map((u) => u.rank)).toEqual([1, 1, 3, 4]);
    expect(rank(totals, { ranking: { ties: 'dense' } }).units.map((u) => u.rank)).toEqual([1, 1, 2, 3]);
  });

  it('breaks ties on the tieBreak indicators’ rounded scores, in order', () => {
    const r = evaluate(
      ruleSet({
        indicators: [
          { id: 'a', weight: 100, actual: 'A', method: { type: 'perUnit', points: 1 } },
          { id: 'b', weight: 100, actual: 'B', method: { type: 'perUnit', points: 1 } },
        ],
        ranking: { tieBreak: ['b', 'a'] },
      }),
      [table('数据', [['单位', 'A', 'B'], ['甲', 60, 40], ['乙', 50, 50], ['丙', 40, 60], ['丁', 60, 40]])],
      '2026',
    );
    expect(r.units.map((u) => [u.unit, u.total, u.rank])).toEqual([['丙', 100, 1], ['乙', 100, 2], ['甲', 100, 3], ['丁', 100, 3]]);
  });

  it('ranks inside groups, rows ordered by group of first appearance', () => {
    const r = evaluate(
      ruleSet({ unit: { column: '单位', groupColumn: '类别' }, indicators: [{ id: 'k', weight: 100, actual: '分', method: { type: 'perUnit', points: 1 } }] }),
      [table('数据', [['单位', '类别', '分'], ['城关镇', '乡镇', 70], ['发改局', '部门', 90], ['河东镇', '乡镇', 80], ['财政局', '部门', 95]])],
      '2026',
    );
    expect(r.units.map((u) => [u.unit, u.group, u.rank])).toEqual([
      ['河东镇', '乡镇', 1],
      ['城关镇', '乡镇', 2],
      ['财政局', '部门', 1],
      ['发改局', '部门', 2],
    ]);
  });

  it('peers of relative scoring are the group’s units', () => {
    const r = evaluate(
      ruleSet({ unit: { column: '单位', groupColumn: '类别' }, indicators: [{ id: 'k', weight: 10, actual: '分', method: { type: 'relative' } }] }),
      [table('数据', [['单位', '类别', '分'], ['甲', 'A', 50], ['乙', 'A', 100], ['丙', 'B', 20], ['丁', 'B', 40]])],
      '2026',
    );
    expect(Object.fromEntries(r.units.map((u) => [u.unit, u.total]))).toEqual({ 甲: 5, 乙: 10, 丙: 5, 丁: 10 });
  });

  it('with byGroup false ranks everyone together but still shows the group', () => {
    const r = evaluate(
      ruleSet({
        unit: { column: '单位', groupColumn: '类别' },
        indicators: [{ id: 'k', weight: 100, actual: '分', method: { type: 'perUnit', points: 1 } }],
        ranking: { byGroup: false },
      }),
      [table('数据', [['单位', '类别', '分'], ['城关镇', '乡镇', 70], ['发改局', '部门', 90], ['河东镇', '乡镇', 80]])],
      '2026',
    );
    expect(r.units.map((u) => [u.unit, u.group, u.rank])).toEqual([['发改局', '部门', 1], ['河东镇', '乡镇', 2], ['城关镇', '乡镇', 3]]);
  });

  it('reports the previous rank given by the caller', () => {
    const r = rank([90, 80], { name: '测试考核' });
    const again = evaluate(
      ruleSet({ indicators: [{ id: 'k', weight: 1000, actual: '分', method: { type: 'perUnit', points: 1 } }] }),
      [table('数据', [['单位', '分'], ['U1', 90], ['constructor', 80]])],
      '2026',
      { previousRanks: { U1: 2 } },
    );
    expect(r.units.map((u) => u.previousRank)).toEqual([null, null]);
    expect(again.units.map((u) => [u.unit, u.previousRank])).toEqual([['U1', 2], ['constructor', null]]);
  });

  it('orders ties by the input order it is given, not by where the units sit in the columns', () => {
    // The explanations rank subsets whose input order is not 0, 1, 2…; in reverse here.
    const n = 6;
    const cols = { scope: Array<string>(n).fill(''), vetoed: new Uint8Array(n), total: [5, 7, 5, 7, 5, 7], tieBreak: [], order: [50, 40, 30, 20, 10, 0] };
    const ranked = rankColumns(cols, 'competition')!;
    expect(Array.from(ranked.sorted)).toEqual([5, 3, 1, 4, 2, 0]);
    expect(Array.from(ranked.ranks)).toEqual([4, 1, 4, 1, 4, 1]);
    // The units' own order: ties in column order.
    const own = rankColumns({ ...cols, order: [0, 1, 2, 3, 4, 5] }, 'competition')!;
    expect(Array.from(own.sorted)).toEqual([1, 3, 5, 0, 2, 4]);
  });
});
