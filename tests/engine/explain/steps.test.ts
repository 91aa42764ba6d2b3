// Every method states its arithmetic: the filled-in numbers of each step reproduce the points,
// by hand-worked cases (domain page figures) and over every step code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explanationText } from '../../../src/engine/explain/render';
import { STEP_CODES } from '../../../src/engine/explain/stepCodes';
import { stepDigits } from '../../../src/engine/explain/stepDigits';
import type { UnitExplanation } from '../../../src/engine/explain/types';
import { evaluate, excelRound } from '../../../src/engine/index';
import { ruleSet, table } from '../helpers';
import { close, STEP_FORMULAS } from './stepFormula';

/** One indicator over units (name, target, actual); every unit explained. */
function explainOne(indicator: Record<string, unknown>, rows: unknown[][], period = '2026'): UnitExplanation[] {
  const rs = ruleSet({ indicators: [{ id: 'k', weight: 40, actual: '完成', ...indicator }] });
  const result = evaluate(rs, [table('数据', [['单位', '目标', '完成'], ...rows])], period, { explain: true });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return result.explanations!;
}
const step = (es: UnitExplanation[], unit: string) => es.find((e) => e.unit === unit)!.indicators[0];

describe('method steps, hand-worked', () => {
  it('schedule: 35.6% at the end of May is 6.1 points behind 41.7% (domain page), shown precisely enough to add up', () => {
    const es = explainOne({ target: '目标', method: { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 } }, [['城关镇', 1000, 356]], '2026-05');
    const ind = step(es, '城关镇');
    expect(ind.step!.code).toBe('schedule.behind');
    expect(ind.step!.params.gap).toBeCloseTo(6.0667, 4);
    expect(ind.step!.params.ptsPenalty).toBeCloseTo(3.0333, 4);
    expect(ind.score).toBeCloseTo(36.9667, 4);
    const text = explanationText(es[0], 'zh-CN').sections[0].lines[0];
    // 6.1 × 0.5 would be 3.05: the gap is shown to 6.067 so that the product shown is the one used.
    expect(text).toContain('完成率 35.600%，序时进度 41.667%，落后 6.067 个百分点 × 0.5 = −3.03，得分 36.97 / 40');
    expect(text).toContain('目标 1,000（数据!B2）');
  });

  it('schedule: the issue’s example, 80.0% against 75.0%, 5.0 points ahead × 0.2 = +1.0, 41 / 40', () => {
    const es = explainOne({ target: '目标', method: { type: 'schedule', penaltyPerPoint: 0.5, bonusPerPoint: 0.2, maxBonus: 2 } }, [['城关镇', 1000, 800]], '2026Q3');
    const line = explanationText(es[0], 'zh-CN').sections[0].lines[0];
    expect(line).toContain('完成率 80.0%，序时进度 75.0%，超前 5.0 个百分点 × 0.2 = +1，得分 41 / 40');
    expect(explanationText(es[0], 'en').sections[0].lines[0]).toContain('rate 80.0%, time progress 75.0%, 5.0 points ahead × 0.2 = +1, score 41 / 40');
  });

  it('ratio capped at 120%: 18/44 = 40.9% scores 16.36; 150% counts as 120%', () => {
    const es = explainOne({ target: '目标', method: { type: 'ratio', cap: 1.2 } }, [['甲', 44, 18], ['乙', 10, 15]]);
    expect(step(es, '甲').step).toEqual({ code: 'ratio', params: { x: 18 / 44, weight: 40, score: (18 / 44) * 40 } });
    expect(step(es, '乙').step!.code).toBe('ratio.capped');
    expect(explanationText(es.find((e) => e.unit === '乙')!, 'zh-CN').sections[0].lines[0]).toContain('完成率 150.0%，超过封顶 120.0%，按 120.0% × 权重 40 = 48 分');
  });

  it('bands name the band and its bounds', () => {
    const method = { type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.9, score: 0.8 }], else: 0 };
    const es = explainOne({ target: '目标', method }, [['甲', 100, 95], ['乙', 100, 50]]);
    expect(step(es, '甲').step!.params).toMatchObject({ band: 2, xMin: 0.9, fraction: 0.8, score: 32 });
    expect(explanationText(es[0], 'zh-CN').sections[0].lines[0]).toContain('完成率 95.0%，在第 2 档（不低于 90.0%），得 0.8 × 权重 40 = 32 分');
    expect(step(es, '乙').step!.code).toBe('bands.else');
  });

  it('relative and rank name the peers they were measured against', () => {
    const rel = explainOne({ method: { type: 'relative' } }, [['甲', null, 200], ['乙', null, 150]]);
    expect(step(rel, '乙').step).toEqual({ code: 'relative', params: { x: 150, xBest: 200, weight: 40, score: 30 } });
    const rank = explainOne({ method: { type: 'rank', step: 5 } }, [['甲', null, 3], ['乙', null, 2], ['丙', null, 1]]);
    expect(step(rank, '丙').step).toEqual({ code: 'rank', params: { x: 1, ahead: 2, step: 5, weight: 40, score: 30 } });
  });
});

