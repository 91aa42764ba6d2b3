// rank: first place full marks, each lower place `step` points less, never below `floor`.
import { z } from 'zod';
import { defineMethod, type ScoreContext } from './method';

const schema = z.strictObject({
  type: z.literal('rank'),
  step: z.number().min(0),
  floor: z.number().min(0).optional(),
});
type Rank = z.infer<typeof schema>;

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

const aheadOf = (x: number, sorted: Float64Array, higher: boolean): number => (higher ? countAbove(sorted, x) : countBelow(sorted, x));

const scoreOf = (x: number, m: Rank, ctx: ScoreContext, sorted: Float64Array): number =>
  Math.max(ctx.weight - aheadOf(x, sorted, ctx.direction === 'higher') * m.step, m.floor ?? 0);

export const rank = defineMethod({
  type: 'rank',
  schema,
  needsTarget: false,
  allowsLower: true,
  prepare: (peers) => Float64Array.from(peers).sort(),
  score: (x, m: Rank, ctx, sorted: Float64Array) => scoreOf(x, m, ctx, sorted),
  scoreAll(values, m: Rank, ctx, sorted: Float64Array) {
    for (let u = 0; u < values.length; u++) if (values[u] === values[u]) values[u] = scoreOf(values[u], m, ctx, sorted);
  },
  explain(x, m: Rank, ctx, sorted: Float64Array) {
    const ahead = aheadOf(x, sorted, ctx.direction === 'higher');
    const floor = m.floor ?? 0;
    const raw = ctx.weight - ahead * m.step;
    const params = { x, ahead, step: m.step, weight: ctx.weight, score: Math.max(raw, floor) };
    if (raw < floor) return { code: 'rank.floor', params: { ...params, ptsFloor: floor } };
    return { code: ctx.direction === 'higher' ? 'rank' : 'rank.lower', params };
  },
  // At most k peers may stay ahead: tie the (k+1)-th best of the others (a tie is not ahead).
  inverse(points, from, m: Rank, ctx, sorted: Float64Array) {
    if (points > ctx.weight || m.step === 0) return null;
    const k = Math.floor((ctx.weight - points) / m.step + 1e-9);
    const others = Array.from(sorted);
    const own = others.indexOf(from);
    if (own >= 0) others.splice(own, 1);
    if (k >= others.length) return from;
    return ctx.direction === 'higher' ? others[others.length - 1 - k] : others[k];
  },
  describe: (m: Rank, ctx) => ({ code: ctx.direction === 'lower' ? 'rank.lower' : 'rank.higher', params: { step: m.step, floor: m.floor ?? 0 } }),
});
