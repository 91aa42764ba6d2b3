import { describe, expect, it } from 'vitest';
import type { RunResult, UnitResult } from '../../src/engine/index';
import { summarise } from '../../src/taskpane/model/summary';

const unit = (name: string, rank: number, total: number, tier: string | null, veto: string | null = null): UnitResult => ({
  unit: name, group: null, rank, total, tier, tierKind: tier === '表彰' ? 'reward' : tier === null ? null : 'penalty', veto,
  previousRank: null, indicators: {}, bonus: 0, deduction: 0,
});

const result = (units: UnitResult[]): RunResult => ({ format: 'standings/result@1', ruleSet: 'r', period: { label: '2026Q3', elapsed: 0.75 }, units, issues: [] });

describe('run summary', () => {
  it('names the top and bottom three, vetoed units last, and counts tiers', () => {
    const s = summarise(result([
      unit('甲', 1, 99, '表彰'), unit('乙', 2, 90, '表彰'), unit('丙', 3, 80, null), unit('丁', 4, 70, null),
      unit('戊', 5, 60, '通报批评'), unit('己', 6, 95, '一票否决', '安全事故'),
    ]));
    expect(s.top.map((u) => u.unit)).toEqual(['甲', '乙', '丙']);
    expect(s.bottom.map((u) => u.unit)).toEqual(['丁', '戊', '己']);
    expect(s.tiers).toEqual([
      { tier: '表彰', kind: 'reward', count: 2 },
      { tier: null, kind: null, count: 2 },
      { tier: '通报批评', kind: 'penalty', count: 1 },
      { tier: '一票否决', kind: 'penalty', count: 1 },
    ]);
  });

  it('never lists a unit in both lists when there are few', () => {
    const s = summarise(result([unit('甲', 1, 99, null), unit('乙', 2, 90, null), unit('丙', 3, 80, null), unit('丁', 4, 70, null)]));
    expect(s.top.map((u) => u.unit)).toEqual(['甲', '乙', '丙']);
    expect(s.bottom.map((u) => u.unit)).toEqual(['丁']);
  });
});
