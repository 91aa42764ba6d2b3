// bands: the first band whose bounds hold gives a fraction of the weight (≥100% full marks, ...).
import { z } from 'zod';
import { defineMethod } from './method';

const band = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  score: z.number().min(0).max(1),
});

const schema = z.strictObject({
  type: z.literal('bands'),
  bands: z.array(band).min(1),
  else: z.number().min(0).max(1).optional(),
});

export const bands = defineMethod({
  type: 'bands',
  schema,
  needsTarget: false,
  allowsLower: true,
  score(x, m: z.infer<typeof schema>, ctx) {
    const hit = m.bands.find((b) => (b.min === undefined || b.min <= x) && (b.max === undefined || x <= b.max));
    return ctx.weight * (hit ? hit.score : (m.else ?? 0));
  },
});
