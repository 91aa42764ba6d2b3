// Reads one column of one unit: coerces each occurrence, reports bad cells once, and finds
// ranges that disagree (`conflict`).
import { coerceNumber, isExcelError, isMissing } from './coerce';
import { rawError, rawWarning, type RawIssue } from './issues';
import { addressIn, type ColumnSource, type JoinedTables, type JoinedUnit } from './join';
import type { Scale } from './ruleset/schema';
import { cellText, unitKey } from './text';

/** Where a value was read; turned into an address only when a message needs one. */
export interface CellAt {
  table: number;
  row: number;
  col: number;
}

export type Resolved =
  | ({ kind: 'number'; value: number } & CellAt)
  | { kind: 'missing'; at: CellAt | null }
  | { kind: 'invalid' };

const INVALID: Resolved = { kind: 'invalid' };
const ABSENT: Resolved = { kind: 'missing', at: null };

/** Collects issues, reporting each once even when two indicators read the same column. */
export class IssueSink {
  readonly issues: RawIssue[] = [];
  private readonly seen = new Set<string>();

  add(issue: RawIssue): void {
    const key = `${issue.code}|${issue.cell ?? ''}|${issue.path ?? ''}|${JSON.stringify(issue.params)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push(issue);
  }
}

/** Reads the column from every range that has it and the unit, in range order. */
export class ColumnReader {
  constructor(private readonly joined: JoinedTables) {}

  address(at: CellAt): string {
    return addressIn(this.joined, at.table, at.row, at.col);
  }

  resolveNumber(unit: JoinedUnit, sources: readonly ColumnSource[] | undefined, scale: Scale | undefined, sink: IssueSink): Resolved {
    if (sources === undefined) return ABSENT;
    let found: ({ kind: 'number'; value: number } & CellAt) | null = null;
    let firstBlank: CellAt | null = null;
    let invalid = false;
    for (const src of sources) {
      const row = unit.rows[src.table];
      if (row < 0) continue;
      const value = this.joined.tables[src.table].values[row]?.[src.col];
      let number: number;
      if (typeof value === 'number' && Number.isFinite(value)) {
        number = value; // most cells are plain numbers
      } else {
        const c = coerceNumber(value, scale);
        if (c.kind === 'error') {
          sink.add(rawError(c.code, { cell: this.address({ table: src.table, row, col: src.col }) }, { text: c.text, scale: scale ?? '' }));
          invalid = true;
          continue;
        }
        if (c.kind === 'missing') {
          firstBlank ??= { table: src.table, row, col: src.col };
          continue;
        }
        if (c.fromText) sink.add(rawWarning('text-as-number', { cell: this.address({ table: src.table, row, col: src.col }) }, { text: cellText(value), value: c.value }));
        number = c.value;
      }
      if (found === null) found = { kind: 'number', value: number, table: src.table, row, col: src.col };
      else if (found.value !== number) {
        const cell = this.address({ table: src.table, row, col: src.col });
        sink.add(rawError('conflict', { cell }, { other: this.address(found), value: number, otherValue: found.value }));
        invalid = true;
      }
    }
    if (invalid) return INVALID;
    return found ?? { kind: 'missing', at: firstBlank };
  }

  /** A text column (group, veto): blank and missing markers are null; Excel errors are errors. */
  resolveText(unit: JoinedUnit, sources: readonly ColumnSource[] | undefined, sink: IssueSink): { text: string | null; invalid: boolean } {
    let found: { text: string; at: CellAt } | null = null;
    let invalid = false;
    for (const src of sources ?? []) {
      const row = unit.rows[src.table];
      if (row < 0) continue;
      const value = this.joined.tables[src.table].values[row]?.[src.col];
      const at: CellAt = { table: src.table, row, col: src.col };
      if (isExcelError(value)) {
        sink.add(rawError('excel-error', { cell: this.address(at) }, { text: value.trim() }));
        invalid = true;
        continue;
      }
      if (isMissing(value)) continue;
      const text = cellText(value).trim();
      if (text === '') continue;
      if (found === null) found = { text, at };
      else if (unitKey(found.text) !== unitKey(text)) {
        sink.add(rawError('conflict', { cell: this.address(at) }, { other: this.address(found.at), value: text, otherValue: found.text }));
        invalid = true;
      }
    }
    return { text: found?.text ?? null, invalid };
  }
}
