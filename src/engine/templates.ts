// Built-in rule sets modelled on what supervision offices score (../shared/spec/domain.md).
import type { RuleSet } from './ruleset/schema';

const FORMAT = 'standings/ruleset@1';

/** 重点项目投资进度：completion against the annual plan, judged against time progress. */
const keyProjects: RuleSet = {
  format: FORMAT,
  name: '重点项目推进考核',
  description: '按年度计划投资完成率对照序时进度计分，开工率分档，加分、扣分与一票否决。',
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    {
      id: 'investment', label: '投资完成率', weight: 60, target: '年度计划投资', actual: '累计完成投资', scale: '万元',
      method: { type: 'schedule', penaltyPerPoint: 1, bonusPerPoint: 0.2, maxBonus: 3 },
    },
    {
      id: 'starts', label: '项目开工率', weight: 40, target: '计划开工项目', actual: '已开工项目',
      method: { type: 'bands', bands: [{ min: 1, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0.8, score: 0.6 }], else: 0.3 },
    },
  ],
  adjustments: [
    { type: 'bonus', column: '加分', max: 5 },
    { type: 'deduction', column: '扣分', max: 10 },
    { type: 'veto', column: '一票否决' },
  ],
  total: { precision: 2, min: 0 },
  ranking: { ties: 'competition', tieBreak: ['investment'] },
  tiers: [
    { label: '一票否决', kind: 'penalty', when: { veto: true } },
    { label: '表彰', kind: 'reward', when: { top: 3 } },
    { label: '通报批评', kind: 'penalty', when: { bottom: 3 } },
  ],
};

/** 招商引资：projects introduced, agreed funds and funds arrived. */
const investmentAttraction: RuleSet = {
  format: FORMAT,
  name: '招商引资考核',
  description: '引进项目数按目标计分，协议资金对标最优，到位资金完成率封顶 120%。',
  unit: { column: '单位' },
  indicators: [
    { id: 'projects', label: '新引进项目', weight: 30, target: '引进项目目标', actual: '新引进项目', method: { type: 'ratio', cap: 1.2 } },
    { id: 'agreed', label: '协议资金', weight: 30, actual: '协议资金', scale: '万元', missing: 'zero', method: { type: 'relative' } },
    { id: 'arrived', label: '到位资金完成率', weight: 40, target: '到位资金目标', actual: '到位资金', scale: '万元', method: { type: 'ratio', cap: 1.2 } },
  ],
  adjustments: [{ type: 'bonus', column: '加分', max: 5 }, { type: 'deduction', column: '扣分', max: 10 }],
  total: { precision: 2, min: 0 },
  ranking: { ties: 'competition', tieBreak: ['arrived'] },
  tiers: [
    { label: '表彰', kind: 'reward', when: { top: 3 } },
    { label: '约谈', kind: 'penalty', when: { bottom: 2 } },
  ],
};

/** 向上争取资金：funds secured from higher levels against the target, with a count of projects. */
const fundsSecured: RuleSet = {
  format: FORMAT,
  name: '向上争取资金考核',
  description: '争取资金完成率按序时进度折算，争取项目个数按名次计分。',
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    { id: 'funds', label: '争取资金完成率', weight: 70, target: '争取资金目标', actual: '已争取资金', scale: '万元', method: { type: 'schedule', mode: 'proportional', cap: 1.2 } },
    { id: 'projects', label: '争取项目个数', weight: 30, actual: '争取项目个数', missing: 'zero', method: { type: 'rank', step: 2, floor: 10 } },
  ],
  adjustments: [{ type: 'bonus', column: '加分', max: 3 }],
  total: { precision: 2, min: 0 },
  ranking: { ties: 'competition', tieBreak: ['funds'] },
  tiers: [
    { label: '表彰', kind: 'reward', when: { top: 3 } },
    { label: '通报', kind: 'penalty', when: { bottom: 1, maxScore: 60 } },
  ],
};

/** 年度综合考核等次：优秀 at most 20%, then 良好, 合格, 不合格. */
const annualGrades: RuleSet = {
  format: FORMAT,
  name: '年度综合考核',
  description: '年度目标任务完成情况计分，优秀等次不超过 20%，不合格按分数线确定。',
  unit: { column: '单位' },
  indicators: [
    { id: 'economy', label: '经济发展', weight: 40, target: '经济目标', actual: '经济完成', method: { type: 'ratio', cap: 1.1 } },
    { id: 'projects', label: '项目建设', weight: 30, target: '项目目标', actual: '项目完成', method: { type: 'ratio', cap: 1.1 } },
    { id: 'safety', label: '安全生产事故', weight: 30, actual: '安全事故起数', direction: 'lower', missing: 'zero', method: { type: 'perUnit', points: -10 } },
  ],
  adjustments: [
    { type: 'bonus', column: '加分', max: 5 },
    { type: 'deduction', column: '扣分' },
    { type: 'veto', column: '一票否决' },
  ],
  total: { precision: 2, min: 0 },
  ranking: { ties: 'competition' },
  tiers: [
    { label: '不合格', kind: 'penalty', when: { veto: true } },
    { label: '优秀', kind: 'reward', when: { topPercent: 20, minScore: 90, quota: true } },
    { label: '良好', kind: 'neutral', when: { minScore: 80 } },
    { label: '合格', kind: 'neutral', when: { minScore: 60 } },
    { label: '不合格', kind: 'penalty', when: {} },
  ],
};

export interface Template {
  id: string;
  ruleSet: RuleSet;
}

export const TEMPLATES: readonly Template[] = [
  { id: 'key-projects', ruleSet: keyProjects },
  { id: 'investment-attraction', ruleSet: investmentAttraction },
  { id: 'funds-secured', ruleSet: fundsSecured },
  { id: 'annual-grades', ruleSet: annualGrades },
];

/** A fresh copy of a template, so callers may edit it. */
export function templateById(id: string): RuleSet | undefined {
  const t = TEMPLATES.find((x) => x.id === id);
  return t ? (JSON.parse(JSON.stringify(t.ruleSet)) as RuleSet) : undefined;
}
