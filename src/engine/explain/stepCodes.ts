// Every step code a method's `explain` may give: the keys of the explanation tables.
export const STEP_CODES = [
  'ratio',
  'ratio.capped',
  'ratio.belowFloor',
  'schedule.ahead',
  'schedule.aheadCapped',
  'schedule.behind',
  'schedule.behindZero',
  'schedule.proportional',
  'schedule.proportionalCapped',
  'schedule.proportionalZero',
  'bands.hit',
  'bands.else',
  'relative',
  'relative.noBest',
  'relative.lower',
  'relative.isBest',
  'minmax',
  'minmax.lower',
  'minmax.same',
  'rank',
  'rank.lower',
  'rank.floor',
  'perUnit.penalty',
  'perUnit.penaltyZero',
  'perUnit.reward',
  'perUnit.rewardCapped',
] as const;

export type StepCode = (typeof STEP_CODES)[number];

export const isStepCode = (code: string): code is StepCode => (STEP_CODES as readonly string[]).includes(code);
