// Joins the input ranges on the unit column (spec section 1): header matching, blank rows,
// unit names, duplicates, and which ranges hold which columns.
import { cellAddress, formatRange, parseRange } from './address';
import { rawError, type RawIssue } from './issues';
import { cellText, headerKey, trimAll, unitKey } from './text';
import type { Table } from './types';

export interface CellRef {
  value: unknown;
  cell: string;
  table: number;
}

export interface JoinedUnit {
  key: string;
  /** Trimmed spelling from the first range that has the unit. */
  name: string;
  /** Address of the unit's name in that range. */
  cell: string;
  /** Input order. */
  order: number;
  /** Indexes of the tables the unit appears in. */
  tables: Set<number>;
  /** Cells by column key, in table order. */
  cells: Map<string, CellRef[]>;
}

export interface JoinedTables {
  units: JoinedUnit[];
  /** Column key → indexes of the tables whose header has it. */
  columns: Map<string, number[]>;
  /** Display name of each table, `目标!A1:E20`. */
  rangeNames: string[];
  /** Header cells of each table, as written. */
  headers: string[][];
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export function joinTables(tables: readonly Table[], unitColumn: string, wanted: ReadonlySet<string>, issues: RawIssue[]): JoinedTables {
  const unitCol = headerKey(unitColumn);
  const units = new Map<string, JoinedUnit>();
  const columns = new Map<string, number[]>();
  const rangeNames: string[] = [];
  const headers: string[][] = [];

  tables.forEach((table, t) => {
    const ref = parseRange(table.address);
    const top = ref?.top ?? 1;
    const left = ref?.left ?? 1;
    const rangeName = ref ? formatRange({ ...ref, sheet: table.sheet }) : `${table.sheet}!${table.address}`;
    rangeNames.push(rangeName);
    const header = (table.values[0] ?? []).map((v) => cellText(v));
    headers.push(header);
    if (!ref) {
      issues.push(rawError('bad-range', { cell: rangeName }, { value: table.address }));
      return;
    }
    if (table.values.length === 0 || header.every((h) => h.trim() === '')) {
      issues.push(rawError('empty-range', { cell: rangeName }, { range: rangeName }));
      return;
    }
    const index = new Map<string, number>();
    header.forEach((h, c) => {
      const key = headerKey(h);
      if (key !== '' && !index.has(key)) index.set(key, c); // first column wins
    });
    const unitIndex = index.get(unitCol);
    if (unitIndex === undefined) {
      issues.push(rawError('missing-unit-column', { cell: rangeName }, { column: unitColumn, range: rangeName, headers: header.filter((h) => h !== '').join(', ') }));
      return;
    }
    const used = [...index].filter(([key]) => wanted.has(key));
    for (const [key] of used) columns.set(key, [...(columns.get(key) ?? []), t]);

    const seen = new Map<string, string>();
    for (let r = 1; r < table.values.length; r++) {
      const row = table.values[r] ?? [];
      if (row.every(isBlank)) continue;
      const at = (c: number): string => cellAddress(table.sheet, top + r, left + c);
      const rawName = cellText(row[unitIndex]);
      const key = unitKey(rawName);
      if (key === '') {
        issues.push(rawError('missing-unit-name', { cell: at(unitIndex) }, { range: rangeName }));
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push(rawError('duplicate-unit', { cell: at(unitIndex) }, { unit: key, first }));
        continue;
      }
      seen.set(key, at(unitIndex));
      let unit = units.get(key);
      if (!unit) {
        unit = { key, name: trimAll(rawName), cell: at(unitIndex), order: units.size, tables: new Set(), cells: new Map() };
        units.set(key, unit);
      }
      unit.tables.add(t);
      for (const [colKey, c] of used) {
        if (colKey === unitCol) continue;
        const list = unit.cells.get(colKey) ?? [];
        list.push({ value: row[c], cell: at(c), table: t });
        unit.cells.set(colKey, list);
      }
    }
  });
  return { units: [...units.values()], columns, rangeNames, headers };
}
