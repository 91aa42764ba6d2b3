// Reads one column of one unit: coerces each occurrence, reports bad cells once, and finds
// ranges that disagree (`conflict`).
import { coerceNumber, isExcelError, isMissing } from './coerce';
import { rawError, rawWarning, type RawIssue } from './issues';
import { addressIn, type ColumnSource, type JoinedTables } from './join';
import type { Scale } from './ruleset/schema';
import { cellText, unitKey } from './text';

/** Where a value was read; turned into an address only when a message needs one. */
export interface CellAt {
  table: number;
  row: number;
  col: number;
}

/** What resolveNumber found; the number and its cell are left on the reader. */
export const FOUND = 0;
export const BLANK = 1;
export const INVALID = 2;
export type ResolveKind = typeof FOUND | typeof BLANK | typeof INVALID;

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

  /** The number found by the last resolveNumber (FOUND). */
  value = 0;
  /** The cell of the last FOUND number, or of the first blank (BLANK); table −1 when the unit has no such cell. */
  table = -1;
  row = -1;
  col = -1;

  /** Address of the cell the last resolveNumber pointed at, or null. */
  lastAddress(): string | null {
    return this.table < 0 ? null : addressIn(this.joined, this.table, this.row, this.col);
  }

  /**
   * Reads a numeric column for the unit of input order `order` from every range that has it. Returns FOUND, BLANK or
   * INVALID (issues already reported) and leaves the number and its cell on the reader, so the
   * hot path of a 100,000-unit run allocates nothing per cell.
   */
  resolveNumber(order: number, sources: readonly ColumnSource[] | undefined, scale: Scale | undefined, sink: IssueSink): ResolveKind {
    let found = false;
    let invalid = false;
    let value = 0;
    let fT = -1;
    let fR = -1;
    let fC = -1;
    let bT = -1;
    let bR = -1;
    let bC = -1;
    for (const src of sources ?? []) {
      const row = this.joined.rows[src.table][order];
      if (row < 0) continue;
      const raw = this.joined.tables[src.table].values[row]?.[src.col];
      let number: number;
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        number = raw; // most cells are plain numbers
      } else {
        const c = coerceNumber(raw, scale);
        if (c.kind === 'error') {
          sink.add(rawError(c.code, { cell: addressIn(this.joined, src.table, row, src.col) }, { text: c.text, scale: scale ?? '' }));
          invalid = true;
          continue;
        }
        if (c.kind === 'missing') {
          if (bT < 0) {
            bT = src.table;
            bR = row;
            bC = src.col;
          }
          continue;
        }
        if (c.fromText) sink.add(rawWarning('text-as-number', { cell: addressIn(this.joined, src.table, row, src.col) }, { text: cellText(raw), value: c.value }));
        number = c.value;
      }
      if (!found) {
        found = true;
        value = number;
        fT = src.table;
        fR = row;
        fC = src.col;
      } else if (value !== number) {
        const cell = addressIn(this.joined, src.table, row, src.col);
        sink.add(rawError('conflict', { cell }, { other: addressIn(this.joined, fT, fR, fC), value: number, otherValue: value }));
        invalid = true;
      }
    }
    if (invalid) return INVALID;
    if (found) {
      this.value = value;
      this.table = fT;
      this.row = fR;
      this.col = fC;
      return FOUND;
    }
    this.table = bT;
    this.row = bR;
    this.col = bC;
    return BLANK;
  }

  /** A text column (group, veto): blank and missing markers are null; Excel errors are errors. */
  resolveText(order: number, sources: readonly ColumnSource[] | undefined, sink: IssueSink): { text: string | null; invalid: boolean } {
    let found: { text: string; at: CellAt } | null = null;
    let invalid = false;
    for (const src of sources ?? []) {
      const row = this.joined.rows[src.table][order];
      if (row < 0) continue;
      const value = this.joined.tables[src.table].values[row]?.[src.col];
      const at: CellAt = { table: src.table, row, col: src.col };
      if (isExcelError(value)) {
        sink.add(rawError('excel-error', { cell: addressIn(this.joined, at.table, at.row, at.col) }, { text: value.trim() }));
        invalid = true;
        continue;
      }
      if (isMissing(value)) continue;
      const text = cellText(value).trim();
      if (text === '') continue;
      if (found === null) found = { text, at };
      else if (unitKey(found.text) !== unitKey(text)) {
        const other = found.at;
        sink.add(rawError('conflict', { cell: addressIn(this.joined, at.table, at.row, at.col) }, { other: addressIn(this.joined, other.table, other.row, other.col), value: text, otherValue: found.text }));
        invalid = true;
      }
    }
    return { text: found?.text ?? null, invalid };
  }
}
