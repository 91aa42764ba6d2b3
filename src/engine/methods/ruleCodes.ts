// Every rule code a method's `describe` may give: the keys of the rules sheet's method words.
export const RULE_CODES = [
  'ratio',
  'schedule.points',
  'schedule.proportional',
  'bands',
  'band',
  'relative.higher',
  'relative.lower',
  'minmax.higher',
  'minmax.lower',
  'rank.higher',
  'rank.lower',
  'perUnit.penalty',
  'perUnit.reward',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
