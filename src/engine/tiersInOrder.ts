// Tiers read off the ranking's own order when no tier has a quota, as most rule sets have it. A
// unit's tier then depends only on its place, its total and its veto, so places are counted scope
// by scope along the sorted units; and where every tier asks for the top or the bottom places,
// only the units near either end are looked at. At 100,000 units that skips the places of all
// the others, whose writes in sorted order were each a cache miss.
import type { TierRule } from './ruleset/schema';
import { countOf, farFromEnds, holdsWith, isAll, NO_TIER, type TierSubjects } from './tiers';

/**
 * Each unit's tier (NO_TIER for none) as assignTiers gives it without quotas, from `sorted`: the
 * units by scope, not vetoed before vetoed, then rank (rankColumns' order).
 */
export function tiersInOrder(subjects: TierSubjects, tiers: readonly TierRule[], sorted: Int32Array): Int32Array {
  const count = sorted.length;
  const { scope, vetoed, rank, total } = subjects;
  const tier = new Int32Array(count).fill(NO_TIER);
  const whens = tiers.map((rule) => rule.when);
  // Whether there is more than one scope, or any vetoed unit, asked in input order first.
  const scopes = !isAll(scope, scope[0]);
  const vetoes = !isAll(vetoed, 0);
  let start = 0;
  while (start < count) {
    // The scope's units are sorted[start…end), those not vetoed sorted[start…start + n).
    const first = sorted[start];
    let end = scopes ? start + 1 : count;
    while (end < count && scope[sorted[end]] === scope[first]) end++;
    let n = vetoes ? 0 : end - start;
    while (start + n < end && vetoed[sorted[start + n]] === 0) n++;
    const counts = whens.map((when) => countOf(when, n));
    /** The first tier that holds for the unit with these places, if any. */
    const assign = (u: number, ahead: number, behind: number): void => {
      for (let t = 0; t < whens.length; t++) {
        if (holdsWith(whens[t], counts[t].top, counts[t].bottom, vetoed[u] === 1, total[u], ahead, behind)) {
          tier[u] = t;
          return;
        }
      }
    };
    // Units at least this far from both ends hold no tier.
    const far = farFromEnds(counts);
    const last = start + n;
    // From the top, group by group of equal ranks, while some tier may still hold.
    let group = start;
    while (group < last && group - start < far.ahead) {
      const next = groupEnd(sorted, rank, group, last);
      for (let p = group; p < next; p++) assign(sorted[p], group - start, last - next);
      group = next;
    }
    // From the bottom, the groups the top left, while some tier may still hold.
    let end2 = last;
    while (end2 > group && last - end2 < far.behind) {
      const begin = groupStart(sorted, rank, end2, group);
      for (let p = begin; p < end2; p++) assign(sorted[p], begin - start, last - end2);
      end2 = begin;
    }
    // Vetoed units take no place: none ahead, none behind.
    for (let p = last; p < end; p++) assign(sorted[p], 0, 0);
    start = end;
  }
  return tier;
}

/** The end of the group of equal ranks that starts at position `from` (before `limit`). */
function groupEnd(sorted: Int32Array, rank: ArrayLike<number>, from: number, limit: number): number {
  const r = rank[sorted[from]];
  let next = from + 1;
  while (next < limit && rank[sorted[next]] === r) next++;
  return next;
}

/** The start of the group of equal ranks that ends just before position `to` (not before `limit`). */
function groupStart(sorted: Int32Array, rank: ArrayLike<number>, to: number, limit: number): number {
  const r = rank[sorted[to - 1]];
  let begin = to - 1;
  while (begin > limit && rank[sorted[begin - 1]] === r) begin--;
  return begin;
}
