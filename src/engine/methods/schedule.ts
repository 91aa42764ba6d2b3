// schedule: the rate against time progress (序时进度). `points` mode adds or takes points per
// percentage point ahead or behind; `proportional` scores rate / time progress.
import { z } from 'zod';
import { defineMethod, type MethodStep, type ScoreContext } from './method';

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

function scoreOf(x: number, m: Schedule, ctx: ScoreContext): number {
  if (m.mode === 'proportional') return Math.max(0, ctx.weight * Math.min(x / ctx.elapsed, m.cap ?? 1));
  const gap = scheduleGap(x, ctx.elapsed);
  if (gap >= 0) return ctx.weight + Math.min(gap * (m.bonusPerPoint ?? 0), m.maxBonus ?? 0);
  return Math.max(ctx.weight + gap * m.penaltyPerPoint, 0);
}

function explainOf(x: number, m: Schedule, ctx: ScoreContext): MethodStep {
  const score = scoreOf(x, m, ctx);
  const { weight, elapsed } = ctx;
  if (m.mode === 'proportional') {
    const cap = m.cap ?? 1;
    const ratio = x / elapsed;
    if (ratio < 0) return { code: 'schedule.proportionalZero', params: { x, elapsed, weight, score } };
    if (ratio > cap) return { code: 'schedule.proportionalCapped', params: { x, elapsed, pctRatio: ratio, pctCap: cap, weight, score } };
    return { code: 'schedule.proportional', params: { x, elapsed, pctRatio: ratio, weight, score } };
  }
  const gap = scheduleGap(x, elapsed);
  if (gap >= 0) {
    const perPoint = m.bonusPerPoint ?? 0;
    const ptsBonus = gap * perPoint;
    const maxBonus = m.maxBonus ?? 0;
    if (ptsBonus > maxBonus) return { code: 'schedule.aheadCapped', params: { x, elapsed, gap, perPoint, ptsBonus, ptsMaxBonus: maxBonus, weight, score } };
    return { code: 'schedule.ahead', params: { x, elapsed, gap, perPoint, ptsBonus, weight, score } };
  }
  const ptsPenalty = -gap * m.penaltyPerPoint;
  const params = { x, elapsed, gap: -gap, perPoint: m.penaltyPerPoint, ptsPenalty, weight, score };
  return { code: ptsPenalty > weight ? 'schedule.behindZero' : 'schedule.behind', params };
}

function inverseOf(pts: number, m: Schedule, ctx: ScoreContext): number | null {
  const { weight, elapsed } = ctx;
  if (m.mode === 'proportional') return pts > weight * (m.cap ?? 1) ? null : (pts * elapsed) / weight;
  if (pts <= weight) return m.penaltyPerPoint === 0 ? elapsed : elapsed + (pts - weight) / m.penaltyPerPoint / 100;
  const perPoint = m.bonusPerPoint ?? 0;
  if (perPoint === 0 || pts > weight + (m.maxBonus ?? 0)) return null;
  return elapsed + (pts - weight) / perPoint / 100;
}

export const schedule = defineMethod({
  type: 'schedule',
  schema,
  needsTarget: true,
  allowsLower: false,
  score: (x, m: Schedule, ctx) => scoreOf(x, m, ctx),
  // The settings read once (as scoreOf reads them): rule sets differ in which are present.
  scoreAll(values, m: Schedule, ctx) {
    const { weight, elapsed } = ctx;
    if (m.mode === 'proportional') {
      const cap = m.cap ?? 1;
      for (let u = 0; u < values.length; u++) {
        const x = values[u];
        if (x === x) values[u] = Math.max(0, weight * Math.min(x / elapsed, cap));
      }
      return;
    }
    const bonus = m.bonusPerPoint ?? 0;
    const maxBonus = m.maxBonus ?? 0;
    const penalty = m.penaltyPerPoint;
    for (let u = 0; u < values.length; u++) {
      const x = values[u];
      if (x !== x) continue;
      const gap = scheduleGap(x, elapsed);
      values[u] = gap >= 0 ? weight + Math.min(gap * bonus, maxBonus) : Math.max(weight + gap * penalty, 0);
    }
  },
  explain: (x, m: Schedule, ctx) => explainOf(x, m, ctx),
  inverse: (pts, _from, m: Schedule, ctx) => inverseOf(pts, m, ctx),
  describe: (m: Schedule) =>
    m.mode === 'proportional'
      ? { code: 'schedule.proportional', params: { pctCap: m.cap ?? 1 } }
      : { code: 'schedule.points', params: { penalty: m.penaltyPerPoint, bonus: m.bonusPerPoint ?? 0, maxBonus: m.maxBonus ?? 0 } },
});
