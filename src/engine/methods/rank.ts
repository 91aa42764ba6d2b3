// rank: first place full marks, each lower place `step` points less, never below `floor`.
import { z } from 'zod';
import { defineMethod } from './method';

const schema = z.strictObject({
  type: z.literal('rank'),
  step: z.number().min(0),
  floor: z.number().min(0).optional(),
});

/** Number of sorted values strictly below `x`. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of sorted values strictly above `x`. */
function countAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

export const rank = defineMethod({
  type: 'rank',
  schema,
  needsTarget: false,
  allowsLower: true,
  prepare: (peers) => Float64Array.from(peers).sort(),
  score(x, m: z.infer<typeof schema>, ctx, sorted: Float64Array) {
    const ahead = ctx.direction === 'higher' ? countAbove(sorted, x) : countBelow(sorted, x);
    return Math.max(ctx.weight - ahead * m.step, m.floor ?? 0);
  },
});
