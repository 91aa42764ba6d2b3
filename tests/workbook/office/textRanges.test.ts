// The rectangles set to Text format before a plan's values are written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textRanges } from '../../../src/workbook/office/textRanges';
import type { PlanRange, PlanValue } from '../../../src/workbook/sheetPlan';

const inside = (r: number, c: number, x: PlanRange): boolean => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right;

describe('textRanges', () => {
  it('joins side-by-side columns with the same run and bridges blanks between strings', () => {
    const values: PlanValue[][] = [
      ['考核', null, null],
      [1, '城关镇', '表彰'],
      [2, null, '表彰'],
      [3, '=1+1', null],
      [4, 5, 'x'],
    ];
    expect(textRanges(values)).toEqual([
      { top: 0, bottom: 0, left: 0, right: 0 },
      { top: 1, bottom: 3, left: 1, right: 1 },
      { top: 1, bottom: 4, left: 2, right: 2 },
    ]);
  });

  it('covers every string and no number or boolean, for any grid', () => {
    const cell = fc.oneof(fc.constant(null), fc.constant('t'), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), (values) => {
        const ranges = textRanges(values);
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            const covered = ranges.some((x) => inside(r, c, x));
            if (typeof v === 'string') expect(covered).toBe(true);
            if (typeof v === 'number' || typeof v === 'boolean') expect(covered).toBe(false);
          }),
        );
        // No two rectangles share a cell.
        ranges.forEach((a, i) => ranges.slice(i + 1).forEach((b) => expect(a.left > b.right || b.left > a.right || a.top > b.bottom || b.top > a.bottom).toBe(true)));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
