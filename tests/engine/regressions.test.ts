// One test per engine bug found, so it stays fixed.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { excelRound } from '../../src/engine/round';
import { errors, ruleSet, table } from './helpers';

describe('regressions', () => {
  it('B1: ROUND never gives −0 (Excel has none)', () => {
    expect(Object.is(excelRound(-0.004, 2), 0)).toBe(true);
    expect(Object.is(excelRound(-0.4, 0), 0)).toBe(true);
    const r = evaluate(ruleSet({ indicators: [{ id: 'k', weight: 10, actual: '分', method: { type: 'perUnit', points: 1 } }] }), [table('数据', [['单位', '分'], ['甲', -0.004]])], '2026');
    expect(Object.is(r.units[0].total, 0)).toBe(true);
    expect(Object.is(r.units[0].indicators.k.score, 0)).toBe(true);
  });

  it('B2: every group gets its own quota-tie warning', () => {
    const r = evaluate(
      ruleSet({
        unit: { column: '单位', groupColumn: '类别' },
        indicators: [{ id: 'k', weight: 100, actual: '分', method: { type: 'perUnit', points: 1 } }],
        tiers: [{ label: '优秀', when: { top: 2, quota: true } }],
      }),
      [table('数据', [['单位', '类别', '分'], ['甲1', '甲', 90], ['甲2', '甲', 80], ['甲3', '甲', 80], ['乙1', '乙', 90], ['乙2', '乙', 80], ['乙3', '乙', 80]])],
      '2026',
    );
    const warnings = r.issues.filter((i) => i.code === 'quota-tie');
    expect(warnings.map((w) => w.params.units)).toEqual(['甲2、甲3', '乙2、乙3']);
    expect(warnings[1].message).toContain('乙：');
  });

  it('B3: a unit missing from two ranges is reported once per range', () => {
    const r = evaluate(
      ruleSet({
        indicators: [
          { id: 'a', weight: 50, target: '计划', actual: '完成', method: { type: 'ratio' } },
          { id: 'b', weight: 50, actual: '数量', method: { type: 'perUnit', points: 1 } },
        ],
      }),
      [
        table('完成', [['单位', '完成'], ['城关镇', 1], ['东城', 1]]),
        table('计划', [['单位', '计划'], ['东城', 1]]),
        table('数量', [['单位', '数量'], ['东城', 1]]),
      ],
      '2026',
    );
    expect(r.issues.map((i) => `${i.code} ${i.cell} ${i.params.missingRange}`)).toEqual([
      'missing-unit 完成!A2 计划!A1:B2',
      'missing-unit 完成!A2 数量!A1:B2',
    ]);
  });

  it('groups are matched after width folding, like units', () => {
    const r = evaluate(
      ruleSet({ unit: { column: '单位', groupColumn: '类别' }, indicators: [{ id: 'k', weight: 100, actual: '分', method: { type: 'perUnit', points: 1 } }] }),
      [table('数据', [['单位', '类别', '分'], ['甲', 'A组', 90], ['乙', 'Ａ组', 80]])],
      '2026',
    );
    expect(r.units.map((u) => [u.unit, u.rank])).toEqual([['甲', 1], ['乙', 2]]);
  });

  it('an Excel error or a missing marker is no unit name', () => {
    const r = evaluate(
      ruleSet({ indicators: [{ id: 'k', weight: 100, actual: '分', method: { type: 'perUnit', points: 1 } }] }),
      [table('数据', [['单位', '分'], ['#N/A', 90], ['—', 80], ['无', 70]])],
      '2026',
    );
    expect(errors(r)).toEqual(['excel-error 数据!A2', 'missing-unit-name 数据!A3', 'missing-unit-name 数据!A4']);
  });
});
