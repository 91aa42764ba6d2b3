// One unit's explanation for the pane: the run that wrote the result sheet, done again on the
// figures in the workbook now, through the same explainRun the CLI uses. Says when the figures
// no longer give what the sheet shows.
import { unitKey, type Lang, type UnitExplanation } from '../../engine/index';
import { explainRun } from '../../workbook/explainRun';
import type { WorkbookPort } from '../../workbook/port';

export interface ExplainInput {
  run: {
    ruleSet: string;
    sources: readonly string[];
    period: { label: string; elapsed: number };
    units: readonly { unit: string; rank: number; total: number }[];
  };
  /** The rule set that wrote the sheet, as stored. */
  ruleSet: unknown;
}

/** What the sheet shows for the unit, when the current figures give something else. */
export interface Changed {
  /** Null when the stored run has no such unit. */
  stored: { rank: number; total: number } | null;
  now: { rank: number; total: number };
}

export type UnitOutcome =
  | { status: 'shown'; explanation: UnitExplanation; changed: Changed | null; units: string[] }
  /** The unit is not among the units of the current figures. */
  | { status: 'missing'; units: string[] }
  /** The current figures or rules have errors; the check lists them. */
  | { status: 'errors'; errors: number; units: string[] };

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

export async function explainUnit(port: WorkbookPort, input: ExplainInput, unit: string, lang: Lang): Promise<UnitOutcome> {
  const { run } = input;
  const { result, stored } = await explainRun(port, {
    ruleSet: input.ruleSet,
    sources: run.sources,
    period: run.period.label,
    elapsed: run.period.elapsed,
    lang,
    units: [unit],
  });
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) return { status: 'errors', errors, units: run.units.map((u) => u.unit) };
  const units = result.units.map((u) => u.unit);
  // Matched as the engine matches units (trimmed, width-folded), not by exact spelling.
  const explanation = result.explanations?.find((e) => unitKey(e.unit) === unitKey(unit));
  if (explanation === undefined) return { status: 'missing', units };
  const before = (stored ?? run).units.find((u) => unitKey(u.unit) === unitKey(unit));
  const now = { rank: explanation.rank, total: explanation.total.total };
  const changed = before === undefined ? { stored: null, now } : same(before.total, now.total) && before.rank === now.rank ? null : { stored: { rank: before.rank, total: before.total }, now };
  return { status: 'shown', explanation, changed, units };
}
