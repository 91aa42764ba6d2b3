// The result sheet plan from a hand-made result: exact cells, formats, fills and frozen panes.
import { describe, expect, it } from 'vitest';
import type { RunResult, UnitResult } from '../../../src/engine/types';
import { buildResultSheet, rankChange } from '../../../src/workbook/layout/resultSheet';
import { LABELS } from '../../../src/workbook/layout/labels';
import { INVESTMENT_RULES } from './fixtures';

const ruleSet = INVESTMENT_RULES;

const unit = (over: Partial<UnitResult>): UnitResult => ({
  unit: 'u',
  group: '乡镇',
  rank: 1,
  total: 0,
  tier: null,
  tierKind: null,
  veto: null,
  previousRank: null,
  indicators: {},
  bonus: 0,
  deduction: 0,
  ...over,
});

const result: RunResult = {
  format: 'standings/result@1',
  ruleSet: '招商考核',
  period: { label: '2026-05', elapsed: 5 / 12 },
  units: [
    unit({ unit: '城关镇', rank: 1, total: 99.5, tier: '表彰', tierKind: 'reward', previousRank: 3, indicators: { funds: { target: 100, actual: 120, rate: 1.2, score: 60 }, count: { target: null, actual: 9, rate: null, score: 40 } }, deduction: 0.5 }),
    unit({ unit: '=1+1', rank: 2, total: 50, tier: '一般', tierKind: 'neutral', previousRank: 2, indicators: { funds: { target: 100, actual: 50, rate: 0.5, score: 30 }, count: { target: null, actual: 4.5, rate: null, score: 20 } } }),
    unit({ unit: '桃源乡', rank: 3, total: 10, tier: '一票否决', tierKind: 'penalty', veto: '事故', indicators: { funds: { target: 100, actual: null, rate: null, score: null }, count: { target: null, actual: 1, rate: null, score: 10 } } }),
  ],
  issues: [],
};

const plan = buildResultSheet({ result, ruleSet, lang: 'zh-CN', now: new Date(2026, 5, 1, 9, 5), sheetName: '招商考核 2026-05', hasPreviousRun: true });

describe('result sheet plan', () => {
  it('has the title lines, the header and one row per unit in result order', () => {
    expect(plan.name).toBe('招商考核 2026-05');
    expect(plan.values.map((r) => r.length)).toEqual(new Array(8).fill(14));
    expect(plan.values.slice(0, 4).map((r) => r[0])).toEqual(['招商考核', '考核期：2026-05（序时进度 41.7%）', '生成时间：2026-06-01 09:05', null]);
    expect(plan.values[4]).toEqual([
      '排名', '单位', '类别', '到位资金 目标', '到位资金 完成', '到位资金 完成率', '到位资金 得分', '项目数 完成', '项目数 得分', '扣分', '总分', '等次', '名次变化', '备注',
    ]);
    expect(plan.values.slice(5)).toEqual([
      [1, '城关镇', '乡镇', 100, 120, 1.2, 60, 9, 40, 0.5, 99.5, '表彰', '↑2', null],
      [2, '=1+1', '乡镇', 100, 50, 0.5, 30, 4.5, 20, 0, 50, '一般', '持平', null],
      [3, '桃源乡', '乡镇', 100, null, null, null, 1, 10, 0, 10, '一票否决', '新', '一票否决：事故'],
    ]);
  });

  it('formats rates as percent, scores by the total precision, rank as integer', () => {
    const byColumn = Object.fromEntries(plan.numberFormats.map((f) => [f.range.left, f.format]));
    expect(byColumn).toEqual({ 0: '0', 5: '0.0%', 6: '0.0', 8: '0.0', 9: '0.0', 10: '0.0' });
    expect(plan.numberFormats.every((f) => f.range.top === 5 && f.range.bottom === 7)).toBe(true);
  });

  it('fills the header, and tier rows by kind (none for neutral)', () => {
    expect(plan.fills).toEqual([
      { range: { top: 4, left: 0, bottom: 4, right: 13 }, color: '#DDEBF7' },
      { range: { top: 5, left: 0, bottom: 5, right: 13 }, color: '#C6EFCE' },
      { range: { top: 7, left: 0, bottom: 7, right: 13 }, color: '#FFC7CE' },
    ]);
  });

  it('freezes the header and the rank and unit columns; bars and charts the totals', () => {
    expect(plan.freeze).toEqual({ rows: 5, columns: 2 });
    expect(plan.dataBar).toEqual({ range: { top: 5, left: 10, bottom: 7, right: 10 }, color: '#5B9BD5' });
    expect(plan.chart).toEqual({
      title: '招商考核 2026-05 总分',
      categories: { top: 5, left: 1, bottom: 7, right: 1 },
      values: { top: 5, left: 10, bottom: 7, right: 10 },
    });
    expect(plan.merges).toEqual([0, 1, 2].map((r) => ({ top: r, left: 0, bottom: r, right: 13 })));
  });

  it('sizes columns by display width, CJK counting double', () => {
    // `到位资金 完成率`: 7 CJK characters (14) + 1 space, plus 2 padding.
    expect(plan.columnWidths[5]).toBe(17);
    // `城关镇` (6) and `桃源乡` (6) against the header `单位` (4): 6 + 2.
    expect(plan.columnWidths[1]).toBe(8);
    expect(plan.columnWidths).toHaveLength(14);
  });
});

describe('rank change', () => {
  const words = LABELS['zh-CN'];
  it.each([
    [3, 5, '↑2'],
    [5, 3, '↓2'],
    [4, 4, '持平'],
    [4, null, '新'],
  ] as const)('rank %d, previously %s: %s', (rank, previous, text) => {
    expect(rankChange(words, rank, previous, true)).toBe(text);
  });
  it('is blank on the first run of a rule set', () => {
    expect(rankChange(words, 1, null, false)).toBeNull();
  });
});
