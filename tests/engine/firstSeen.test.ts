// firstSeen (the join's name matching) answers as a Map looked up in entry order would: each
// key's first entry, whatever the hash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSeen } from '../../src/engine/firstSeen';
import { nameHash } from '../../src/engine/text';
import { SEED } from './properties/workbook';

/** What a Map gives, entry by entry. */
function byMap(keys: readonly (string | null)[]): number[] {
  const seen = new Map<string, number>();
  return keys.map((k, i) => {
    if (k === null) return -1;
    if (!seen.has(k)) seen.set(k, i);
    return seen.get(k)!;
  });
}

const hashesOf = (keys: readonly (string | null)[]): Int32Array => Int32Array.from(keys, (k) => (k === null ? 0 : nameHash(k)));

describe('firstSeen', () => {
  it('finds every key’s first entry, as a Map does', () => {
    const key = fc.oneof(fc.constant(null), fc.string({ maxLength: 3 }), fc.constantFrom('城关镇', '城关镇 ', '单位000001', '', '😀', '\ud800'));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
        expect(Array.from(firstSeen(keys, hashesOf(keys)))).toEqual(byMap(keys));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('gives the same answer when every hash is the same, or only a few differ', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(null), fc.string({ maxLength: 2 })), { maxLength: 1500 }), fc.integer({ min: 0, max: 3 }), (keys, spread) => {
        const hashes = Int32Array.from(keys, (k) => (k === null ? 0 : ((k.length % (spread + 1)) * 0x40000001) | 0));
        expect(Array.from(firstSeen(keys, hashes))).toEqual(byMap(keys));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('keeps 100,000 distinct names apart and finds their repeats', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `单位${i % 100_000}`);
    const first = firstSeen(keys, hashesOf(keys));
    for (let i = 0; i < keys.length; i += 7) expect(first[i]).toBe(i % 100_000);
  });
});
