// Tiers (spec 3.4), on seven units with totals 100, 90, 90, 80, 70, 60, 50.
import { describe, expect, it } from 'vitest';
import { evaluate, templateById } from '../../src/engine/index';
import { ruleSet, table } from './helpers';

const TOTALS = [100, 90, 90, 80, 70, 60, 50];

function tiers(tierRules: unknown[], totals: (number | [number, string])[] = TOTALS) {
  const rows = totals.map((t, i) => (Array.isArray(t) ? [`U${i + 1}`, t[0], t[1]] : [`U${i + 1}`, t, '']));
  return evaluate(
    ruleSet({
      indicators: [{ id: 'k', weight: 100, actual: '分', method: { type: 'perUnit', points: 1 } }],
      adjustments: [{ type: 'veto', column: '否决' }],
      tiers: tierRules,
    }),
    [table('数据', [['单位', '分', '否决'], ...rows])],
    '2026',
  );
}

const holders = (r: ReturnType<typeof tiers>, label = 'T') => r.units.filter((u) => u.tier === label).map((u) => u.unit);

describe('tiers', () => {
  it('top N: fewer than N units strictly ahead (ties at the boundary all qualify)', () => {
    expect(holders(tiers([{ label: 'T', when: { top: 2 } }]))).toEqual(['U1', 'U2', 'U3']);
  });

  it('bottom N: fewer than N units strictly behind', () => {
    expect(holders(tiers([{ label: 'T', when: { bottom: 2 } }]))).toEqual(['U6', 'U7']);
  });

  it('topPercent / bottomPercent use floor(n × p / 100)', () => {
    expect(holders(tiers([{ label: 'T', when: { topPercent: 30 } }]))).toEqual(['U1', 'U2', 'U3']); // floor(2.1) = 2
    expect(holders(tiers([{ label: 'T', when: { bottomPercent: 50 } }]))).toEqual(['U5', 'U6', 'U7']); // floor(3.5) = 3
    expect(holders(tiers([{ label: 'T', when: { topPercent: 10 } }]))).toEqual([]); // floor(0.7) = 0
  });

  it('minScore and maxScore compare the rounded total', () => {
    expect(holders(tiers([{ label: 'T', when: { minScore: 85 } }]))).toEqual(['U1', 'U2', 'U3']);
    expect(holders(tiers([{ label: 'T', when: { maxScore: 60 } }]))).toEqual(['U6', 'U7']);
    expect(holders(tiers([{ label: 'T', when: { minScore: 70, maxScore: 90 } }]))).toEqual(['U2', 'U3', 'U4', 'U5']);
  });

  it('gives each unit the first tier that holds, in list order; empty when holds for all', () => {
    const r = tiers([
      { label: 'A', kind: 'reward', when: { top: 1 } },
      { label: 'B', when: { minScore: 85 } },
      { label: 'C', kind: 'penalty', when: {} },
    ]);
    expect(r.units.map((u) => [u.unit, u.tier, u.tierKind])).toEqual([
      ['U1', 'A', 'reward'],
      ['U2', 'B', 'neutral'],
      ['U3', 'B', 'neutral'],
      ['U4', 'C', 'penalty'],
      ['U5', 'C', 'penalty'],
      ['U6', 'C', 'penalty'],
      ['U7', 'C', 'penalty'],
    ]);
  });

  it('vetoed units never match top or bottom; veto: true matches them', () => {
    const r = tiers(
      [
        { label: 'V', kind: 'penalty', when: { veto: true } },
        { label: 'B', when: { bottom: 1 } },
        { label: 'T', when: { top: 1, veto: false } },
      ],
      [[100, '事故'], 90, 80, [40, '事故']],
    );
    expect(r.units.map((u) => [u.unit, u.rank, u.tier])).toEqual([
      ['U2', 1, 'T'],
      ['U3', 2, 'B'],
      ['U1', 3, 'V'],
      ['U4', 4, 'V'],
    ]);
    const noVetoTier = tiers([{ label: 'B', when: { bottom: 1 } }], [90, 80, [40, '事故']]);
    expect(holders(noVetoTier, 'B')).toEqual(['U2']);
  });

  it('quota leaves out units tied across the boundary, with a warning naming them', () => {
    const r = tiers([{ label: 'T', when: { top: 2, quota: true } }, { label: 'R', when: {} }]);
    expect(holders(r)).toEqual(['U1']);
    expect(holders(r, 'R')).toEqual(['U2', 'U3', 'U4', 'U5', 'U6', 'U7']);
    const warning = r.issues.find((i) => i.code === 'quota-tie')!;
    expect(warning).toMatchObject({ severity: 'warning', path: 'tiers[0].when.quota', params: { units: 'U2、U3', limit: 2 } });
  });

  it('quota on bottom fills from the bottom', () => {
    const r = tiers([{ label: 'T', when: { bottom: 2, quota: true } }], [100, 90, 60, 60, 50]);
    expect(holders(r)).toEqual(['U5']);
  });

  it('quota without a tie keeps N units', () => {
    const r = tiers([{ label: 'T', when: { top: 2, quota: true } }], [100, 95, 90]);
    expect(holders(r)).toEqual(['U1', 'U2']);
    expect(r.issues).toEqual([]);
  });

  it('the annual-grades template gives 优秀 to at most 20% with at least 90 points', () => {
    const rs = templateById('annual-grades')!;
    const header = ['单位', '经济目标', '经济完成', '项目目标', '项目完成', '安全事故起数', '加分', '扣分', '一票否决'];
    // Ten units; economy and projects at 100% give 70 points, safety 30 minus 10 per incident.
    const rows = [
      ['甲', 100, 100, 10, 10, 0, 5, '', ''], // 105
      ['乙', 100, 100, 10, 10, 0, 3, '', ''], // 103
      ['丙', 100, 100, 10, 10, 0, 3, '', ''], // 103
      ['丁', 100, 100, 10, 10, 1, '', '', ''], // 90
      ['戊', 100, 100, 10, 10, 1, '', '', ''], // 90
      ['己', 100, 90, 10, 9, 1, '', '', ''], // 36 + 27 + 20 = 83
      ['庚', 100, 80, 10, 8, 1, '', '', ''], // 32 + 24 + 20 = 76
      ['辛', 100, 60, 10, 6, 2, '', '', ''], // 24 + 18 + 10 = 52
      ['壬', 100, 100, 10, 10, 0, '', '', '重大安全事故'],
      ['癸', 100, 70, 10, 7, 0, '', '', ''], // 28 + 21 + 30 = 79
    ];
    const r = evaluate(rs, [table('年度', [header, ...rows])], '2026');
    // n = 9 non-vetoed, floor(9 × 20%) = 1: only 甲.
    expect(r.units.map((u) => [u.unit, u.total, u.tier])).toEqual([
      ['甲', 105, '优秀'],
      ['乙', 103, '良好'],
      ['丙', 103, '良好'],
      ['丁', 90, '良好'],
      ['戊', 90, '良好'],
      ['己', 83, '良好'],
      ['癸', 79, '合格'],
      ['庚', 76, '合格'],
      ['辛', 52, '不合格'],
      ['壬', 100, '不合格'],
    ]);
  });
});
