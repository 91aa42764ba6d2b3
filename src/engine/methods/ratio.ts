// ratio: completion rate × weight, capped (over-fulfilment counted up to `cap`).
import { z } from 'zod';
import { defineMethod } from './method';

const schema = z.strictObject({
  type: z.literal('ratio'),
  cap: z.number().positive().optional(),
  floor: z.number().min(0).optional(),
});
type Ratio = z.infer<typeof schema>;

const below = (x: number, m: Ratio): boolean => x < 0 || x < (m.floor ?? 0);
const scoreOf = (x: number, m: Ratio, weight: number): number => (below(x, m) ? 0 : weight * Math.min(x, m.cap ?? 1));

export const ratio = defineMethod({
  type: 'ratio',
  schema,
  needsTarget: true,
  allowsLower: false,
  score: (x, m: Ratio, ctx) => scoreOf(x, m, ctx.weight),
  // The settings read once: rule sets differ in which are present, and that makes each read slow.
  scoreAll(values, m: Ratio, ctx) {
    const { weight } = ctx;
    const floor = m.floor ?? 0;
    const cap = m.cap ?? 1;
    for (let u = 0; u < values.length; u++) {
      const x = values[u];
      if (x === x) values[u] = x < 0 || x < floor ? 0 : weight * Math.min(x, cap);
    }
  },
  explain(x, m: Ratio, ctx) {
    const score = scoreOf(x, m, ctx.weight);
    if (below(x, m)) return { code: 'ratio.belowFloor', params: { x, xFloor: m.floor ?? 0, weight: ctx.weight, score } };
    const cap = m.cap ?? 1;
    if (x > cap) return { code: 'ratio.capped', params: { x, xCap: cap, weight: ctx.weight, score } };
    return { code: 'ratio', params: { x, weight: ctx.weight, score } };
  },
  inverse(points, _from, m: Ratio, ctx) {
    if (points > ctx.weight * (m.cap ?? 1)) return null;
    return Math.max(points / ctx.weight, m.floor ?? 0, 0);
  },
  describe: (m: Ratio) => ({ code: 'ratio', params: { xCap: m.cap ?? 1, xFloor: m.floor ?? 0 } }),
});
