// perUnit: points for each unit of the figure (e.g. −2 per incident from full marks, +5 per project up to the weight).
import { z } from 'zod';
import { defineMethod } from './method';

const schema = z.strictObject({
  type: z.literal('perUnit'),
  points: z.number().refine((p) => p !== 0, { params: { code: 'too-small' } }),
});

export const perUnit = defineMethod({
  type: 'perUnit',
  schema,
  needsTarget: false,
  allowsLower: true,
  score(x, m: z.infer<typeof schema>, ctx) {
    return m.points < 0 ? Math.max(ctx.weight + m.points * x, 0) : Math.min(m.points * x, ctx.weight);
  },
});
