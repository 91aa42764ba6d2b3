// Each step code's arithmetic, written out again from its filled-in numbers: a test recomputes
// the score from what the explanation shows and compares it with the engine's score.
import type { StepCode } from '../../../src/engine/explain/stepCodes';

type P = Readonly<Record<string, number>>;

export const STEP_FORMULAS: Readonly<Record<StepCode, (p: P) => number>> = {
  ratio: (p) => p.x * p.weight,
  'ratio.capped': (p) => p.xCap * p.weight,
  'ratio.belowFloor': () => 0,
  'schedule.ahead': (p) => p.weight + p.gap * p.perPoint,
  'schedule.aheadCapped': (p) => p.weight + p.ptsMaxBonus,
  'schedule.behind': (p) => p.weight - p.gap * p.perPoint,
  'schedule.behindZero': () => 0,
  'schedule.proportional': (p) => (p.x / p.elapsed) * p.weight,
  'schedule.proportionalCapped': (p) => p.pctCap * p.weight,
  'schedule.proportionalZero': () => 0,
  'bands.hit': (p) => p.fraction * p.weight,
  'bands.else': (p) => p.fraction * p.weight,
  relative: (p) => Math.min(1, Math.max(0, p.x / p.xBest)) * p.weight,
  'relative.noBest': () => 0,
  'relative.lower': (p) => Math.min(1, Math.max(0, p.xBest / p.x)) * p.weight,
  'relative.isBest': (p) => p.weight,
  minmax: (p) => Math.min(1, Math.max(0, (p.x - p.xMin) / (p.xMax - p.xMin))) * p.weight,
  'minmax.lower': (p) => Math.min(1, Math.max(0, (p.xMax - p.x) / (p.xMax - p.xMin))) * p.weight,
  'minmax.same': (p) => p.weight,
  rank: (p) => p.weight - p.ahead * p.step,
  'rank.lower': (p) => p.weight - p.ahead * p.step,
  'rank.floor': (p) => p.ptsFloor,
  'perUnit.penalty': (p) => p.weight - p.x * p.points,
  'perUnit.penaltyZero': () => 0,
  'perUnit.reward': (p) => p.x * p.points,
  'perUnit.rewardCapped': (p) => p.weight,
};

/** Relative difference small enough to be float noise between two orders of the same operations. */
export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
