// From scored units to where each one stands (spec 3.3, 3.4): rounded totals, ranks, tiers.
// evaluate() and the gap analysis share this, so a gap answer is checked by the very arithmetic
// the run used.
import type { RawIssue } from './issues';
import { rankAll, type Rankable } from './ranking';
import { excelRound } from './round';
import type { RuleSet } from './ruleset/schema';
import type { ScoredUnit } from './score';
import { assignTiers } from './tiers';

/** Σ scores + bonus − deduction, clamped to `total.min`/`total.max`, not yet rounded. */
export function clampedTotal(rs: RuleSet, s: ScoredUnit): number {
  let total = s.indicatorSum + s.bonus - s.deduction;
  if (rs.total?.min !== undefined) total = Math.max(total, rs.total.min);
  if (rs.total?.max !== undefined) total = Math.min(total, rs.total.max);
  return total;
}

export const precisionOf = (rs: RuleSet): number => rs.total?.precision ?? 2;

export function totalsOf(rs: RuleSet, scored: readonly ScoredUnit[]): number[] {
  const precision = precisionOf(rs);
  return scored.map((s) => excelRound(clampedTotal(rs, s), precision));
}

export interface Standing {
  ranks: number[];
  /** Index into `rs.tiers`, or null. */
  tiers: (number | null)[];
  issues: RawIssue[];
}

/** What the ranking compares for each unit (spec 3.3). */
export function rankablesOf(rs: RuleSet, scored: readonly ScoredUnit[], totals: readonly number[]): Rankable[] {
  const precision = precisionOf(rs);
  const tieIndexes = (rs.ranking?.tieBreak ?? []).map((id) => rs.indicators.findIndex((ind) => ind.id === id));
  return scored.map((s, u) => ({
    scope: s.scope,
    vetoed: s.veto !== null,
    total: totals[u],
    tieBreak: tieIndexes.map((i) => {
      const score = s.indicators[i].score;
      return score === null ? null : excelRound(score, precision);
    }),
    order: s.unit.order,
  }));
}

/** Ranks and tiers of the units for the given rounded totals, by index. */
export function standingOf(rs: RuleSet, scored: readonly ScoredUnit[], totals: readonly number[]): Standing {
  const ranks = rankAll(rankablesOf(rs, scored, totals), rs.ranking?.ties ?? 'competition');
  const assigned = assignTiers(
    scored.map((s, u) => ({ scope: s.scope, rank: ranks[u], vetoed: s.veto !== null, total: totals[u], name: s.unit.name })),
    rs.tiers ?? [],
  );
  return { ranks, tiers: assigned.tier, issues: assigned.issues };
}
