import { describe, expect, it } from 'vitest';
import { excelRound } from '../../src/engine/round';

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

  it('leaves non-finite values alone', () => {
    expect(excelRound(Infinity, 2)).toBe(Infinity);
    expect(Number.isNaN(excelRound(NaN, 2))).toBe(true);
  });
});
