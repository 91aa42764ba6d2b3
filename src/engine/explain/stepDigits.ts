// How many decimals a step's first factor needs so that the numbers shown multiply to the
// result shown: `超前 6.067 个百分点 × 0.5 = +3.03`, not `6.1 × 0.5 = +3.03`. Rates are shown
// in percent, so their decimals count in percent.
import { excelRound } from '../round';
import type { StepCode } from './stepCodes';

/** The products steps show: factor × factor = result, by parameter name. */
const PRODUCTS: Partial<Record<StepCode, readonly [string, string, string]>> = {
  ratio: ['x', 'weight', 'score'],
  'schedule.ahead': ['gap', 'perPoint', 'ptsBonus'],
  'schedule.aheadCapped': ['gap', 'perPoint', 'ptsBonus'],
  'schedule.behind': ['gap', 'perPoint', 'ptsPenalty'],
  'schedule.behindZero': ['gap', 'perPoint', 'ptsPenalty'],
  'schedule.proportional': ['pctRatio', 'weight', 'score'],
};

/** Schedule steps show the rate and time progress as precisely as the gap between them. */
const FOLLOW_GAP = ['x', 'elapsed'];

const MIN = 1;
const MAX = 6;

/** Decimals per parameter for this step (percent decimals for rates); parameters not listed use the defaults. */
export function stepDigits(code: StepCode, params: Readonly<Record<string, number>>, isRate: boolean, resultDecimals: number): Record<string, number> {
  const product = PRODUCTS[code];
  if (product === undefined) return {};
  const [a, b, r] = product;
  const inPercent = a === 'pctRatio' || (a === 'x' && isRate);
  const shown = (d: number): number => (inPercent ? excelRound(params[a] * 100, d) / 100 : excelRound(params[a], d));
  const target = excelRound(params[r], resultDecimals);
  let d = MIN;
  while (d < MAX && excelRound(shown(d) * params[b], resultDecimals) !== target) d++;
  const digits: Record<string, number> = { [a]: d };
  if (a === 'gap') for (const key of FOLLOW_GAP) digits[key] = d;
  return digits;
}
