// Reads one column of one unit: coerces each occurrence, reports bad cells once, and finds
// ranges that disagree (`conflict`).
import { coerceNumber, isExcelError, isMissing } from './coerce';
import { rawError, rawWarning, type RawIssue } from './issues';
import type { CellRef } from './join';
import type { Scale } from './ruleset/schema';
import { cellText, unitKey } from './text';

export type Resolved =
  | { kind: 'number'; value: number; cell: string }
  | { kind: 'missing'; cell: string | null }
  | { kind: 'invalid' };

/** Collects issues, reporting each (code, cell) once even when a column is read twice. */
export class IssueSink {
  readonly issues: RawIssue[] = [];
  private readonly seen = new Set<string>();

  add(issue: RawIssue): void {
    const key = `${issue.code}|${issue.cell ?? ''}|${issue.path ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push(issue);
  }
}

export function resolveNumber(refs: readonly CellRef[] | undefined, scale: Scale | undefined, sink: IssueSink): Resolved {
  if (!refs || refs.length === 0) return { kind: 'missing', cell: null };
  let found: { value: number; cell: string } | null = null;
  let invalid = false;
  for (const ref of refs) {
    const c = coerceNumber(ref.value, scale);
    if (c.kind === 'error') {
      sink.add(rawError(c.code, { cell: ref.cell }, { text: c.text, scale: scale ?? '' }));
      invalid = true;
      continue;
    }
    if (c.kind === 'missing') continue;
    if (c.fromText) sink.add(rawWarning('text-as-number', { cell: ref.cell }, { text: cellText(ref.value), value: c.value }));
    if (found === null) found = { value: c.value, cell: ref.cell };
    else if (found.value !== c.value) {
      sink.add(rawError('conflict', { cell: ref.cell }, { other: found.cell, value: c.value, otherValue: found.value }));
      invalid = true;
    }
  }
  if (invalid) return { kind: 'invalid' };
  return found ? { kind: 'number', ...found } : { kind: 'missing', cell: refs[0].cell };
}

export type ResolvedText = { text: string | null; cell: string | null; invalid: boolean };

/** A text column (group, veto): blank and missing markers are null; Excel errors are errors. */
export function resolveText(refs: readonly CellRef[] | undefined, sink: IssueSink): ResolvedText {
  let found: { text: string; cell: string } | null = null;
  let invalid = false;
  for (const ref of refs ?? []) {
    if (isExcelError(ref.value)) {
      sink.add(rawError('excel-error', { cell: ref.cell }, { text: String(ref.value).trim() }));
      invalid = true;
      continue;
    }
    if (isMissing(ref.value) || cellText(ref.value).trim() === '') continue;
    const text = cellText(ref.value).trim();
    if (found === null) found = { text, cell: ref.cell };
    else if (unitKey(found.text) !== unitKey(text)) {
      sink.add(rawError('conflict', { cell: ref.cell }, { other: found.cell, value: text, otherValue: found.text }));
      invalid = true;
    }
  }
  return { text: found?.text ?? null, cell: found?.cell ?? null, invalid };
}
