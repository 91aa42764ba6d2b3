// Periods: `2026`, `2026H1`, `2026Q3`, `2026-05`, each with the share of the year it covers.
import { rawError, type RawIssue } from './issues';
import type { Period } from './types';

const PATTERNS: readonly [RegExp, (n: number) => number | null][] = [
  [/^\d{4}$/, () => 1],
  [/^\d{4}H([12])$/i, (h) => h / 2],
  [/^\d{4}Q([1-4])$/i, (q) => q / 4],
  [/^\d{4}-(\d{2})$/, (m) => (m >= 1 && m <= 12 ? m / 12 : null)],
];

export function elapsedOf(label: string): number | null {
  for (const [pattern, share] of PATTERNS) {
    const m = pattern.exec(label.trim());
    if (m) return share(Number(m[1] ?? 0));
  }
  return null;
}

export function parsePeriod(label: string, explicitElapsed?: number): { period: Period | null; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  const derived = elapsedOf(label);
  if (explicitElapsed !== undefined) {
    if (!(Number.isFinite(explicitElapsed) && explicitElapsed > 0 && explicitElapsed <= 1)) {
      issues.push(rawError('bad-elapsed', { path: 'elapsed' }, { value: String(explicitElapsed) }));
    }
    if (label.trim() === '') issues.push(rawError('bad-period', { path: 'period' }, { value: label }));
  } else if (derived === null) {
    issues.push(rawError('bad-period', { path: 'period' }, { value: label }));
  }
  if (issues.length > 0) return { period: null, issues };
  return { period: { label: label.trim(), elapsed: explicitElapsed ?? derived! }, issues };
}

/** The current quarter, the CLI's default period. */
export function currentQuarter(today: Date): string {
  return `${today.getFullYear()}Q${Math.floor(today.getMonth() / 3) + 1}`;
}
