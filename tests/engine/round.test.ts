import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelRound } from '../../src/engine/round';
import { SEED } from './properties/workbook';

/** ROUND on the 15 significant digits Excel keeps, worked in decimal text: slow, plainly right. */
function decimalRound(value: number, precision: number): number {
  const [mantissa, exponent = '0'] = Math.abs(value).toPrecision(15).split('e');
  const digits = Number(`${mantissa}e${Number(exponent) + precision}`);
  const rounded = Number(`${Math.round(digits)}e${-precision}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

describe('excelRound (Excel ROUND)', () => {
  it.each([
    [2.675, 2, 2.68],
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [-0.5, 0, -1],
    [0.285, 2, 0.29],
    [1234.5678, 2, 1234.57],
    [33.925, 2, 33.93],
    [-1.005, 2, -1.01],
    [0, 2, 0],
    [1e-20, 2, 0],
    [123456789.125, 2, 123456789.13],
  ])('ROUND(%d, %d) = %d', (value, precision, expected) => {
    expect(excelRound(value, precision)).toBe(expected);
  });

  it('rounds as Excel does, in decimal, for totals of any size and precision', () => {
    const value = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((k) => k / 1000 + 0.0005),
      fc.integer({ min: -1e7, max: 1e7 }).map((k) => k / 200),
      fc.constantFrom(0.285, 1.005, 2.675, 999999999.995, 0.49999999999999994, 1e-7),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), (v, precision) => {
        if (v === 0) return;
        expect(excelRound(v, precision)).toBe(decimalRound(v, precision));
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it('leaves non-finite values alone', () => {
    expect(excelRound(Infinity, 2)).toBe(Infinity);
    expect(Number.isNaN(excelRound(NaN, 2))).toBe(true);
  });
});
