// ratio: completion rate × weight, capped (over-fulfilment counted up to `cap`).
import { z } from 'zod';
import { defineMethod } from './method';

const schema = z.strictObject({
  type: z.literal('ratio'),
  cap: z.number().positive().optional(),
  floor: z.number().min(0).optional(),
});

export const ratio = defineMethod({
  type: 'ratio',
  schema,
  needsTarget: true,
  allowsLower: false,
  score(x, m: z.infer<typeof schema>, ctx) {
    if (x < 0 || x < (m.floor ?? 0)) return 0;
    return ctx.weight * Math.min(x, m.cap ?? 1);
  },
});
