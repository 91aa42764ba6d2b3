// minmax: the unit's place between the worst and the best of its peers.
import { z } from 'zod';
import { defineMethod, type ScoreContext } from './method';

const schema = z.strictObject({ type: z.literal('minmax') });

interface Spread { min: number; max: number }

function scoreOf(x: number, ctx: ScoreContext, s: Spread): number {
  if (s.max === s.min) return ctx.weight;
  const f = ctx.direction === 'higher' ? (x - s.min) / (s.max - s.min) : (s.max - x) / (s.max - s.min);
  return ctx.weight * Math.min(1, Math.max(0, f));
}

export const minmax = defineMethod({
  type: 'minmax',
  schema,
  needsTarget: false,
  allowsLower: true,
  prepare(peers): Spread {
    let min = Infinity;
    let max = -Infinity;
    for (const v of peers) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { min, max };
  },
  score: (x, _m, ctx, s: Spread) => scoreOf(x, ctx, s),
  scoreAll(values, _m, ctx, s: Spread) {
    for (let u = 0; u < values.length; u++) if (values[u] === values[u]) values[u] = scoreOf(values[u], ctx, s);
  },
  explain(x, _m, ctx, s: Spread) {
    const params = { x, xMin: s.min, xMax: s.max, weight: ctx.weight, score: scoreOf(x, ctx, s) };
    if (s.max === s.min) return { code: 'minmax.same', params };
    return { code: ctx.direction === 'higher' ? 'minmax' : 'minmax.lower', params };
  },
  inverse(points, _from, _m, ctx, s: Spread) {
    if (points > ctx.weight || s.max === s.min) return null;
    const f = points / ctx.weight;
    return ctx.direction === 'higher' ? s.min + f * (s.max - s.min) : s.max - f * (s.max - s.min);
  },
  describe: (_m, ctx) => ({ code: ctx.direction === 'lower' ? 'minmax.lower' : 'minmax.higher', params: {} }),
});