describe('every step code', () => {
  // One case per code: [indicator, rows, unit, period].
  const cases: [string, Record<string, unknown>, unknown[][], string, string?][] = [
    ['ratio', { target: '目标', method: { type: 'ratio' } }, [['a', 10, 5]], 'a'],
    ['ratio.capped', { target: '目标', method: { type: 'ratio', cap: 1.2 } }, [['a', 10, 13]], 'a'],
    ['ratio.belowFloor', { target: '目标', method: { type: 'ratio', floor: 0.6 } }, [['a', 10, 5]], 'a'],
    ['schedule.ahead', { target: '目标', method: { type: 'schedule', penaltyPerPoint: 1, bonusPerPoint: 0.1, maxBonus: 5 } }, [['a', 100, 60]], 'a', '2026H1'],
    ['schedule.aheadCapped', { target: '目标', method: { type: 'schedule', penaltyPerPoint: 1, bonusPerPoint: 0.5, maxBonus: 2 } }, [['a', 100, 60]], 'a', '2026H1'],
    ['schedule.behind', { target: '目标', method: { type: 'schedule', penaltyPerPoint: 1 } }, [['a', 100, 40]], 'a', '2026H1'],
    ['schedule.behindZero', { target: '目标', method: { type: 'schedule', penaltyPerPoint: 5 } }, [['a', 100, 10]], 'a', '2026H1'],
    ['schedule.proportional', { target: '目标', method: { type: 'schedule', mode: 'proportional' } }, [['a', 100, 40]], 'a', '2026H1'],
    ['schedule.proportionalCapped', { target: '目标', method: { type: 'schedule', mode: 'proportional', cap: 1.2 } }, [['a', 100, 90]], 'a', '2026H1'],
    ['schedule.proportionalZero', { target: '目标', method: { type: 'schedule', mode: 'proportional' } }, [['a', 100, -10]], 'a', '2026H1'],
    ['bands.hit', { method: { type: 'bands', bands: [{ min: 5, max: 10, score: 0.5 }] } }, [['a', null, 7]], 'a'],
    ['bands.else', { method: { type: 'bands', bands: [{ min: 5, score: 1 }], else: 0.2 } }, [['a', null, 1]], 'a'],
    ['relative', { method: { type: 'relative' } }, [['a', null, 5], ['b', null, 10]], 'a'],
    ['relative.noBest', { method: { type: 'relative' } }, [['a', null, -5], ['b', null, 0]], 'a'],
    ['relative.lower', { direction: 'lower', method: { type: 'relative' } }, [['a', null, 5], ['b', null, 10]], 'b'],
    ['relative.isBest', { direction: 'lower', method: { type: 'relative' } }, [['a', null, 5], ['b', null, 10]], 'a'],
    ['minmax', { method: { type: 'minmax' } }, [['a', null, 5], ['b', null, 10], ['c', null, 7]], 'c'],
    ['minmax.lower', { direction: 'lower', method: { type: 'minmax' } }, [['a', null, 5], ['b', null, 10], ['c', null, 7]], 'c'],
    ['minmax.same', { method: { type: 'minmax' } }, [['a', null, 5], ['b', null, 5]], 'a'],
    ['rank', { method: { type: 'rank', step: 3 } }, [['a', null, 5], ['b', null, 10]], 'a'],
    ['rank.lower', { direction: 'lower', method: { type: 'rank', step: 3 } }, [['a', null, 5], ['b', null, 10]], 'b'],
    ['rank.floor', { method: { type: 'rank', step: 30, floor: 15 } }, [['a', null, 5], ['b', null, 10]], 'a'],
    ['perUnit.penalty', { method: { type: 'perUnit', points: -2 } }, [['a', null, 3]], 'a'],
    ['perUnit.penaltyZero', { method: { type: 'perUnit', points: -20 } }, [['a', null, 3]], 'a'],
    ['perUnit.reward', { method: { type: 'perUnit', points: 5 } }, [['a', null, 3]], 'a'],
    ['perUnit.rewardCapped', { method: { type: 'perUnit', points: 50 } }, [['a', null, 3]], 'a'],
  ];

  it('the cases cover every code', () => {
    expect(cases.map((c) => c[0]).sort()).toEqual([...STEP_CODES].sort());
  });

  it.each(cases)('%s: the numbers shown reproduce the score', (code, indicator, rows, unit, period) => {
    const es = explainOne(indicator, rows, period);
    const ind = step(es, unit);
    expect(ind.step!.code).toBe(code);
    const params = ind.step!.params;
    expect(params.score).toBe(ind.score);
    expect(close(STEP_FORMULAS[code as keyof typeof STEP_FORMULAS](params), ind.score!)).toBe(true);
    for (const lang of ['zh-CN', 'en'] as const) {
      const line = explanationText(es.find((e) => e.unit === unit)!, lang).sections[0].lines[0];
      expect(line).not.toMatch(/undefined|NaN|\{/);
    }
  });
});

describe('numbers shown in a product add up', () => {
  it('the first factor gets the decimals it needs (2,000 random steps)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3, noNaN: true }), fc.constantFrom(0.1, 0.2, 0.5, 1, 2, 7, 10, 12.5, 40), fc.boolean(), (x, perPoint, rate) => {
        const gap = x * 37.3;
        const params = { gap, perPoint, ptsPenalty: gap * perPoint, x, weight: perPoint, score: x * perPoint };
        const digits = stepDigits('schedule.behind', params, true, 2);
        expect(excelRound(excelRound(gap, digits.gap) * perPoint, 2)).toBe(excelRound(gap * perPoint, 2));
        const ratio = stepDigits('ratio', params, rate, 2);
        const shownX = rate ? excelRound(x * 100, ratio.x) / 100 : excelRound(x, ratio.x);
        expect(excelRound(shownX * perPoint, 2)).toBe(excelRound(x * perPoint, 2));
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });
});
