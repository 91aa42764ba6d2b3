// Gap analysis, hand-worked: the lowest total for each goal and the figure that reaches it alone.
import { describe, expect, it } from 'vitest';
import { explanationPlain } from '../../../src/engine/explain/render';
import type { IndicatorGap, UnitExplanation } from '../../../src/engine/explain/types';
import { evaluate } from '../../../src/engine/index';
import { ruleSet, table } from '../helpers';

const RATIO = { id: 'k', label: '完成率', weight: 100, target: '目标', actual: '完成', method: { type: 'ratio' } };

function explain(overrides: Record<string, unknown>, rows: unknown[][], header = ['单位', '目标', '完成'], period = '2026'): UnitExplanation[] {
  const result = evaluate(ruleSet({ indicators: [RATIO], ...overrides }), [table('数据', [header, ...rows])], period, { explain: true });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return result.explanations!;
}
const of = (es: UnitExplanation[], unit: string): UnitExplanation => es.find((e) => e.unit === unit)!;
const answer = (g: IndicatorGap): { to: number; rank: number; tier: string | null } | string =>
  'to' in g ? { to: g.to, rank: g.after.rank, tier: g.after.tier } : g.cannot;

const ROWS = [['甲', 100, 90], ['乙', 100, 80], ['丙', 100, 70]];

