// Each method's own loop (scoreAll) gives, value by value, exactly what its `score` gives, and
// leaves "none" (NaN) alone: the engine scores whole columns with it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHODS, methodOf } from '../../../src/engine/methods/registry';
import { SEED } from '../properties/workbook';

const CONFIGS: Record<string, readonly object[]> = {
  ratio: [{}, { cap: 1.2 }, { cap: 1.5, floor: 0.6 }],
  schedule: [{ penaltyPerPoint: 0.5 }, { mode: 'points', penaltyPerPoint: 1, bonusPerPoint: 0.2, maxBonus: 2 }, { mode: 'proportional', cap: 1.2 }, { mode: 'proportional' }],
  bands: [{ bands: [{ min: 1, score: 1 }, { min: 0.9, score: 0.8 }, { min: 0.8, max: 0.85, score: 0.6 }], else: 0.3 }, { bands: [{ max: 2, score: 0.5 }] }],
  relative: [{}],
  minmax: [{}],
  rank: [{ step: 1 }, { step: 2.5, floor: 3 }],
  perUnit: [{ points: -2 }, { points: 5 }],
};

const value = fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constantFrom(NaN, 0, -0, 1, 0.75, 0.6, 0.8, 0.85, 0.9, 1.2, 1.5, 2, 1e-9, 1e12, -1e12));

describe('scoreAll', () => {
  it('covers every method', () => {
    expect(Object.keys(CONFIGS).sort()).toEqual(METHODS.map((m) => m.type).sort());
  });

  it('scores each value as score does, and leaves none as none', () => {
    const cases = Object.entries(CONFIGS).flatMap(([type, configs]) => configs.map((config) => ({ type, config })));
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.array(value, { maxLength: 30 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 10 }),
        ({ type, config }, direction, values, peers) => {
          const method = methodOf(type)!;
          const parsed = method.schema.parse({ type, ...config });
          const dir = method.allowsLower ? direction : 'higher';
          const ctx = { weight: 10, direction: dir, elapsed: 0.75 };
          const prepared = method.prepare ? method.prepare(peers, parsed, dir) : undefined;
          const column = Float64Array.from(values);
          method.scoreAll(column, parsed, ctx, prepared);
          values.forEach((x, u) => {
            if (Number.isNaN(x)) expect(column[u]).toBeNaN();
            else expect(column[u]).toBe(method.score(x, parsed, ctx, prepared));
          });
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
