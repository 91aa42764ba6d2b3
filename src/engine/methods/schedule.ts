// schedule: the rate against time progress (序时进度). `points` mode adds or takes points per
// percentage point ahead or behind; `proportional` scores rate / time progress.
import { z } from 'zod';
import { defineMethod } from './method';

const points = z.strictObject({
  type: z.literal('schedule'),
  mode: z.literal('points'),
  penaltyPerPoint: z.number().min(0),
  bonusPerPoint: z.number().min(0).optional(),
  maxBonus: z.number().min(0).optional(),
});

const proportional = z.strictObject({
  type: z.literal('schedule'),
  mode: z.literal('proportional'),
  cap: z.number().positive().optional(),
});

// A missing `mode` means `points`; the discriminator then reports a wrong mode by name.
const schema = z.preprocess(
  (v) => (v !== null && typeof v === 'object' && !('mode' in v) ? { ...v, mode: 'points' } : v),
  z.discriminatedUnion('mode', [points, proportional]),
);
type Schedule = z.infer<typeof schema>;

/** Percentage points ahead (+) or behind (−) time progress. */
export function scheduleGap(x: number, elapsed: number): number {
  return (x - elapsed) * 100;
}

export const schedule = defineMethod({
  type: 'schedule',
  schema,
  needsTarget: true,
  allowsLower: false,
  score(x, m: Schedule, ctx) {
    if (m.mode === 'proportional') return Math.max(0, ctx.weight * Math.min(x / ctx.elapsed, m.cap ?? 1));
    const gap = scheduleGap(x, ctx.elapsed);
    if (gap >= 0) return ctx.weight + Math.min(gap * (m.bonusPerPoint ?? 0), m.maxBonus ?? 0);
    return Math.max(ctx.weight + gap * m.penaltyPerPoint, 0);
  },
});
