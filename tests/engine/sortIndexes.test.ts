// sortIndexes (the run's sorts on typed-array keys) orders exactly as a stable sort with the
// plain comparator would, on keys with ties, −0, infinities, fractions and large numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortIndexes } from '../../src/engine/sortIndexes';
import { SEED } from './properties/workbook';

function simpleSort(n: number, keys: readonly Float64Array[]): number[] {
  const compare = (a: number, b: number): number => {
    for (const key of keys) if (key[a] !== key[b]) return key[a] < key[b] ? -1 : 1;
    return 0;
  };
  return Array.from({ length: n }, (_, i) => i).sort(compare);
}

const keyValue = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.integer({ min: -3, max: 400 }),
  fc.constantFrom(-0, Infinity, -Infinity, 1e300, -1e-300, 0.1, 0.30000000000000004, 2 ** 31, 2 ** 53),
  fc.double({ noNaN: true }),
);

describe('sortIndexes', () => {
  it('agrees with a stable comparator sort', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.oneof(fc.array(keyValue, { minLength: n, maxLength: n }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n })), { maxLength: 4 })),
        ),
        ([n, columns]) => {
          const keys = columns.map((c) => Float64Array.from(c));
          expect([...sortIndexes(n, keys)]).toEqual(simpleSort(n, keys));
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('agrees with it on long lists too, which take the radix sort', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4096, max: 6000 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom('doubles', 'few', 'totals'), (n, seed, kind) => {
        let s = seed;
        const next = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
        const special = [-0, 0, Infinity, -Infinity, 1e300, -1e-300, 2 ** 53];
        // Mostly doubles of every sign and size; or few distinct values (many ties); or totals to two decimals.
        const value = (): number => {
          const r = next();
          if (kind === 'few') return [-1.5, -0, 0, 2.25, 7][Math.floor(r * 5)];
          if (kind === 'totals') return Math.round(r * 12000) / 100;
          return r < 0.05 ? special[Math.floor(next() * special.length)] : (next() - 0.5) * 10 ** (Math.floor(next() * 40) - 20);
        };
        const keys = [Float64Array.from({ length: n }, () => Math.floor(next() * 3)), Float64Array.from({ length: n }, value)];
        expect([...sortIndexes(n, keys)]).toEqual(simpleSort(n, keys));
        expect([...sortIndexes(n, [keys[1]])]).toEqual(simpleSort(n, [keys[1]]));
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it('treats −0 and 0 as one key, keeping index order', () => {
    expect([...sortIndexes(4, [Float64Array.from([0, -0, 0, -0])])]).toEqual([0, 1, 2, 3]);
    expect([...sortIndexes(4, [Float64Array.from([0.5, -0, 0.5, 0])])]).toEqual([1, 3, 0, 2]);
  });
});
