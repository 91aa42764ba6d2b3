// Re-runs the last stages of a run with one unit's actual figure changed: the indicator is scored
// again (against peers too, when its method looks at them), then totals, ranks and tiers through
// the very functions evaluate() uses. Only the unit's scope is re-run: ranks and tiers never look
// across scopes.
import { methodOf } from '../methods/registry';
import { excelRound } from '../round';
import type { RuleSet } from '../ruleset/schema';
import { xAt } from '../figures';
import { indicatorSum, indicatorSums, scoreIndicator, setActual, withOwnFigures, type Scored } from '../score';
import { compare, type Rankable } from '../ranking';
import { clampedTotal, precisionOf, rankablesOf, standingOf } from '../standing';
import { assignTiers, holds, subjectColumns, tierIndexAt } from '../tiers';
import type { TierKind } from '../types';
import type { Outcome } from './types';

export interface ScopeRun {
  rs: RuleSet;
  elapsed: number;
  /** The scope's units, in run order. */
  members: Scored;
  /** Their rounded totals. */
  totals: Float64Array;
  /** Position of the explained unit in `members`. */
  at: number;
  /**
   * Totals above the unit's own at which its standing can change, ascending (see gaps.ts): between
   * two of them ranks and tiers stay as they are, so one re-run answers for the whole stretch.
   */
  candidates: readonly number[];
  /** Outcomes by stretch start, computed once: many answers land in the same stretch. */
  byStretch: Map<number, RankedOutcome>;
  /** Per indicator, the decimals answers are given in; filled on first use, shared by the scope. */
  grids: (number | undefined)[];
  /** The scope in ranking order, for quick re-runs when only the unit's total moves. */
  fast: FastScope;
}

/**
 * A unit's rank, and its standing for `top`/`bottom`, only count who compares ahead of or behind
 * it; its tier is the first whose conditions it meets, unless that tier has a quota.
 */
export interface FastScope {
  items: Rankable[];
  /** Positions in `items`, in ranking order. */
  sorted: number[];
}

export function fastScope(rs: RuleSet, members: Scored, totals: Float64Array): FastScope {
  const items = rankablesOf(rs, members, totals);
  const sorted = items.map((_, k) => k).sort((a, b) => compare(items[a], items[b]) || items[a].order - items[b].order);
  return { items, sorted };
}

/**
 * Every unit's rank with the unit's total moved, as rankAll gives them: the others keep their
 * order, the unit goes where the sort would put it, and ranks are counted along as rankAll does.
 */
function movedRanks(run: ScopeRun, fast: FastScope, me: Rankable): number[] {
  const dense = (run.rs.ranking?.ties ?? 'competition') === 'dense';
  const ranks = new Array<number>(fast.items.length);
  let pos = 0;
  let rank = 0;
  let denseRank = 0;
  let previous: Rankable | null = null;
  let placed = false;
  const place = (k: number, item: Rankable): void => {
    if (previous === null || compare(previous, item) !== 0) {
      rank = pos + 1;
      denseRank += 1;
    }
    ranks[k] = dense ? denseRank : rank;
    previous = item;
    pos++;
  };
  for (const k of fast.sorted) {
    if (k === run.at) continue;
    const other = fast.items[k];
    if (!placed && (compare(me, other) || me.order - other.order) < 0) {
      place(run.at, me);
      placed = true;
    }
    place(k, other);
  }
  if (!placed) place(run.at, me);
  return ranks;
}

/** The unit's outcome with `total` when tiers have quotas: ranks by merging, tiers by assignTiers itself. */
function mergedOutcome(run: ScopeRun, fast: FastScope, total: number): RankedOutcome {
  const me: Rankable = { ...fast.items[run.at], total };
  const ranks = movedRanks(run, fast, me);
  const subjects = fast.items.map((item, k) => ({ scope: item.scope, rank: ranks[k], vetoed: item.vetoed, total: k === run.at ? total : item.total, name: run.members.units.name[k] }));
  const tiers = run.rs.tiers ?? [];
  const t = tierIndexAt(assignTiers(subjectColumns(subjects), tiers).tier, run.at);
  const tier = t === null ? null : tiers[t];
  return { total, rank: ranks[run.at], tier: tier?.label ?? null, tierKind: tier ? (tier.kind ?? 'neutral') : null, tierIndex: t };
}

