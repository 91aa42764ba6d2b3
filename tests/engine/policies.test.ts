// Missing policies, adjustments and the total (spec 3.1 `missing`, 3.2, 3.3).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { byUnit, errors, oneIndicator, ruleSet, scores, table } from './helpers';

const twoIndicators = (missing: string, rows: unknown[][], kMethod: Record<string, unknown> = { type: 'ratio' }) =>
  evaluate(
    ruleSet({
      indicators: [
        { id: 'k', weight: 40, ...(kMethod.type === 'ratio' ? { target: '目标' } : {}), actual: '完成', missing, method: kMethod },
        { id: 'j', weight: 60, actual: '项目数', method: { type: 'perUnit', points: 10 } },
      ],
      ranking: { tieBreak: ['k'] },
    }),
    [table('数据', [['单位', '目标', '完成', '项目数'], ...rows])],
    '2026',
  );

describe('missing policies', () => {
  it('error (default): a blank figure is an error naming its cell', () => {
    const r = oneIndicator({ target: '目标', method: { type: 'ratio' } }, [['甲', 100, ''], ['乙', '—', 5]]);
    expect(errors(r)).toEqual(['missing-value 数据!C2', 'missing-value 数据!B3']);
    expect(r.units).toEqual([]);
  });

  it('zero: the blank figure is 0', () => {
    const r = oneIndicator({ target: '目标', missing: 'zero', method: { type: 'ratio' } }, [['甲', 100, '']]);
    expect(r.units[0].indicators.k).toEqual({ target: 100, actual: 0, rate: 0, score: 0 });
  });

  it('zero: a blank target with a rate is still a bad target', () => {
    const r = oneIndicator({ target: '目标', missing: 'zero', method: { type: 'ratio' } }, [['甲', '', 5]]);
    expect(errors(r)).toEqual(['bad-target 数据!B2']);
  });

  it('full: the unit gets the full weight, blank figures shown as null', () => {
    const r = oneIndicator({ target: '目标', missing: 'full', method: { type: 'ratio' } }, [['甲', 100, 'N/A']]);
    expect(r.units[0].indicators.k).toEqual({ target: 100, actual: null, rate: null, score: 40 });
  });

  it('exclude: score null, indicator sum scaled by all weights / weights that apply', () => {
    const r = byUnit(twoIndicators('exclude', [['甲', 100, '—', 3], ['乙', 100, 80, 6]]));
    expect(r.甲.indicators.k).toEqual({ target: 100, actual: null, rate: null, score: null });
    expect(r.甲.indicators.j.score).toBe(30);
    expect(r.甲.total).toBe(50); // 30 × 100 / 60
    expect(r.乙.total).toBe(92); // 32 + 60
  });

  it('exclude: the unit is left out of its peers', () => {
    const r = twoIndicators('exclude', [['甲', '', '', 0], ['乙', '', 50, 0], ['丙', '', 100, 0]], { type: 'relative' });
    expect(scores(r)).toEqual({ 丙: 40, 乙: 20, 甲: null });
  });

  it('exclude: counts lowest as a tie-break', () => {
    // 甲: k excluded, j = 60 → total 100; 乙: k 40 (100%) + j 60 = 100.
    const r = twoIndicators('exclude', [['甲', 100, '', 6], ['乙', 100, 100, 6]]);
    expect(r.units.map((u) => [u.unit, u.total, u.rank])).toEqual([['乙', 100, 1], ['甲', 100, 2]]);
  });
});

const withAdjustments = (rows: unknown[][], extra: Record<string, unknown> = {}) =>
  evaluate(
    ruleSet({
      indicators: [{ id: 'k', weight: 100, actual: '得分', method: { type: 'perUnit', points: 1 } }],
      adjustments: [
        { type: 'bonus', column: '加分', max: 5 },
        { type: 'deduction', column: '扣分', max: 10 },
        { type: 'veto', column: '一票否决' },
      ],
      ...extra,
    }),
    [table('数据', [['单位', '得分', '加分', '扣分', '一票否决'], ...rows])],
    '2026',
  );

describe('adjustments', () => {
  it('adds bonuses and takes deductions, each up to its max', () => {
    const r = byUnit(withAdjustments([['甲', 80, 7, 3, ''], ['乙', 80, '', 12, ''], ['丙', 80, '-', '—', '']]));
    expect([r.甲.bonus, r.甲.deduction, r.甲.total]).toEqual([5, 3, 82]);
    expect([r.乙.bonus, r.乙.deduction, r.乙.total]).toEqual([0, 10, 70]);
    expect([r.丙.bonus, r.丙.deduction, r.丙.total]).toEqual([0, 0, 80]);
  });

  it('refuses negative adjustments', () => {
    expect(errors(withAdjustments([['甲', 80, -1, '', '']]))).toEqual(['negative-adjustment 数据!C2']);
  });

  it('vetoes on anything but blank, a missing marker, 0, FALSE, 否 or no', () => {
    const notVetoed = ['', '—', '无', 0, false, 'FALSE', 'false', '否', 'no', 'NO', ' 0 '];
    const rows = notVetoed.map((v, i) => [`单位${i}`, 50, '', '', v]);
    rows.push(['甲', 90, '', '', '重大安全事故'], ['乙', 95, '', '', true]);
    const r = byUnit(withAdjustments(rows));
    for (let i = 0; i < notVetoed.length; i++) expect(r[`单位${i}`].veto).toBeNull();
    expect(r.甲.veto).toBe('重大安全事故');
    expect(r.乙.veto).toBe('TRUE');
  });
});

describe('total', () => {
  it('is clamped to min and max, then rounded to precision', () => {
    const r = byUnit(withAdjustments([['甲', 3, '', 10, ''], ['乙', 99.96, 5, '', ''], ['丙', 33.333, '', '', '']], { total: { min: 0, max: 100, precision: 1 } }));
    expect(r.甲.total).toBe(0);
    expect(r.乙.total).toBe(100);
    expect(r.丙.total).toBe(33.3);
  });

  it('is computed from unrounded indicator scores', () => {
    // Two indicators of 1.004 each: rounded scores 1 + 1, total ROUND(2.008, 2) = 2.01.
    const r = evaluate(
      ruleSet({
        indicators: [
          { id: 'a', weight: 10, actual: 'A', method: { type: 'perUnit', points: 1 } },
          { id: 'b', weight: 10, actual: 'B', method: { type: 'perUnit', points: 1 } },
        ],
      }),
      [table('数据', [['单位', 'A', 'B'], ['甲', 1.004, 1.004]])],
      '2026',
    );
    expect(r.units[0].indicators.a.score).toBe(1);
    expect(r.units[0].total).toBe(2.01);
  });
});
