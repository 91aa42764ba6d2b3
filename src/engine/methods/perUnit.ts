// perUnit: points for each unit of the figure (e.g. −2 per incident from full marks, +5 per project up to the weight).
import { z } from 'zod';
import { defineMethod } from './method';

const schema = z.strictObject({
  type: z.literal('perUnit'),
  points: z.number().refine((p) => p !== 0, { params: { code: 'too-small' } }),
});
type PerUnit = z.infer<typeof schema>;

const scoreOf = (x: number, m: PerUnit, weight: number): number =>
  m.points < 0 ? Math.max(weight + m.points * x, 0) : Math.min(m.points * x, weight);

export const perUnit = defineMethod({
  type: 'perUnit',
  schema,
  needsTarget: false,
  allowsLower: true,
  score: (x, m: PerUnit, ctx) => scoreOf(x, m, ctx.weight),
  scoreAll(values, m: PerUnit, ctx) {
    const { weight } = ctx;
    const points = m.points;
    for (let u = 0; u < values.length; u++) {
      const x = values[u];
      if (x === x) values[u] = points < 0 ? Math.max(weight + points * x, 0) : Math.min(points * x, weight);
    }
  },
  explain(x, m: PerUnit, ctx) {
    const score = scoreOf(x, m, ctx.weight);
    // x × |points|, signed as x is: taken from the weight for a penalty, added for a reward.
    const pts = x * Math.abs(m.points);
    const params = { x, points: Math.abs(m.points), ptsTotal: pts, weight: ctx.weight, score };
    if (m.points < 0) return { code: pts > ctx.weight ? 'perUnit.penaltyZero' : 'perUnit.penalty', params };
    return { code: pts > ctx.weight ? 'perUnit.rewardCapped' : 'perUnit.reward', params };
  },
  inverse(points, _from, m: PerUnit, ctx) {
    if (points > ctx.weight) return null;
    return m.points < 0 ? (ctx.weight - points) / -m.points : points / m.points;
  },
  describe: (m: PerUnit, ctx) =>
    m.points < 0 ? { code: 'perUnit.penalty', params: { points: -m.points } } : { code: 'perUnit.reward', params: { points: m.points, weight: ctx.weight } },
});