/** The unit's outcome with `total`, by counting against the others (same tests as rankAll and assignTiers). */
function countedOutcome(run: ScopeRun, fast: FastScope, total: number): RankedOutcome {
  const me: Rankable = { ...fast.items[run.at], total };
  let ahead = 0;
  let behind = 0;
  let distinct = 0;
  let n = 1;
  let previous: Rankable | null = null;
  for (const k of fast.sorted) {
    if (k === run.at) continue;
    const other = fast.items[k];
    if (!other.vetoed) n++;
    const c = compare(other, me);
    if (c < 0) {
      ahead++;
      if (previous === null || compare(previous, other) !== 0) distinct++;
      previous = other;
    } else if (c > 0 && !other.vetoed) behind++;
  }
  const rank = 1 + ((run.rs.ranking?.ties ?? 'competition') === 'dense' ? distinct : ahead);
  const subject = { scope: me.scope, rank, vetoed: false, total, name: '' };
  const tiers = run.rs.tiers ?? [];
  for (let t = 0; t < tiers.length; t++) {
    if (!holds(tiers[t].when, subject, { ahead, behind, n })) continue;
    // Whether a quota keeps the unit depends on the other candidates: let assignTiers decide.
    if (tiers[t].when.quota === true) return mergedOutcome(run, fast, total);
    return { total, rank, tier: tiers[t].label, tierKind: tiers[t].kind ?? 'neutral', tierIndex: t };
  }
  return { total, rank, tier: null, tierKind: null, tierIndex: null };
}

/** An outcome with the index of its tier, so goals can compare tier priority. */
export interface RankedOutcome extends Outcome {
  tierIndex: number | null;
}

export function outcomeOf(rs: RuleSet, members: Scored, totals: Float64Array, at: number): RankedOutcome {
  const standing = standingOf(rs, members, totals);
  const tierIndex = tierIndexAt(standing.tiers, at);
  const tier = tierIndex === null ? null : (rs.tiers ?? [])[tierIndex];
  const tierKind: TierKind | null = tier ? (tier.kind ?? 'neutral') : null;
  return { total: totals[at], rank: standing.ranks[at], tier: tier?.label ?? null, tierKind, tierIndex };
}

/** Where the unit would stand with this total, everything else as it is. */
export function withTotal(run: ScopeRun, total: number): RankedOutcome {
  const own = run.totals[run.at];
  const start = total < own ? total : stretchOf(run.candidates, total, own);
  let outcome = run.byStretch.get(start);
  if (outcome === undefined) {
    outcome = countedOutcome(run, run.fast, start);
    run.byStretch.set(start, outcome);
  }
  return outcome.total === total ? outcome : { ...outcome, total };
}

/** The last candidate at or below `total`, or the unit's own total below the first. */
function stretchOf(candidates: readonly number[], total: number, own: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (candidates[mid] <= total) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? own : candidates[lo - 1];
}

/** Where the unit would stand with `actual` as its figure for indicator `i`; null when a score overflows. */
export function withActual(run: ScopeRun, i: number, actual: number): RankedOutcome | null {
  const { rs, members, at } = run;
  const ind = rs.indicators[i];
  const method = methodOf(ind.method.type)!;
  const copy = withOwnFigures(members, i);
  setActual(copy, at, i, actual);
  // The rate (or the figure itself) as the run computes it from the figures.
  const x = xAt(copy.figures[i], at);
  if (!Number.isFinite(x)) return null;
  const precision = precisionOf(rs);
  if (method.prepare) {
    // The peers' points move with the unit's figure: score the whole scope again.
    if (scoreIndicator(copy, ind, i, run.elapsed).length > 0) return null;
    indicatorSums(copy, rs);
    const totals = new Float64Array(copy.units.key.length);
    for (let k = 0; k < totals.length; k++) totals[k] = excelRound(clampedTotal(rs, copy, k), precision);
    return outcomeOf(rs, copy, totals, at);
  }
  const score = method.score(x, ind.method, { weight: ind.weight, direction: ind.direction ?? 'higher', elapsed: run.elapsed }, undefined);
  if (!Number.isFinite(score)) return null;
  copy.figures[i].score[at] = score;
  copy.indicatorSum[at] = indicatorSum(copy, at, rs);
  const total = excelRound(clampedTotal(rs, copy, at), precision);
  // Only the unit's total moved (its tie-break scores too, if this indicator breaks ties).
  if (!(rs.ranking?.tieBreak ?? []).includes(ind.id)) return withTotal(run, total);
  const totals = run.totals.slice();
  totals[at] = total;
  return outcomeOf(rs, copy, totals, at);
}
