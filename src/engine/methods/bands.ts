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
type Bands = z.infer<typeof schema>;

const hitOf = (x: number, m: Bands): number =>
  m.bands.findIndex((b) => (b.min === undefined || b.min <= x) && (b.max === undefined || x <= b.max));
const fractionOf = (x: number, m: Bands): number => {
  const hit = hitOf(x, m);
  return hit < 0 ? (m.else ?? 0) : m.bands[hit].score;
};
/** Just past a bound: the edges of the ranges the bands cover (bounds are inclusive). */
const beyond = (v: number, sign: 1 | -1): number => v + sign * Math.max(Math.abs(v), 1) * 1e-9;

export const bands = defineMethod({
  type: 'bands',
  schema,
  needsTarget: false,
  allowsLower: true,
  score: (x, m: Bands, ctx) => ctx.weight * fractionOf(x, m),
  // The bands as flat columns, an absent bound as an infinity that every finite figure passes.
  scoreAll(values, m: Bands, ctx) {
    const { weight } = ctx;
    const mins = Float64Array.from(m.bands, (b) => b.min ?? -Infinity);
    const maxes = Float64Array.from(m.bands, (b) => b.max ?? Infinity);
    const fractions = Float64Array.from(m.bands, (b) => b.score);
    const otherwise = m.else ?? 0;
    for (let u = 0; u < values.length; u++) {
      const x = values[u];
      if (x !== x) continue;
      let fraction = otherwise;
      for (let b = 0; b < fractions.length; b++) {
        if (mins[b] <= x && x <= maxes[b]) {
          fraction = fractions[b];
          break;
        }
      }
      values[u] = weight * fraction;
    }
  },
  explain(x, m: Bands, ctx) {
    const hit = hitOf(x, m);
    const fraction = fractionOf(x, m);
    const params = { x, fraction, weight: ctx.weight, score: ctx.weight * fraction };
    if (hit < 0) return { code: 'bands.else', params };
    const b = m.bands[hit];
    const bounds = { ...(b.min === undefined ? {} : { xMin: b.min }), ...(b.max === undefined ? {} : { xMax: b.max }) };
    return { code: 'bands.hit', params: { ...params, band: hit + 1, ...bounds } };
  },
  // Every change of band happens at a bound: the nearest bound (or just past it) that scores enough.
  inverse(points, from, m: Bands, ctx) {
    const candidates: number[] = [];
    for (const b of m.bands) {
      if (b.min !== undefined) candidates.push(b.min, beyond(b.min, -1));
      if (b.max !== undefined) candidates.push(b.max, beyond(b.max, 1));
    }
    let best: number | null = null;
    for (const c of candidates) {
      if (ctx.weight * fractionOf(c, m) < points) continue;
      if (best === null || Math.abs(c - from) < Math.abs(best - from)) best = c;
    }
    return best;
  },
  describe: (m: Bands, ctx) => ({
    code: 'bands',
    params: { pointsElse: (m.else ?? 0) * ctx.weight },
    parts: m.bands.map((b) => ({
      code: 'band' as const,
      params: { ...(b.min === undefined ? {} : { xMin: b.min }), ...(b.max === undefined ? {} : { xMax: b.max }), points: b.score * ctx.weight },
    })),
  }),
});
