// Column widths in characters from what the cells will show, CJK counting double.
import type { PlanValue } from '../sheetPlan';
import { textWidth } from './textWidth';

const MIN_WIDTH = 6;
const PADDING = 2;

/** What a value roughly looks like in the cell: numbers with their format's decimals. */
function shown(value: PlanValue, format: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (format?.endsWith('%')) return `${(value * 100).toFixed(1)}%`;
    const decimals = format !== undefined ? /\.(0+)/.exec(format)?.[1]?.length ?? 0 : 4;
    return format !== undefined ? value.toFixed(decimals) : String(Number(value.toFixed(decimals)));
  }
  return String(value);
}

/**
 * At least as many characters as `shown` gives a finite number below 1e15 in magnitude: digits of
 * the integer part (one more for rounding up), sign, point, decimals and `%`.
 */
function shownAtMost(value: number, format: string | undefined): number {
  const percent = format?.endsWith('%') === true;
  const scaled = Math.abs(percent ? value * 100 : value);
  const decimals = percent ? 1 : format !== undefined ? (/\.(0+)/.exec(format)?.[1]?.length ?? 0) : 4;
  return Math.floor(Math.log10(Math.floor(scaled) + 1)) + 2 + 1 + decimals + 1 + 1;
}

/**
 * Widths for columns 0..count-1, from rows `fromRow` on (title lines above are left out: they
 * overflow into the empty cells beside them), each at most `max`.
 */
export function columnWidths(
  values: readonly (readonly PlanValue[])[],
  count: number,
  options: { fromRow: number; max: number; formats?: readonly (string | undefined)[] },
): number[] {
  const widths = new Array<number>(count).fill(MIN_WIDTH);
  const { max, formats } = options;
  // Tens of thousands of rows: a column already at `max` is done, and a number's text is ASCII,
  // one cell a character, so it needs no textWidth.
  for (let r = options.fromRow; r < values.length; r++) {
    const row = values[r];
    const end = Math.min(row.length, count);
    for (let c = 0; c < end; c++) {
      const value = row[c];
      if (widths[c] === max || value === undefined) continue;
      // A number too short to widen its column needs no text (most of the numbers).
      if (typeof value === 'number' && Math.abs(value) < 1e15 && shownAtMost(value, formats?.[c]) + PADDING <= widths[c]) continue;
      const text = shown(value, formats?.[c]);
      const w = (typeof value === 'number' ? text.length : textWidth(text)) + PADDING;
      widths[c] = Math.min(max, Math.max(widths[c], w));
    }
  }
  return widths;
}
