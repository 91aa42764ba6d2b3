// Which columns a run reads, by header as the join matches them.
import { describe, expect, it } from 'vitest';
import { columnsRead } from '../../src/engine';
import type { RuleSet } from '../../src/engine';

const ruleSet = {
  format: 'standings/ruleset@1',
  name: '考核',
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    { id: 'a', weight: 60, target: '计划', actual: '完成', method: { type: 'ratio' } },
    { id: 'b', weight: 40, actual: '得分', method: { type: 'ratio' } },
  ],
  adjustments: [{ type: 'veto', column: '否决' }],
} as unknown as RuleSet;

describe('columnsRead', () => {
  it('names the unit, group, figure and adjustment columns, matched as headers are', () => {
    const header = ['序号', ' 单位 ', '类别', '计划(万元)', '备注', '完成', '得分', '否决', '填报日期'];
    expect(columnsRead(ruleSet, header)).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it('takes the first of a repeated header and skips blanks, numbers and dates that name nothing', () => {
    const header = ['单位', '计划', '计划', null, 46_000, new Date(Date.UTC(2025, 0, 1)), '完成'];
    expect(columnsRead(ruleSet, header)).toEqual([0, 1, 6]);
  });
});
