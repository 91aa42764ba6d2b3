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
 * Widths for columns 0..count-1, from rows `fromRow` on (title lines above are left out: they
 * overflow into the empty cells beside them), each at most `max`.
 */
export function columnWidths(
  values: readonly (readonly PlanValue[])[],
  count: number,
  options: { fromRow: number; max: number; formats?: readonly (string | undefined)[] },
): number[] {
  const widths = new Array<number>(count).fill(MIN_WIDTH);
  for (const row of values.slice(options.fromRow)) {
    row.forEach((value, c) => {
      if (c >= count) return;
      const w = textWidth(shown(value, options.formats?.[c])) + PADDING;
      widths[c] = Math.min(options.max, Math.max(widths[c], w));
    });
  }
  return widths;
}
