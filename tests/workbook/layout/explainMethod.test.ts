// Each method's rule on the rules sheet, in both languages: the method describes itself
// (engine/methods/*, `describe`), the layout formats its numbers (rates in percent) and words it.
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../../src/engine/methods/ruleCodes';
import type { IndicatorRule } from '../../../src/engine/ruleset/schema';
import { explainMethod } from '../../../src/workbook/layout/explain';
import { LABELS } from '../../../src/workbook/layout/labels';

type Case = [code: string, over: Partial<IndicatorRule>, zh: string, en: string];
const CASES: Case[] = [
  ['ratio', { method: { type: 'ratio', cap: 1.2, floor: 0.3 }, target: '目标' }, '得分 = 权重 × 完成率，完成率最高按 120% 计；完成率低于 30% 得 0 分', 'score = weight × rate, the rate counted up to 120%; 0 when the rate is below 30%'],
  ['schedule.points', { method: { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 }, target: '目标' }, '与序时进度比较：完成率每落后序时进度 1 个百分点扣 0.5 分（最低 0 分）；每超前 1 个百分点加 0.2 分，最多加 2 分', 'against time progress: minus 0.5 points for each percentage point the rate is behind (not below 0); plus 0.2 for each point ahead, at most 2 extra'],
  ['schedule.proportional', { method: { type: 'schedule', mode: 'proportional' }, target: '目标' }, '得分 = 权重 × 完成率 ÷ 序时进度，比值最高按 100% 计', 'score = weight × rate / time progress, the ratio counted up to 100%'],
  ['bands', { method: { type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.9, max: 0.99, score: 0.8 }, { max: 0.5, score: 0.1 }], else: 0.3 }, target: '目标' }, '分档计分：≥ 100% 得 20 分；90%～99% 得 16 分；≤ 50% 得 2 分；其余得 6 分', 'bands: ≥ 100%: 20 points; 90% to 99%: 16 points; ≤ 50%: 2 points; otherwise 6 points'],
  ['relative.higher', { method: { type: 'relative' } }, '对标最优：得分 = 权重 × 本单位数值 ÷ 同组最高数值（最高者为 0 或负数时均得 0 分）', 'against the best: score = weight × own value / highest value in the group (all get 0 when the highest is 0 or less)'],
  ['relative.lower', { method: { type: 'relative' }, direction: 'lower' }, '对标最优（越低越好）：得分 = 权重 × 同组最低数值 ÷ 本单位数值', 'against the best (lower is better): score = weight × lowest value in the group / own value'],
  ['minmax.higher', { method: { type: 'minmax' } }, '按同组数值最高、最低线性计分：最高者得满分，最低者得 0 分，全部相同时均得满分', 'linear between the group\'s lowest and highest value: highest gets the full weight, lowest 0, all equal get the full weight'],
  ['minmax.lower', { method: { type: 'minmax' }, target: '目标', direction: 'lower' }, '按同组完成率线性计分（越低越好）：最低者得满分，最高者得 0 分，全部相同时均得满分', 'linear between the group\'s lowest and highest rate (lower is better): lowest gets the full weight, highest 0'],
  ['rank.higher', { method: { type: 'rank', step: 2 } }, '按数值在同组的名次计分（越高越好）：第 1 名得满分，每低一名扣 2 分，最低 0 分', 'by place in the group on value (higher is better): first place gets the full weight, each place lower 2 points less, at least 0'],
  ['rank.lower', { method: { type: 'rank', step: 1.5, floor: 3 }, direction: 'lower' }, '按数值在同组的名次计分（越低越好）：第 1 名得满分，每低一名扣 1.5 分，最低 3 分', 'by place in the group on value (lower is better): first place gets the full weight, each place lower 1.5 points less, at least 3'],
  ['perUnit.penalty', { method: { type: 'perUnit', points: -2 } }, '满分起扣：数值每 1 扣 2 分，最低 0 分', 'full weight minus 2 points for each 1 of value, not below 0'],
  ['perUnit.reward', { method: { type: 'perUnit', points: 2.5 } }, '按量计分：数值每 1 得 2.5 分，最高 20 分', '2.5 points for each 1 of value, at most 20'],
];

const indicator = (over: Partial<IndicatorRule>): IndicatorRule => ({ id: 'i', weight: 20, actual: '完成', method: { type: 'ratio' }, ...over });

describe('method rules in words', () => {
  it.each(CASES)('%s', (_code, over, zh, en) => {
    expect(explainMethod(indicator(over), LABELS['zh-CN'])).toBe(zh);
    expect(explainMethod(indicator(over), LABELS.en)).toBe(en);
  });

  it('every rule code has a case here', () => {
    expect(CASES.map(([code]) => code).sort()).toEqual(RULE_CODES.filter((c) => c !== 'band').sort());
  });

  it('a method no one knows is shown as its JSON', () => {
    expect(explainMethod(indicator({ method: { type: 'mystery', a: 1 } }), LABELS['zh-CN'])).toBe('计分方法 mystery：{"type":"mystery","a":1}');
  });
});
