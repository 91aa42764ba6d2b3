// Problems in the data are values, not exceptions: every check appends to a list of issues.

/** The closed list of issue codes; words for each live in i18n/messages.*.ts. */
export const ISSUE_CODES = [
  // rule set shape (from the zod schema)
  'required',
  'unknown-field',
  'wrong-type',
  'too-small',
  'too-large',
  'not-allowed',
  'bad-format',
  'unknown-method',
  'bad-json',
  'unsafe-key',
  // rule set meaning
  'wrong-format',
  'duplicate-id',
  'unknown-tiebreak',
  'needs-target',
  'direction-not-allowed',
  'quota-without-count',
  'band-min-max',
  // run parameters
  'bad-period',
  'bad-elapsed',
  'bad-range',
  'no-sources',
  // tables
  'empty-range',
  'missing-unit-column',
  'missing-column',
  'missing-unit-name',
  'duplicate-unit',
  'missing-unit',
  'conflict',
  // cells
  'not-a-number',
  'excel-error',
  'mixed-scale',
  'missing-value',
  'bad-target',
  'negative-adjustment',
  'text-as-number',
  'number-too-large',
  // results
  'no-units',
  'quota-tie',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export type Severity = 'error' | 'warning';
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One problem, located by a cell address (`完成情况!C7`) or a JSON path (`indicators[1].weight`).
 * Hosts that report problems of their own (the workbook layer's `sheet-exists`) widen `C`.
 */
export interface Issue<C extends string = IssueCode> {
  severity: Severity;
  code: C;
  cell?: string;
  path?: string;
  message: string;
  /** The facts the message was made from, so other languages can word it again. */
  params: IssueParams;
}

/** An issue before it is put into words. */
export interface RawIssue {
  severity: Severity;
  code: IssueCode;
  cell?: string;
  path?: string;
  params: IssueParams;
}

export function rawError(code: IssueCode, where: { cell?: string; path?: string }, params: IssueParams = {}): RawIssue {
  return { severity: 'error', code, ...where, params };
}

export function rawWarning(code: IssueCode, where: { cell?: string; path?: string }, params: IssueParams = {}): RawIssue {
  return { severity: 'warning', code, ...where, params };
}

export const hasErrors = (issues: readonly { severity: Severity }[]): boolean =>
  issues.some((i) => i.severity === 'error');
