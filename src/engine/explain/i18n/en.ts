// Score explanations (English).
import type { ExplainWords } from './words';

const bounds = (p: Readonly<Record<string, string>>): string => {
  if (p.xMin !== undefined && p.xMax !== undefined) return `${p.xMin} to ${p.xMax}`;
  if (p.xMin !== undefined) return `at least ${p.xMin}`;
  if (p.xMax !== undefined) return `at most ${p.xMax}`;
  return 'any value';
};
const at = (cell: string | null): string => (cell === null ? '' : ` (${cell})`);

export const en: ExplainWords = {
  steps: {
    ratio: (p) => `rate ${p.x} × weight ${p.weight} = ${p.score} points`,
    'ratio.capped': (p) => `rate ${p.x}, above the cap of ${p.xCap}: ${p.xCap} × weight ${p.weight} = ${p.score} points`,
    'ratio.belowFloor': (p) => `rate ${p.x}, below the floor of ${p.xFloor}: ${p.score} points`,
    'schedule.ahead': (p) => `rate ${p.x}, time progress ${p.elapsed}, ${p.gap} points ahead × ${p.perPoint} = +${p.ptsBonus}, score ${p.score} / ${p.weight}`,
    'schedule.aheadCapped': (p) =>
      `rate ${p.x}, time progress ${p.elapsed}, ${p.gap} points ahead × ${p.perPoint} = +${p.ptsBonus}, bonus limited to ${p.ptsMaxBonus}, score ${p.score} / ${p.weight}`,
    'schedule.behind': (p) => `rate ${p.x}, time progress ${p.elapsed}, ${p.gap} points behind × ${p.perPoint} = −${p.ptsPenalty}, score ${p.score} / ${p.weight}`,
    'schedule.behindZero': (p) =>
      `rate ${p.x}, time progress ${p.elapsed}, ${p.gap} points behind × ${p.perPoint} = −${p.ptsPenalty}, not below 0, score ${p.score} / ${p.weight}`,
    'schedule.proportional': (p) => `rate ${p.x} ÷ time progress ${p.elapsed} = ${p.pctRatio}, × weight ${p.weight} = ${p.score} points`,
    'schedule.proportionalCapped': (p) =>
      `rate ${p.x} ÷ time progress ${p.elapsed} = ${p.pctRatio}, above the cap of ${p.pctCap}: ${p.pctCap} × weight ${p.weight} = ${p.score} points`,
    'schedule.proportionalZero': (p) => `rate ${p.x} is negative, not below 0: ${p.score} points`,
    'bands.hit': (p) => `${p.measure} ${p.x} is in band ${p.band} (${bounds(p)}): ${p.fraction} × weight ${p.weight} = ${p.score} points`,
    'bands.else': (p) => `${p.measure} ${p.x} is in no band: ${p.fraction} × weight ${p.weight} = ${p.score} points`,
    relative: (p) => `${p.measure} ${p.x} ÷ best ${p.xBest} × weight ${p.weight} = ${p.score} points`,
    'relative.noBest': (p) => `${p.measure} ${p.x}, the best is ${p.xBest}, not above 0: ${p.score} points`,
    'relative.lower': (p) => `best ${p.xBest} ÷ ${p.measure} ${p.x} × weight ${p.weight} = ${p.score} points`,
    'relative.isBest': (p) => `${p.measure} ${p.x} is the best: full ${p.score} points`,
    minmax: (p) => `(${p.x} − lowest ${p.xMin}) ÷ (highest ${p.xMax} − lowest ${p.xMin}) × weight ${p.weight} = ${p.score} points`,
    'minmax.lower': (p) => `(highest ${p.xMax} − ${p.x}) ÷ (highest ${p.xMax} − lowest ${p.xMin}) × weight ${p.weight} = ${p.score} points`,
    'minmax.same': (p) => `every unit has the same ${p.measure} (${p.x}): full ${p.score} points`,
    rank: (p) => `${p.measure} ${p.x}, ${p.ahead} units higher: ${p.weight} − ${p.ahead} × ${p.step} = ${p.score} points`,
    'rank.lower': (p) => `${p.measure} ${p.x}, ${p.ahead} units lower: ${p.weight} − ${p.ahead} × ${p.step} = ${p.score} points`,
    'rank.floor': (p) => `${p.measure} ${p.x}, ${p.ahead} units ahead: ${p.weight} − ${p.ahead} × ${p.step} is below the floor, ${p.score} points`,
    'perUnit.penalty': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.ptsTotal}, ${p.weight} − ${p.ptsTotal} = ${p.score} points`,
    'perUnit.penaltyZero': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.ptsTotal}, more than the weight ${p.weight}: ${p.score} points`,
    'perUnit.reward': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.score} points`,
    'perUnit.rewardCapped': (p) => `${p.measure} ${p.x} × ${p.points} = ${p.ptsTotal}, limited to the weight ${p.weight}: ${p.score} points`,
  },
  measureRate: 'rate',
  measureValue: 'value',
  headings: { scores: 'Indicator scores', adjustments: 'Bonus, deduction and veto', total: 'Total', rank: 'Rank', tiers: 'Tiers', gaps: 'What would move it' },
  title: (p) => `${p.unit}${p.group === null ? '' : ` (${p.group})`}: rank ${p.rank}, total ${p.total}${p.tier === null ? '' : `, ${p.tier}`}`,
  indicator: (p) => `${p.label} (weight ${p.weight})`,
  figure: (p) => `${p.column} ${p.value}${at(p.cell)}`,
  blankFigure: (p) => `${p.column} blank${at(p.cell)}`,
  policy: { zero: 'missing counts as 0', full: (w) => `missing counts as full marks, ${w} points`, exclude: 'missing: not counted, the total is scaled from the other indicators' },
  noAdjustments: 'No bonus, deduction or veto',
  bonus: (p) => `${p.label}: +${p.value}${at(p.cell)}${p.counted === null ? '' : `, counted up to the limit: ${p.counted}`}`,
  deduction: (p) => `${p.label}: −${p.value}${at(p.cell)}${p.counted === null ? '' : `, counted up to the limit: ${p.counted}`}`,
  veto: (reason) => `Veto: ${reason}`,
  total: (p) => {
    const scaled = p.scaled === null ? '' : `; some indicators not counted, scaled by ${p.scaled.all} ÷ ${p.scaled.applying} to ${p.scaled.indicatorSum}`;
    const clamp = p.clamp === null ? '' : p.clamp.side === 'min' ? `, below the minimum, counted as ${p.clamp.limit}` : `, above the maximum, counted as ${p.clamp.limit}`;
    return `Indicator points ${p.sum}${scaled}; ${p.scaled === null ? p.sum : p.scaled.indicatorSum} + bonus ${p.bonus} − deduction ${p.deduction} = ${p.raw}${clamp}; rounded to ${p.precision} decimals: ${p.total}`;
  },
  rank: (p) => {
    const scope = p.group === null ? `of ${p.size} units` : `of ${p.size} units in "${p.group}"`;
    const tied = p.tiedWith.length === 0 ? '' : `, tied with ${p.tiedWith.join(', ')}`;
    const rule = p.dense ? ' (ties take no places)' : '';
    return `Rank ${p.rank} ${scope}${tied}${rule}${p.vetoed ? '; vetoed units rank after all others' : ''}`;
  },
  condition: {
    top: (p) => `top ${p.limit} (this unit is ${p.value} from the top${p.vetoedOut ? ', vetoed units not counted' : ''})`,
    bottom: (p) => `bottom ${p.limit} (this unit is ${p.value} from the bottom${p.vetoedOut ? ', vetoed units not counted' : ''})`,
    minScore: (p) => `total at least ${p.limit} (this unit ${p.value})`,
    maxScore: (p) => `total at most ${p.limit} (this unit ${p.value})`,
    veto: (p) => `${p.limit === '1' ? 'vetoed units' : 'units not vetoed'} (this unit is ${p.value === '1' ? 'vetoed' : 'not vetoed'})`,
  },
  vetoedPlace: { top: (n) => `top ${n} (vetoed units never count)`, bottom: (n) => `bottom ${n} (vetoed units never count)` },
  anyUnit: 'every unit',
  tierStatus: {
    assigned: 'this tier',
    takenEarlier: 'conditions met, but an earlier tier took the unit',
    quotaExcluded: 'conditions met, but tied across the quota boundary, so left out',
    missed: 'not met',
  },
  tier: (p) => `${p.label}: ${p.conditions}, ${p.status}`,
  goal: {
    nextRank: (rank) => `Reach rank ${rank}`,
    enterTier: (p) => `Enter "${p.tier}" (top ${p.top})`,
    leaveTier: (tier) => `Leave "${tier}"`,
  },
  needed: (p) => `${p.goal}: a total of ${p.total} is needed, ${p.points} points more (then ${p.after})`,
  blocked: {
    'total-max': (goal) => `${goal}: the total needed is above the maximum total, out of reach`,
    unreachable: (goal) => `${goal}: no total reaches it`,
  },
  outcome: (p) => `total ${p.total}, rank ${p.rank}${p.tier === null ? '' : `, ${p.tier}`}`,
  change: (p) =>
    `· ${p.label}: ${p.column} needs ${p.delta} ${p.up ? 'more' : 'less'}, from ${p.from} to ${p.to} (then ${p.after}${p.lowerTotal ? '; this also moves the tie-break or the other units’ points, so a lower total is enough' : ''})`,
  cannot: {
    'at-max': (label) => `· ${label}: already at the highest score`,
    capped: (label) => `· ${label}: even full marks here are not enough`,
    'no-figure': (label) => `· ${label}: no figure (scored by the missing rule), cannot be worked out alone`,
    'no-target': (label) => `· ${label}: no target, cannot be worked out`,
    unreachable: (label) => `· ${label}: changing this alone does not reach it`,
  },
  noSingleIndicator: 'No single indicator can close this gap on its own',
  vetoedGaps: 'Vetoed: ranks after all others whatever the score; the tier does not change with points',
  topAlready: 'Already first',
  listSep: '; ',
  headSep: ': ',
  figureSep: ', ',
};
