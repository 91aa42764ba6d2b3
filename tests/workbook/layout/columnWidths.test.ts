// Column widths: the fast loop gives what the plain definition gives, on random cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanValue } from '../../../src/workbook/sheetPlan';
import { columnWidths } from '../../../src/workbook/layout/columnWidths';
import { textWidth } from '../../../src/workbook/layout/textWidth';

/** The definition: every cell's shown text measured code point by code point. */
function reference(values: readonly (readonly PlanValue[])[], count: number, options: { fromRow: number; max: number; formats?: readonly (string | undefined)[] }): number[] {
  const widths = new Array<number>(count).fill(6);
  for (const row of values.slice(options.fromRow)) {
    row.forEach((value, c) => {
      if (c >= count) return;
      let text = '';
      if (typeof value === 'number') {
        const format = options.formats?.[c];
        if (format?.endsWith('%')) text = `${(value * 100).toFixed(1)}%`;
        else {
          const decimals = format !== undefined ? /\.(0+)/.exec(format)?.[1]?.length ?? 0 : 4;
          text = format !== undefined ? value.toFixed(decimals) : String(Number(value.toFixed(decimals)));
        }
      } else if (value !== null) text = String(value);
      let w = 0;
      for (const ch of text) w += textWidth(ch);
      widths[c] = Math.min(options.max, Math.max(widths[c], w + 2));
    });
  }
  return widths;
}

describe('column widths', () => {
  it('measure CJK double, numbers with their format, capped, from the first table row', () => {
    const values: PlanValue[][] = [['a very long title line that is left out'], ['单位', '总分', '完成率'], ['城关镇人民政府', 95.456, 0.1234], ['x', -1234567.5, null]];
    expect(columnWidths(values, 3, { fromRow: 1, max: 12, formats: [undefined, '0.00', '0.0%'] })).toEqual([12, 12, 8]);
  });

  it('agree with the definition on random cells', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '城', '１', '\u0301', '😀', '\ud800', '\udc00', '\0', '↑', '%', ' ') });
    const value = fc.oneof(text, fc.double(), fc.double({ min: -1e6, max: 1e6 }), fc.double({ min: -1, max: 1 }), fc.integer(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 12 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 30 }), (values, count, fromRow, max) => {
        const formats = [undefined, '0', '0.00', '0.0%', undefined, '0.000'];
        expect(columnWidths(values, count, { fromRow, max, formats })).toEqual(reference(values, count, { fromRow, max, formats }));
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });
});
