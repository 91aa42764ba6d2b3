// Shapes of input ranges both adapters hand over the same way.
import { formatRange, parseRange } from '../engine/address';
import type { Table } from '../engine/types';

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * A range whose first rows are blank starts at its first row with content, which is its header
 * (users often select a few rows too many above the table). The address moves with it, so cell
 * addresses in issues stay right.
 */
export function trimLeadingBlankRows(table: Table): Table {
  const first = table.values.findIndex((row) => !row.every(isBlank));
  const ref = parseRange(table.address);
  if (first <= 0 || ref === null) return table;
  return {
    sheet: table.sheet,
    address: formatRange({ ...ref, sheet: null, top: ref.top + first }),
    values: table.values.slice(first),
  };
}
