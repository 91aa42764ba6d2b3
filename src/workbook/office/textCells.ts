// Keeping texts as texts. Excel takes a string written to `Range.values` as if typed: `=…`, `+…`,
// `-…` and `@…` become formulas, `001` becomes 1, `2026-05` a date. A cell formatted as Text
// (`@`) keeps whatever is written, and Office documents that Text cells are "displayed exactly
// as entered". An apostrophe prefix also works when typed, but whether the API keeps or shows it
// differs between hosts, while the Text format is plain cell state every host honours. So every
// string cell gets the `@` format before its value, in the same request or an earlier one (by
// rectangles, textRanges.ts, or a per-cell mask); numbers keep General until the plan's own
// number formats are applied after the values.
import type { PlanValue } from '../sheetPlan';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** The number formats to set before writing `row`. */
export function textMask(row: readonly PlanValue[]): string[] {
  return row.map((v) => (typeof v === 'string' ? TEXT_FORMAT : GENERAL_FORMAT));
}

/** Office writes `null` as "leave the cell unchanged"; an empty string clears it. */
export function cellInput(row: readonly PlanValue[]): (string | number | boolean)[] {
  return row.map((v) => v ?? '');
}
