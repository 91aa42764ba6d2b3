// Why a unit stands where it does, as data (issue 7): every number the run used, with its cell,
// and what would move the unit. Words are added by explanationText() in the chosen language.
import type { MethodStep } from '../methods/method';
import type { ConditionCheck } from '../tiers';
import type { TierKind } from '../types';

/** A figure read from the input: its number (null when blank) and the cell it came from. */
export interface Figure {
  /** Header of the column, as the rule set names it. */
  column: string;
  value: number | null;
  /** `完成情况!C7`; null when the unit has no such cell. */
  cell: string | null;
}

export interface IndicatorExplanation {
  id: string;
  /** The label, or the id when the rule set gives none. */
  label: string;
  weight: number;
  /** The indicator scores a rate (actual ÷ target). */
  isRate: boolean;
  /** Scale of the figures (`万元`), or null. */
  scale: string | null;
  target: Figure | null;
  actual: Figure;
  /** The missing policy that applied, or null when both figures were there. */
  policy: 'zero' | 'full' | 'exclude' | null;
  /** The method's arithmetic with the numbers filled in; null when the policy gave the points. */
  step: MethodStep | null;
  /** Unrounded points; null when the indicator does not apply (missing: exclude). */
  score: number | null;
  /** Points as the result shows them. */
  rounded: number | null;
}

export interface AdjustmentExplanation {
  type: 'bonus' | 'deduction' | 'veto';
  /** The label, or the column's header. */
  label: string;
  column: string;
  cell: string | null;
  /** Points as written in the cell (bonus, deduction); null when blank. */
  written: number | null;
  /** Points counted after `max`. */
  counted: number | null;
  max: number | null;
  /** The veto's reason as written; null when none. */
  reason: string | null;
}

export interface TotalExplanation {
  /** Σ of the indicator points that apply, before scaling. */
  sum: number;
  /** When some indicators do not apply: the weights that do and all weights (sum × all ÷ applying). */
  scaled: { applying: number; all: number } | null;
  /** The sum after scaling. */
  indicatorSum: number;
  bonus: number;
  deduction: number;
  /** indicatorSum + bonus − deduction. */
  raw: number;
  /** Which bound of `total` applied, with its value. */
  clamp: { side: 'min' | 'max'; limit: number } | null;
  /** The rounded total the ranking used. */
  total: number;
  precision: number;
}

export interface TierCheck {
  label: string;
  kind: TierKind;
  conditions: ConditionCheck[];
  /** Every condition holds. */
  holds: boolean;
  /** The unit's tier. */
  assigned: boolean;
  /** The conditions hold but an earlier tier took the unit. */
  takenEarlier: boolean;
  /** The conditions hold but the tier's quota left the unit out (tied across its boundary). */
  quotaExcluded: boolean;
}

/** Where the unit would stand, from a re-run with one figure changed. */
export interface Outcome {
  total: number;
  rank: number;
  tier: string | null;
  tierKind: TierKind | null;
}

/** One indicator closing a gap on its own. */
export type IndicatorGap =
  | {
      id: string;
      label: string;
      column: string;
      scale: string | null;
      /** The actual figure now and the one needed (on the grid of the column's decimals). */
      from: number;
      to: number;
      /** The grid answers are given on (0.01 when the column has cents): `to` one step nearer `from` falls short. */
      grid: number;
      /** What the checking re-run gave with `to` in the input. */
      after: Outcome;
    }
  | {
      id: string;
      label: string;
      column: string;
      scale: string | null;
      /** Why this indicator cannot close the gap alone. */
      cannot: 'at-max' | 'capped' | 'no-figure' | 'no-target' | 'unreachable';
    };

export type GoalKind = 'next-rank' | 'enter-tier' | 'leave-tier';

export interface Gap {
  goal: GoalKind;
  /** next-rank: the rank to reach. */
  rank: number | null;
  /** enter-tier / leave-tier: the tier and, for enter-tier, how many it takes from the top. */
  tier: string | null;
  tierKind: TierKind | null;
  top: number | null;
  /** The lowest total that reaches the goal, the others as they are; null when none does. */
  neededTotal: number | null;
  /** neededTotal − total. */
  points: number | null;
  /** Why no total reaches the goal: it lies above `total.max`, or no total reaches it. */
  blocked: 'total-max' | 'unreachable' | null;
  /** Where the unit would stand with the needed total. */
  after: Outcome | null;
  indicators: IndicatorGap[];
}

export interface UnitExplanation {
  unit: string;
  group: string | null;
  /** Units ranked with this one (its group when ranked by group), vetoed ones included. */
  scopeSize: number;
  /** Vetoed units among them: top and bottom places do not count them. */
  vetoedInScope: number;
  rank: number;
  ties: 'competition' | 'dense';
  /** Other units sharing the rank. */
  tiedWith: string[];
  tier: string | null;
  tierKind: TierKind | null;
  veto: string | null;
  indicators: IndicatorExplanation[];
  adjustments: AdjustmentExplanation[];
  total: TotalExplanation;
  tiers: TierCheck[];
  gaps: Gap[];
}
