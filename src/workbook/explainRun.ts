// Explains units of a run without writing anything: reads the ranges and the store as a run
// would, evaluates with explanations, and hands them back. The CLI's `explain` command and the
// task pane's explanation view call this.
import { describeIssue } from '../engine/i18n/describe';
import { evaluate, validateRuleSet } from '../engine/index';
import { parsePeriod } from '../engine/period';
import type { Lang, RunResult } from '../engine/types';
import type { WorkbookPort } from './port';
import { previousRun, readSources } from './run';
import type { StoredRun } from './store';
import { trimLeadingBlankRows } from './tableShape';

export interface ExplainRequest {
  /** The rule set as parsed JSON; validated here. */
  ruleSet: unknown;
  /** Input ranges; default: the rule set's `sources`. */
  sources?: readonly string[];
  period: string;
  elapsed?: number;
  lang: Lang;
  /** Every unit, or the units of these names. */
  units: true | readonly string[];
}

export interface ExplainOutcome {
  /** The run's result, its `explanations` filled in (empty when it has errors). */
  result: RunResult;
  /** The stored run of this rule set and period, to tell whether the figures changed since. */
  stored: StoredRun | null;
}

export async function explainRun(port: WorkbookPort, request: ExplainRequest): Promise<ExplainOutcome> {
  const { lang } = request;
  const options = { lang, explain: request.units, ...(request.elapsed === undefined ? {} : { elapsed: request.elapsed }) };
  const { ruleSet } = validateRuleSet(request.ruleSet, lang);
  if (ruleSet === null) return { result: evaluate(request.ruleSet, [], request.period, options), stored: null };
  const read = await readSources(port, request.sources ?? ruleSet.sources ?? [], lang);
  const parsedPeriod = parsePeriod(request.period, request.elapsed);
  if (!('tables' in read)) {
    const issues = [...read.issues, ...parsedPeriod.issues.map((i) => describeIssue(i, lang))];
    const period = parsedPeriod.period ?? { label: request.period, elapsed: 0 };
    return { result: { format: 'standings/result@1', ruleSet: ruleSet.name, period, units: [], issues }, stored: null };
  }
  const periodLabel = parsedPeriod.period?.label ?? request.period.trim();
  const previous = previousRun(read.store, ruleSet.name, periodLabel);
  const previousRanks = previous === null ? undefined : Object.fromEntries(previous.units.map((u) => [u.unit, u.rank]));
  const result = evaluate(ruleSet, read.tables.map(trimLeadingBlankRows), request.period, { ...options, ...(previousRanks ? { previousRanks } : {}) });
  const sameRuns = (read.store?.runs ?? []).filter((r) => r.ruleSet === ruleSet.name && r.period.label === periodLabel);
  const stored = sameRuns.length === 0 ? null : sameRuns.reduce((a, b) => (Date.parse(b.time) >= Date.parse(a.time) ? b : a));
  return { result, stored };
}
