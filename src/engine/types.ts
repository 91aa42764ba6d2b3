// Public shapes of the engine: what goes in (tables, period) and what comes out (section 4.3).
import type { UnitExplanation } from './explain/types';
import type { Issue, IssueCode } from './issues';

export type Lang = 'zh-CN' | 'en';

/** A range's values exactly as Office.js `Range.values` or exceljs hand them over. */
export interface Table {
  /** Sheet name, e.g. `完成情况`. */
  sheet: string;
  /** The range on that sheet, `A1:F20` (a leading `Sheet!` is accepted and ignored). */
  address: string;
  values: readonly (readonly unknown[])[];
}

export interface Period {
  label: string;
  /** Time progress (序时进度) in (0, 1]. */
  elapsed: number;
}

export type TierKind = 'reward' | 'penalty' | 'neutral';

export interface IndicatorResult {
  target: number | null;
  actual: number | null;
  rate: number | null;
  score: number | null;
}

export interface UnitResult {
  unit: string;
  group: string | null;
  rank: number;
  total: number;
  tier: string | null;
  tierKind: TierKind | null;
  veto: string | null;
  previousRank: number | null;
  indicators: Record<string, IndicatorResult>;
  bonus: number;
  deduction: number;
}

export interface RunResult<C extends string = IssueCode> {
  format: 'standings/result@1';
  ruleSet: string;
  period: Period;
  units: UnitResult[];
  issues: Issue<C>[];
  /** With the `explain` option: why each unit stands where it does, in result-row order. */
  explanations?: UnitExplanation[];
}

export interface EvaluateOptions {
  /** Language of issue messages; default zh-CN. */
  lang?: Lang;
  /** An explicit time progress overriding the period's own. */
  elapsed?: number;
  /** Ranks of the previous run of the same rule set, keyed by unit name as shown in results. */
  previousRanks?: Readonly<Record<string, number>>;
  /** Explain every unit (true) or the units of these names (as results show them). */
  explain?: boolean | readonly string[];
}
