// minmax: the unit's place between the worst and the best of its peers.
import { z } from 'zod';
import { defineMethod } from './method';

const schema = z.strictObject({ type: z.literal('minmax') });

interface Spread { min: number; max: number }

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
  score(x, _m: z.infer<typeof schema>, ctx, s: Spread) {
    if (s.max === s.min) return ctx.weight;
    const f = ctx.direction === 'higher' ? (x - s.min) / (s.max - s.min) : (s.max - x) / (s.max - s.min);
    return ctx.weight * Math.min(1, Math.max(0, f));
  },
});
