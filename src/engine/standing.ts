// From scored units to where each one stands (spec 3.3, 3.4): rounded totals, ranks, tiers.
// evaluate() and the gap analysis share this, so a gap answer is checked by the very arithmetic
// the run used.
import type { RawIssue } from './issues';
import { rankAll, type Rankable } from './ranking';
import { excelRound } from './round';
import type { RuleSet } from './ruleset/schema';
import type { ScoredUnit } from './score';
import { assignTiers, type TierSubject } from './tiers';

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
  const totals = new Array<number>(scored.length);
  for (let u = 0; u < scored.length; u++) totals[u] = excelRound(clampedTotal(rs, scored[u]), precision);
  return totals;
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
  const items = new Array<Rankable>(scored.length);
  for (let u = 0; u < scored.length; u++) {
    const s = scored[u];
    const tieBreak = new Array<number | null>(tieIndexes.length);
    for (let k = 0; k < tieIndexes.length; k++) {
      const score = s.indicators[tieIndexes[k]].score;
      tieBreak[k] = score === null ? null : excelRound(score, precision);
    }
    items[u] = { scope: s.scope, vetoed: s.veto !== null, total: totals[u], tieBreak, order: s.unit.order };
  }
  return items;
}

/** Ranks and tiers of the units for the given rounded totals, by index. */
export function standingOf(rs: RuleSet, scored: readonly ScoredUnit[], totals: readonly number[]): Standing {
  const ranks = rankAll(rankablesOf(rs, scored, totals), rs.ranking?.ties ?? 'competition');
  const tiers = rs.tiers ?? [];
  if (tiers.length === 0) return { ranks, tiers: new Array<null>(scored.length).fill(null), issues: [] };
  const subjects = new Array<TierSubject>(scored.length);
  for (let u = 0; u < scored.length; u++) {
    const s = scored[u];
    subjects[u] = { scope: s.scope, rank: ranks[u], vetoed: s.veto !== null, total: totals[u], name: s.unit.name };
  }
  const assigned = assignTiers(subjects, tiers);
  return { ranks, tiers: assigned.tier, issues: assigned.issues };
}
