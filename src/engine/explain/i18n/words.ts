// The shape of an explanation table: words for every step code and for the parts around them.
import type { ConditionKind } from '../../tiers';
import type { StepCode } from '../stepCodes';

/** A step's parameters already formatted, plus the word for the figure (`完成率` or `数值`). */
export type StepText = Readonly<Record<string, string>> & { measure: string };

export interface ExplainWords {
  steps: Readonly<Record<StepCode, (p: StepText) => string>>;
  measureRate: string;
  measureValue: string;
  headings: { scores: string; adjustments: string; total: string; rank: string; tiers: string; gaps: string };
  title: (p: { unit: string; group: string | null; rank: number; total: string; tier: string | null }) => string;
  indicator: (p: { label: string; weight: string }) => string;
  figure: (p: { column: string; value: string; cell: string | null }) => string;
  blankFigure: (p: { column: string; cell: string | null }) => string;
  policy: { zero: string; full: (weight: string) => string; exclude: string };
  noAdjustments: string;
  bonus: (p: { label: string; value: string; cell: string | null; counted: string | null }) => string;
  deduction: (p: { label: string; value: string; cell: string | null; counted: string | null }) => string;
  veto: (reason: string) => string;
  total: (p: { sum: string; scaled: { all: string; applying: string; indicatorSum: string } | null; bonus: string; deduction: string; raw: string; clamp: { side: 'min' | 'max'; limit: string } | null; total: string; precision: number }) => string;
  rank: (p: { rank: number; size: number; group: string | null; tiedWith: string[]; dense: boolean; vetoed: boolean }) => string;
  /** `vetoedOut`: top/bottom places in a scope with vetoed units, which they skip. */
  condition: Readonly<Record<ConditionKind, (p: { limit: string; value: string; met: boolean; vetoedOut: boolean }) => string>>;
  /** top/bottom for a vetoed unit, which never counts for either. */
  vetoedPlace: { top: (limit: string) => string; bottom: (limit: string) => string };
  anyUnit: string;
  tierStatus: { assigned: string; takenEarlier: string; quotaExcluded: string; missed: string };
  tier: (p: { label: string; conditions: string; status: string }) => string;
  goal: {
    nextRank: (rank: number) => string;
    enterTier: (p: { tier: string; top: number }) => string;
    leaveTier: (tier: string) => string;
  };
  needed: (p: { goal: string; total: string; points: string; after: string }) => string;
  blocked: { 'total-max': (goal: string) => string; unreachable: (goal: string) => string };
  outcome: (p: { total: string; rank: number; tier: string | null }) => string;
  change: (p: { label: string; column: string; from: string; to: string; delta: string; up: boolean; after: string; lowerTotal: boolean }) => string;
  cannot: { 'at-max': (label: string) => string; capped: (label: string) => string; 'no-figure': (label: string) => string; 'no-target': (label: string) => string; unreachable: (label: string) => string };
  noSingleIndicator: string;
  vetoedGaps: string;
  topAlready: string;
  listSep: string;
  /** After an indicator's name and weight. */
  headSep: string;
  /** Between the figures of one indicator. */
  figureSep: string;
  /** After top/bottom places when the scope has vetoed units, which those places do not count. */
}
