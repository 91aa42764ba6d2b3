// Explains units of a run without writing anything: reads the ranges and the store as a run
// would, evaluates with explanations, and hands them back. The CLI's `explain` command and the
// task pane's explanation view call this.
import type { Lang, RunResult } from '../engine/types';
import type { WorkbookPort } from './port';
import { evaluateWorkbook } from './run';
import type { StoredRun } from './store';

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
  const { result, read } = await evaluateWorkbook(port, { ...request, explain: request.units });
  if (read === null) return { result, stored: null };
  const periodLabel = result.period.label;
  const sameRuns = (read.store?.runs ?? []).filter((r) => r.ruleSet === read.ruleSet.name && r.period.label === periodLabel);
  const stored = sameRuns.length === 0 ? null : sameRuns.reduce((a, b) => (Date.parse(b.time) >= Date.parse(a.time) ? b : a));
  return { result, stored };
}
