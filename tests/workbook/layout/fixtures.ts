// The rule set the result-sheet tests draw: a rate scored by ratio, a count scored against peers,
// a deduction and a veto, groups, one decimal.
import type { RuleSet } from '../../../src/engine/ruleset/schema';

export const INVESTMENT_RULES: RuleSet = {
  format: 'standings/ruleset@1',
  name: '招商考核',
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    { id: 'funds', label: '到位资金', weight: 60, target: '目标', actual: '到位', method: { type: 'ratio' } },
    { id: 'count', label: '项目数', weight: 40, actual: '项目', method: { type: 'relative' } },
  ],
  adjustments: [{ type: 'deduction', column: '扣分' }, { type: 'veto', column: '否决' }],
  total: { precision: 1 },
};
