// Joining ranges (spec section 1): header matching, unit matching, duplicates, gaps, conflicts.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { errors, ruleSet, table } from './helpers';

const rules = ruleSet({
  indicators: [{ id: 'inv', weight: 100, target: '年度计划投资', actual: '累计完成投资', scale: '万元', method: { type: 'ratio' } }],
});

describe('joining ranges', () => {
  it('matches headers ignoring spaces, width and a bracketed unit; units after trimming and folding', () => {
    const r = evaluate(
      rules,
      [
        table('目标', [['单位', ' 年度计划投资（万元） '], ['  城关镇\u3000', 1000], ['ＡＢ园区', 2000]]),
        table('完成情况', [['单位', '累计完成投资(万元)'], ['ＡＢ园区', '1,500'], ['城关镇', 800]], 'B3'),
      ],
      '2026',
    );
    expect(r.units.map((u) => [u.unit, u.indicators.inv.rate])).toEqual([['城关镇', 0.8], ['ＡＢ园区', 0.75]]);
    expect(r.issues.map((i) => `${i.code} ${i.cell}`)).toEqual(['text-as-number 完成情况!C4']);
  });

  it('skips blank rows and refuses a row with data but no unit name', () => {
    const r = evaluate(rules, [table('数据', [['单位', '年度计划投资', '累计完成投资'], ['', '', ''], ['', 100, 50]])], '2026');
    expect(errors(r)).toEqual(['missing-unit-name 数据!A3']);
  });

  it('names the second cell of a duplicate unit and the first in the message', () => {
    const r = evaluate(rules, [table('数据', [['单位', '年度计划投资', '累计完成投资'], ['城关镇', 100, 50], ['城关镇 ', 100, 60]])], '2026', { lang: 'en' });
    const dup = r.issues.find((i) => i.code === 'duplicate-unit')!;
    expect(dup.cell).toBe('数据!A3');
    expect(dup.message).toContain('数据!A2');
  });

  it('refuses a unit missing from a range that holds columns it needs, naming both ranges', () => {
    const r = evaluate(
      rules,
      [table('目标', [['单位', '年度计划投资'], ['城关镇', 100], ['河东镇', 100]]), table('完成情况', [['单位', '累计完成投资'], ['城关镇', 50]])],
      '2026',
      { lang: 'en' },
    );
    expect(errors(r)).toEqual(['missing-unit 目标!A3']);
    expect(r.issues[0].message).toBe('unit "河东镇" is in 目标!A1:B3 but not in 完成情况!A1:B2');
  });

  it('finds conflicting values across ranges after coercion, naming both cells', () => {
    const both = [['单位', '年度计划投资', '累计完成投资']];
    const r = evaluate(rules, [table('甲表', [...both, ['城关镇', 100, 50]]), table('乙表', [...both, ['城关镇', '100', 60]])], '2026');
    expect(errors(r)).toEqual(['conflict 乙表!C2']);
    expect(r.issues.find((i) => i.code === 'conflict')!.params.other).toBe('甲表!C2');
    const agree = evaluate(rules, [table('甲表', [...both, ['城关镇', 100, 50]]), table('乙表', [...both, ['城关镇', '100', '']])], '2026');
    expect(errors(agree)).toEqual([]);
  });

  it('reports a rule column that no range has, with its JSON path', () => {
    const r = evaluate(rules, [table('数据', [['单位', '年度计划投资', '完成投资'], ['城关镇', 100, 50]])], '2026');
    expect(errors(r)).toEqual(['missing-column indicators[0].actual']);
  });

  it('takes the first of two columns with the same header', () => {
    const r = evaluate(rules, [table('数据', [['单位', '年度计划投资', '累计完成投资', '累计完成投资'], ['城关镇', 100, 50, 70]])], '2026');
    expect(r.units[0].indicators.inv.actual).toBe(50);
  });

  it('reports every bad cell of every range at once, and no units', () => {
    const r = evaluate(
      rules,
      [table('数据', [['单位', '年度计划投资', '累计完成投资'], ['甲', 'abc', '#DIV/0!'], ['乙', true, '1.2亿'], ['丙', 0, 5]])],
      '2026',
    );
    expect(errors(r)).toEqual(['not-a-number 数据!B2', 'excel-error 数据!C2', 'not-a-number 数据!B3', 'bad-target 数据!B4']);
    expect(r.units).toEqual([]);
  });

  it('says so when there are no ranges or no units', () => {
    expect(errors(evaluate(rules, [], '2026'))).toEqual(['no-sources sources', 'missing-column indicators[0].target', 'missing-column indicators[0].actual']);
    expect(errors(evaluate(rules, [table('数据', [['单位', '年度计划投资', '累计完成投资']])], '2026'))).toEqual(['no-units sources']);
  });

  it('quotes sheet names that need it in addresses', () => {
    const r = evaluate(rules, [table('Q3 data', [['单位', '年度计划投资', '累计完成投资'], ['甲', 'x', 1]])], '2026');
    expect(errors(r)).toEqual(["not-a-number 'Q3 data'!B2"]);
  });
});
