// UnitIndex (the join's name table) numbers keys as a Map would: first seen, first numbered,
// found again by equal strings, whether its table was sized for them or had to grow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitIndex } from '../../src/engine/unitIndex';
import { SEED } from './properties/workbook';

describe('UnitIndex', () => {
  it('numbers keys in first-seen order and finds them again, sized or growing', () => {
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('城关镇', '城关镇 ', '单位000001', '', '😀', '\ud800'));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.integer({ min: 0, max: 300 }), (keys, capacity) => {
        const index = new UnitIndex(capacity);
        const expected = new Map<string, number>();
        for (const k of keys) {
          if (!expected.has(k)) expected.set(k, expected.size);
          expect(index.add(k)).toBe(expected.get(k));
        }
        expect(index.size).toBe(expected.size);
        for (const [k, i] of expected) expect(index.get(k)).toBe(i);
        expect(index.get('never added \u0000')).toBe(-1);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('keeps 100,000 distinct names apart', () => {
    const index = new UnitIndex(100_000);
    for (let i = 0; i < 100_000; i++) expect(index.add(`单位${i}`)).toBe(i);
    for (let i = 0; i < 100_000; i += 997) expect(index.get(`单位${i}`)).toBe(i);
  });
});
