// Puts back the dates a late look at number formats found (port.ts, DateCell): the tables as
// they would have been read had the formats come with the values, so the engine reports each
// such cell (`not-a-number`, with its address) like any other date.
import type { Table } from '../engine/types';
import type { DateCell } from './port';

export function markDates(tables: readonly Table[], cells: readonly DateCell[]): Table[] {
  const copies = tables.map((table) => ({ ...table, values: [...table.values] }));
  for (const cell of cells) {
    const table = copies[cell.table];
    const row = table?.values[cell.row];
    if (table === undefined || row === undefined) continue;
    const copy = [...row];
    copy[cell.column] = cell.date;
    table.values[cell.row] = copy;
  }
  return copies;
}
