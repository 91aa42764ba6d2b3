// relative (对标最优): the unit's figure against the best among its peers.
import { z } from 'zod';
import { defineMethod, type ScoreContext } from './method';

const schema = z.strictObject({ type: z.literal('relative') });

const clamp01 = (f: number): number => Math.min(1, Math.max(0, f));

function scoreOf(x: number, ctx: ScoreContext, best: number): number {
  if (ctx.direction === 'higher') return best <= 0 ? 0 : ctx.weight * clamp01(x / best);
  if (x === best) return ctx.weight;
  return ctx.weight * clamp01(best / x);
}

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
  score: (x, _m, ctx, best: number) => scoreOf(x, ctx, best),
  scoreAll(values, _m, ctx, best: number) {
    for (let u = 0; u < values.length; u++) if (values[u] === values[u]) values[u] = scoreOf(values[u], ctx, best);
  },
  explain(x, _m, ctx, best: number) {
    const params = { x, xBest: best, weight: ctx.weight, score: scoreOf(x, ctx, best) };
    if (ctx.direction === 'higher') return { code: best <= 0 ? 'relative.noBest' : 'relative', params };
    return { code: x === best ? 'relative.isBest' : 'relative.lower', params };
  },
  inverse(points, _from, _m, ctx, best: number) {
    if (points > ctx.weight) return null;
    if (ctx.direction === 'higher') return best <= 0 ? null : (points * best) / ctx.weight;
    return best <= 0 ? best : (best * ctx.weight) / points;
  },
  describe: (_m, ctx) => ({ code: ctx.direction === 'lower' ? 'relative.lower' : 'relative.higher', params: {} }),
});
