// Joins the input ranges on the unit column (spec section 1): header matching, blank rows,
// unit names, duplicates, and which ranges hold which columns. Cell addresses are made only when
// an issue needs one: a 100,000-row run reads millions of cells and names a handful.
import { cellAddress, formatRange, parseRange } from './address';
import { rawError, type RawIssue } from './issues';
import { isExcelError, isMissingKey } from './coerce';
import { cellText, headerKey, isPlainName, trimAll, unitKey } from './text';
import type { Table } from './types';
import { UnitIndex } from './unitIndex';

export interface JoinedTable {
  sheet: string;
  /** 1-based sheet row and column of the range's top-left cell. */
  top: number;
  left: number;
  values: Table['values'];
  /** Display name, `目标!A1:E20`. */
  name: string;
  /** Header cells as written. */
  header: string[];
}

/** Where one rule column is found: a table and a column index inside it. */
export interface ColumnSource {
  table: number;
  col: number;
}

/**
 * Units as columns by index (no object a unit: a 100,000-unit run would copy them in every young
 * garbage collection): the joined units in input order, or a subset of them.
 */
export interface UnitColumns {
  key: readonly string[];
  /** Trimmed spelling from the first range that has the unit. */
  name: readonly string[];
  /** Input order: the unit's index among the joined units, by which its rows are found. */
  order: Int32Array;
}

export interface JoinedTables {
  tables: JoinedTable[];
  units: UnitColumns;
  /** By input order: the first range that has the unit. */
  firstTable: Int32Array;
  /** Column key → where it is found, in table order. */
  columns: Map<string, ColumnSource[]>;
  unitColumns: number[];
  /** By table, then unit order: the unit's row inside the table, −1 when absent. */
  rows: Int32Array[];
}

/** The row index inside table `t` of the unit of input order `order`, or −1. */
const rowOf = (joined: JoinedTables, order: number, t: number): number => joined.rows[t][order];

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function addressIn(joined: JoinedTables, table: number, row: number, col: number): string {
  const t = joined.tables[table];
  return cellAddress(t.sheet, t.top + row, t.left + col);
}

/** Address of the name of the unit of input order `order` in the first range that has it. */
export function unitCell(joined: JoinedTables, order: number): string {
  const t = joined.firstTable[order];
  return addressIn(joined, t, rowOf(joined, order, t), joined.unitColumns[t]);
}

export function joinTables(input: readonly Table[], unitColumn: string, wanted: ReadonlySet<string>, issues: RawIssue[]): JoinedTables {
  const unitCol = headerKey(unitColumn);
  let rowCount = 0;
  for (const table of input) rowCount += table.values.length;
  const index = new UnitIndex(rowCount);
  // A unit has a row in at most one range per row, so the row count bounds the number of units.
  const rows = input.map(() => new Int32Array(rowCount).fill(-1));
  const keys = index.keys;
  const names: string[] = [];
  const firstTable = new Int32Array(rowCount);
  const joined: JoinedTables = { tables: [], units: { key: keys, name: names, order: new Int32Array(0) }, firstTable, columns: new Map(), unitColumns: [], rows };

  input.forEach((table, t) => {
    const ref = parseRange(table.address);
    const name = ref ? formatRange({ ...ref, sheet: table.sheet }) : `${table.sheet}!${table.address}`;
    const header = (table.values[0] ?? []).map((v) => cellText(v));
    joined.tables.push({ sheet: table.sheet, top: ref?.top ?? 1, left: ref?.left ?? 1, values: table.values, name, header });
    joined.unitColumns.push(-1);
    if (!ref) {
      issues.push(rawError('bad-range', { cell: name }, { value: table.address }));
      return;
    }
    if (table.values.length === 0 || header.every((h) => h.trim() === '')) {
      issues.push(rawError('empty-range', { cell: name }, { range: name }));
      return;
    }
    const headers = new Map<string, number>();
    header.forEach((h, c) => {
      const key = headerKey(h);
      if (key !== '' && !headers.has(key)) headers.set(key, c); // first column wins
    });
    const unitIndex = headers.get(unitCol);
    if (unitIndex === undefined) {
      issues.push(rawError('missing-unit-column', { cell: name }, { column: unitColumn, range: name, headers: header.filter((h) => h !== '').join(', ') }));
      return;
    }
    joined.unitColumns[t] = unitIndex;
    for (const [key, col] of headers) {
      if (key !== unitCol && wanted.has(key)) joined.columns.set(key, [...(joined.columns.get(key) ?? []), { table: t, col }]);
    }

    for (let r = 1; r < table.values.length; r++) {
      const row = table.values[r] ?? [];
      const rawValue = row[unitIndex];
      let rawName: string;
      let folded: string;
      if (typeof rawValue === 'string' && isPlainName(rawValue)) {
        rawName = folded = rawValue; // most names: nothing to fold, trim or report
      } else {
        if (isExcelError(rawValue)) {
          issues.push(rawError('excel-error', { cell: addressIn(joined, t, r, unitIndex) }, { text: rawValue.trim() }));
          continue;
        }
        rawName = cellText(rawValue);
        folded = unitKey(rawName);
      }
      // A missing marker (`—`, `无`) is no unit name.
      const key = typeof rawValue === 'string' && isMissingKey(folded) ? '' : folded;
      if (key === '') {
        if (!row.every(isBlank)) issues.push(rawError('missing-unit-name', { cell: addressIn(joined, t, r, unitIndex) }, { range: name }));
        continue;
      }
      const u = index.add(key);
      if (u === names.length) {
        rows[t][u] = r;
        names.push(rawName === key ? key : trimAll(rawName));
        firstTable[u] = t;
        continue;
      }
      // A unit already placed in this range is a duplicate within it.
      const first = rows[t][u];
      if (first >= 0) {
        issues.push(rawError('duplicate-unit', { cell: addressIn(joined, t, r, unitIndex) }, { unit: key, first: addressIn(joined, t, first, unitIndex) }));
        continue;
      }
      rows[t][u] = r;
    }
  });
  const order = new Int32Array(keys.length);
  for (let u = 0; u < order.length; u++) order[u] = u;
  joined.units.order = order;
  return joined;
}
