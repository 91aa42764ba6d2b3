// From scored units to where each one stands (spec 3.3, 3.4): rounded totals, ranks, tiers.
// evaluate() and the gap analysis share this, so a gap answer is checked by the very arithmetic
// the run used.
import type { RawIssue } from './issues';
import { rankAll, rankColumns, type Rankable, type RankColumns } from './ranking';
import { excelRound } from './round';
import type { RuleSet } from './ruleset/schema';
import type { Scored } from './score';
import { assignTiers, NO_TIER, tierStandingsInOrder } from './tiers';
import { tiersInOrder } from './tiersInOrder';

/** Σ scores + bonus − deduction, clamped to `min`/`max` (±Infinity when not set), not yet rounded. */
function clampTotal(min: number, max: number, indicatorSum: number, bonus: number, deduction: number): number {
  return Math.min(Math.max(indicatorSum + bonus - deduction, min), max);
}

const minOf = (rs: RuleSet): number => rs.total?.min ?? -Infinity;
const maxOf = (rs: RuleSet): number => rs.total?.max ?? Infinity;

export const clampedTotal = (rs: RuleSet, s: Scored, u: number): number => clampTotal(minOf(rs), maxOf(rs), s.indicatorSum[u], s.bonus[u], s.deduction[u]);

export const precisionOf = (rs: RuleSet): number => rs.total?.precision ?? 2;

export function totalsOf(rs: RuleSet, scored: Scored): Float64Array {
  const precision = precisionOf(rs);
  const min = minOf(rs);
  const max = maxOf(rs);
  const { indicatorSum, bonus, deduction } = scored;
  const totals = new Float64Array(scored.units.key.length);
  for (let u = 0; u < totals.length; u++) totals[u] = excelRound(clampTotal(min, max, indicatorSum[u], bonus[u], deduction[u]), precision);
  return totals;
}

export interface Standing {
  ranks: Int32Array;
  /** The units in ranking order (scope, rank, input order), when the ranking sorted keys. */
  sorted: Int32Array | null;
  /** Index into `rs.tiers`, or NO_TIER (tierIndexAt reads it). */
  tiers: Int32Array;
  issues: RawIssue[];
}

/** Rounded scores of the tie-break indicators, one column each (NaN where one does not apply). */
function tieBreakColumns(rs: RuleSet, scored: Scored): Float64Array[] {
  const precision = precisionOf(rs);
  return (rs.ranking?.tieBreak ?? []).map((id) => {
    const scores = scored.figures[rs.indicators.findIndex((ind) => ind.id === id)].score;
    return scores.map((v) => (v === v ? excelRound(v, precision) : NaN));
  });
}

/** What the ranking compares, as columns (spec 3.3). */
function rankColumnsOf(rs: RuleSet, scored: Scored, totals: ArrayLike<number>): RankColumns {
  const vetoed = new Uint8Array(scored.veto.length);
  for (let u = 0; u < vetoed.length; u++) if (scored.veto[u] !== null) vetoed[u] = 1;
  return { scope: scored.scope, vetoed, total: totals, tieBreak: tieBreakColumns(rs, scored), order: scored.units.order };
}

/** What the ranking compares for each unit, one object each (the explanations' quick re-runs). */
export function rankablesOf(rs: RuleSet, scored: Scored, totals: ArrayLike<number>): Rankable[] {
  const cols = rankColumnsOf(rs, scored, totals);
  return cols.scope.map((scope, u) => ({
    scope,
    vetoed: cols.vetoed[u] === 1,
    total: totals[u],
    tieBreak: cols.tieBreak.map((t) => (t[u] === t[u] ? t[u] : null)),
    order: cols.order[u],
  }));
}

/** Ranks and tiers of the units for the given rounded totals, by index. */
export function standingOf(rs: RuleSet, scored: Scored, totals: ArrayLike<number>): Standing {
  const cols = rankColumnsOf(rs, scored, totals);
  const ties = rs.ranking?.ties ?? 'competition';
  const ranked = rankColumns(cols, ties);
  const ranks = ranked?.ranks ?? rankAll(rankablesOf(rs, scored, totals), ties);
  const sorted = ranked?.sorted ?? null;
  const tiers = rs.tiers ?? [];
  if (tiers.length === 0) return { ranks, sorted, tiers: new Int32Array(scored.units.key.length).fill(NO_TIER), issues: [] };
  const subjects = { scope: scored.scope, rank: ranks, vetoed: cols.vetoed, total: totals, name: (u: number) => scored.units.name[u] };
  if (sorted !== null && !tiers.some((tier) => tier.when.quota === true)) return { ranks, sorted, tiers: tiersInOrder(subjects, tiers, sorted), issues: [] };
  const assigned = assignTiers(subjects, tiers, sorted === null ? undefined : tierStandingsInOrder(subjects, sorted));
  return { ranks, sorted, tiers: assigned.tier, issues: assigned.issues };
}
