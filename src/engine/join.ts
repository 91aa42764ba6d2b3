// Joins the input ranges on the unit column (spec section 1): header matching, blank rows,
// unit names, duplicates, and which ranges hold which columns. Cell addresses are made only when
// an issue needs one: a 100,000-row run reads millions of cells and names a handful.
import { cellAddress, formatRange, parseRange } from './address';
import { rawError, type RawIssue } from './issues';
import { isExcelError, isMissingKey } from './coerce';
import { cellText, headerKey, nameHash, plainNameHash, trimAll, unitKey } from './text';
import type { Table } from './types';
import { firstSeen } from './firstSeen';

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
  /**
   * Trimmed spelling from the first range that has the unit. The join hands out `key` itself when
   * every name is its key: neither may be changed in place.
   */
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
  // Row r of range t is entry offsets[t] + r of the join.
  const offsets: number[] = [];
  let rowCount = 0;
  for (const table of input) {
    offsets.push(rowCount);
    rowCount += table.values.length;
  }
  // A unit has a row in at most one range per row, so the row count bounds the number of units.
  const rows = input.map(() => new Int32Array(rowCount).fill(-1));
  const firstTable = new Int32Array(rowCount);
  const joined: JoinedTables = { tables: [], units: { key: [], name: [], order: new Int32Array(0) }, firstTable, columns: new Map(), unitColumns: [], rows };

  // Every range's header and every row's key first; then the keys are matched all at once
  // (firstSeen), and the rows placed range by range, with every issue in row order.
  const headerIssues = input.map((table, t) => readHeader(joined, table, t, unitCol, unitColumn, wanted));
  const entryKeys = new Array<string | null>(rowCount).fill(null);
  const hashes = new Int32Array(rowCount);
  /** 1 where the cell is its key as written (most names), so placing it needs no second look at the row. */
  const asWritten = new Uint8Array(rowCount);
  input.forEach((table, t) => {
    const unitIndex = joined.unitColumns[t];
    if (unitIndex < 0) return;
    const values = table.values;
    for (let r = 1; r < values.length; r++) {
      const raw = values[r]?.[unitIndex];
      const e = offsets[t] + r;
      // Most names: nothing to fold, trim or report, and hashed by the same scan that says so.
      const hash = typeof raw === 'string' ? plainNameHash(raw) : -1;
      if (hash >= 0 && !isMissingKey(raw as string)) {
        entryKeys[e] = raw as string;
        hashes[e] = hash;
        asWritten[e] = 1;
        continue;
      }
      const key = foldedKey(raw);
      if (key === null) continue;
      entryKeys[e] = key;
      hashes[e] = nameHash(key);
    }
  });
  const first = firstSeen(entryKeys, hashes);

  /** Units whose name is not their key, and that name, in pairs. */
  const renamed: (number | string)[] = [];
  // The units' keys are gathered at the front of `entryKeys` itself, in entry order: a unit's
  // index is never above its first entry's, which this pass has read by then. A second array of
  // 100,000 names, grown as it fills, took 3 ms, copied again at every growth into fresh memory.
  let units = 0;
  const unitOfEntry = new Int32Array(rowCount);
  input.forEach((table, t) => {
    for (const issue of headerIssues[t]) issues.push(issue);
    const unitIndex = joined.unitColumns[t];
    if (unitIndex < 0) return;
    const name = joined.tables[t].name;
    for (let r = 1; r < table.values.length; r++) {
      const e = offsets[t] + r;
      const key = entryKeys[e];
      if (key === null) {
        const row = table.values[r] ?? [];
        const rawValue = row[unitIndex];
        if (isExcelError(rawValue)) issues.push(rawError('excel-error', { cell: addressIn(joined, t, r, unitIndex) }, { text: rawValue.trim() }));
        else if (!row.every(isBlank)) issues.push(rawError('missing-unit-name', { cell: addressIn(joined, t, r, unitIndex) }, { range: name }));
        continue;
      }
      if (first[e] === e) {
        const u = units++;
        entryKeys[u] = key;
        unitOfEntry[e] = u;
        rows[t][u] = r;
        firstTable[u] = t;
        // A unit's name is mostly its key: only other spellings are kept apart.
        if (asWritten[e] === 0) {
          const rawName = cellText(table.values[r][unitIndex]);
          if (rawName !== key) renamed.push(u, trimAll(rawName));
        }
        continue;
      }
      const u = unitOfEntry[first[e]];
      // A unit already placed in this range is a duplicate within it.
      const firstRow = rows[t][u];
      if (firstRow >= 0) {
        issues.push(rawError('duplicate-unit', { cell: addressIn(joined, t, r, unitIndex) }, { unit: key, first: addressIn(joined, t, firstRow, unitIndex) }));
        continue;
      }
      rows[t][u] = r;
    }
  });
  entryKeys.length = units;
  const keys = entryKeys as string[];
  joined.units.key = keys;
  joined.units.name = keys;
  if (renamed.length > 0) {
    const names = keys.slice();
    for (let k = 0; k < renamed.length; k += 2) names[renamed[k] as number] = renamed[k + 1] as string;
    joined.units.name = names;
  }
  const order = new Int32Array(keys.length);
  for (let u = 0; u < order.length; u++) order[u] = u;
  joined.units.order = order;
  return joined;
}

/**
 * The key a unit cell that is not a plain name is matched on, or null for no unit (an Excel
 * error, a blank, a missing marker such as `—` or `无`).
 */
function foldedKey(rawValue: unknown): string | null {
  if (isExcelError(rawValue)) return null;
  const folded = unitKey(cellText(rawValue));
  return folded === '' || (typeof rawValue === 'string' && isMissingKey(folded)) ? null : folded;
}

/** Adds range `t` to `joined` and finds its columns; returns what is wrong with it. */
function readHeader(joined: JoinedTables, table: Table, t: number, unitCol: string, unitColumn: string, wanted: ReadonlySet<string>): RawIssue[] {
  const ref = parseRange(table.address);
  const name = ref ? formatRange({ ...ref, sheet: table.sheet }) : `${table.sheet}!${table.address}`;
  const header = (table.values[0] ?? []).map((v) => cellText(v));
  joined.tables.push({ sheet: table.sheet, top: ref?.top ?? 1, left: ref?.left ?? 1, values: table.values, name, header });
  joined.unitColumns.push(-1);
  if (!ref) return [rawError('bad-range', { cell: name }, { value: table.address })];
  if (table.values.length === 0 || header.every((h) => h.trim() === '')) return [rawError('empty-range', { cell: name }, { range: name })];
  const headers = new Map<string, number>();
  header.forEach((h, c) => {
    const key = headerKey(h);
    if (key !== '' && !headers.has(key)) headers.set(key, c); // first column wins
  });
  const unitIndex = headers.get(unitCol);
  if (unitIndex === undefined) {
    return [rawError('missing-unit-column', { cell: name }, { column: unitColumn, range: name, headers: header.filter((h) => h !== '').join(', ') })];
  }
  joined.unitColumns[t] = unitIndex;
  for (const [key, col] of headers) {
    if (key !== unitCol && wanted.has(key)) joined.columns.set(key, [...(joined.columns.get(key) ?? []), { table: t, col }]);
  }
  return [];
}