describe('gaps', () => {
  it('next rank: tying the unit ahead is enough under competition ranks', () => {
    const c = of(explain({}, ROWS), '丙');
    expect(c.gaps).toHaveLength(1);
    const [g] = c.gaps;
    expect(g).toMatchObject({ goal: 'next-rank', neededTotal: 80, points: 10, rank: 2, blocked: null });
    expect(answer(g.indicators[0])).toEqual({ to: 80, rank: 2, tier: null });
  });

  it('a reward tier with a quota leaves out ties at its boundary, so the unit must pass, not tie', () => {
    const tiers = [{ label: '表彰', kind: 'reward', when: { top: 1, quota: true } }];
    const g = of(explain({ tiers }, ROWS), '丙').gaps.find((x) => x.goal === 'enter-tier')!;
    expect(g).toMatchObject({ tier: '表彰', top: 1, neededTotal: 90.01, points: 20.01 });
    // Figures are whole numbers here, so the answer is on a grid of 1: 91, and 90 falls short.
    expect(answer(g.indicators[0])).toEqual({ to: 91, rank: 1, tier: '表彰' });
  });

  it('leaving the bottom tier needs a unit strictly behind', () => {
    const tiers = [{ label: '通报批评', kind: 'penalty', when: { bottom: 1 } }];
    const c = of(explain({ tiers }, ROWS), '丙');
    expect(c.tier).toBe('通报批评');
    const g = c.gaps.find((x) => x.goal === 'leave-tier')!;
    expect(g).toMatchObject({ neededTotal: 80.01, points: 10.01 });
    expect(answer(g.indicators[0])).toEqual({ to: 81, rank: 2, tier: null });
  });

  it('a goal above total.max is out of reach, and says so', () => {
    const tiers = [{ label: '表彰', kind: 'reward', when: { minScore: 95 } }];
    const c = of(explain({ tiers, total: { max: 92 } }, ROWS), '丙');
    const g = c.gaps.find((x) => x.goal === 'enter-tier');
    // minScore without top is no "top N" goal; the next rank still is.
    expect(g).toBeUndefined();
    const top = of(explain({ tiers: [{ label: '表彰', kind: 'reward', when: { top: 1, minScore: 95 } }], total: { max: 92 } }, ROWS), '丙');
    expect(top.gaps.find((x) => x.goal === 'enter-tier')).toMatchObject({ blocked: 'total-max', neededTotal: null });
    expect(explanationPlain(top, 'zh-CN')).toContain('进入“表彰”（前 1 名）：需要的总分超过总分上限，达不到');
  });

  it('schedule in 万元: the figure needed, found by inverting the method and checked by re-running', () => {
    const investment = { id: 'inv', label: '固定资产投资', weight: 40, target: '目标', actual: '完成', scale: '万元', method: { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 } };
    const result = evaluate(ruleSet({ indicators: [investment] }), [table('数据', [['单位', '目标', '完成'], ['甲', 10000, 8000], ['乙', 10000, 6000]])], '2026Q3', { explain: true });
    const b = of(result.explanations!, '乙');
    // 甲: 80% vs 75% → 41. 乙 needs 41: 40 + 0.2 × gap ≥ 40.995 → gap ≥ 4.975 points → 7,997.5 万元 → 7,998 on the grid.
    expect(b.gaps[0]).toMatchObject({ goal: 'next-rank', neededTotal: 41, points: 8.5 });
    expect(answer(b.gaps[0].indicators[0])).toEqual({ to: 7998, rank: 1, tier: null });
    expect(explanationPlain(b, 'zh-CN')).toContain('· 固定资产投资：完成需增加 1,998 万元，从 6,000 万元 到 7,998 万元（届时总分 41，第 1 名）');
    expect(explanationPlain(b, 'en')).toContain('· 固定资产投资: 完成 needs 1,998 万元 more, from 6,000 万元 to 7,998 万元 (then total 41, rank 1)');
  });

  it('says plainly when no single indicator can close the gap', () => {
    const starts = { id: 's', label: '开工率', weight: 50, target: '目标', actual: '完成', method: { type: 'bands', bands: [{ min: 1, score: 1 }], else: 0.5 } };
    const other = { id: 'o', label: '满意度', weight: 50, actual: '满意度', method: { type: 'ratio' }, target: '目标' };
    const rows = [['甲', 10, 10, 10], ['乙', 10, 9, 1]];
    const result = evaluate(ruleSet({ indicators: [starts, other], tiers: [{ label: '表彰', kind: 'reward', when: { top: 1, quota: true } }] }), [table('数据', [['单位', '目标', '完成', '满意度'], ...rows])], '2026', { explain: true });
    const b = of(result.explanations!, '乙');
    const g = b.gaps.find((x) => x.goal === 'enter-tier')!;
    // 甲 has 100; 乙 has 25 + 5 = 30 and needs 100.01: neither indicator alone gives 70.01 more.
    expect(g.indicators.map(answer)).toEqual(['capped', 'capped']);
    expect(explanationPlain(b, 'zh-CN')).toContain('没有哪一项指标能单独补上这个差距');
    expect(explanationPlain(b, 'en')).toContain('No single indicator can close this gap on its own');
  });

  it('a vetoed unit has no gaps, and the text says why', () => {
    const es = explain({ adjustments: [{ type: 'veto', column: '否决' }] }, [['甲', 100, 90, null], ['乙', 100, 99, '重大安全事故']], ['单位', '目标', '完成', '否决']);
    const b = of(es, '乙');
    expect(b.rank).toBe(2);
    expect(b.gaps).toEqual([]);
    expect(explanationPlain(b, 'zh-CN')).toContain('一票否决：重大安全事故');
    expect(explanationPlain(b, 'zh-CN')).toContain('已被一票否决：无论得分多少都排在最后');
  });

  it('a place condition in a scope with a vetoed unit says in one bracket that vetoed units do not count', () => {
    const tiers = [{ label: '表彰', kind: 'reward', when: { top: 1 } }];
    const es = explain({ tiers, adjustments: [{ type: 'veto', column: '否决' }] }, [['甲', 100, 90, null], ['乙', 100, 99, '重大安全事故']], ['单位', '目标', '完成', '否决']);
    expect(explanationPlain(of(es, '甲'), 'zh-CN')).toContain('前 1 名（本单位第 1 位，不计被一票否决的单位）');
    expect(explanationPlain(of(es, '甲'), 'en')).toContain('top 1 (this unit is 1 from the top, vetoed units not counted)');
  });

  it('the first unit is told it is first', () => {
    expect(explanationPlain(of(explain({}, ROWS), '甲'), 'zh-CN')).toContain('已是第 1 名');
  });

  it('a neutral top tier before the reward tier: the reward tier is found between them, not missed (review regression)', () => {
    const rows = Array.from({ length: 20 }, (_, k) => [`单位${k + 1}`, 100, 20 - k]);
    const tiers = [{ label: '第一', kind: 'neutral', when: { top: 1 } }, { label: '表彰', kind: 'reward', when: { top: 3 } }];
    const last = of(explain({ tiers }, rows), '单位20');
    const g = last.gaps.find((x) => x.goal === 'enter-tier' && x.tier === '表彰')!;
    // 18 ties the third unit: rank 3, inside the top 3 and not first.
    expect(g).toMatchObject({ neededTotal: 18, blocked: null });
    expect(answer(g.indicators[0])).toEqual({ to: 18, rank: 3, tier: '表彰' });
  });

  it('a rank-scored indicator can pass a unit even from the top score, since the peer loses points (review regression)', () => {
    const projects = { id: 'p', label: '项目数', weight: 20, actual: '项目', method: { type: 'rank', step: 5 } };
    const funds = { id: 'f', label: '资金', weight: 80, target: '目标', actual: '完成', method: { type: 'ratio' } };
    const result = evaluate(ruleSet({ indicators: [projects, funds] }), [table('数据', [['单位', '项目', '目标', '完成'], ['甲', 9, 100, 80], ['乙', 10, 100, 85]])], '2026', { explain: true });
    const a = of(result.explanations!, '甲');
    // 甲 79, 乙 88. With 11 projects 甲 scores 20 and 乙 drops to 15: 84 against 83.
    expect(answer(a.gaps[0].indicators[0])).toEqual({ to: 11, rank: 1, tier: null });
    expect(explanationPlain(a, 'zh-CN')).toContain('总分低一些也能达到');
  });
});
