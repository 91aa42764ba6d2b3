// relative (对标最优): the unit's figure against the best among its peers.
import { z } from 'zod';
import { defineMethod } from './method';

const schema = z.strictObject({ type: z.literal('relative') });

const clamp01 = (f: number): number => Math.min(1, Math.max(0, f));

export const relative = defineMethod({
  type: 'relative',
  schema,
  needsTarget: false,
  allowsLower: true,
  prepare(peers, _m, direction) {
    let best = direction === 'higher' ? -Infinity : Infinity;
    for (const v of peers) best = direction === 'higher' ? Math.max(best, v) : Math.min(best, v);
    return best;
  },
  score(x, _m: z.infer<typeof schema>, ctx, best: number) {
    if (ctx.direction === 'higher') return best <= 0 ? 0 : ctx.weight * clamp01(x / best);
    if (x === best) return ctx.weight;
    return ctx.weight * clamp01(best / x);
  },
});
