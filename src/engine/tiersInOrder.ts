// Tiers read off the ranking's own order when no tier has a quota, as most rule sets have it. A
// unit's tier then depends only on its place, its total and its veto, so places are counted scope
// by scope along the sorted units; and where every tier asks for the top or the bottom places,
// only the units near either end are looked at. At 100,000 units that skips the places of all
// the others, whose writes in sorted order were each a cache miss.
import type { TierRule } from './ruleset/schema';
import { countOf, farFromEnds, forEachScopeInOrder, groupEnd, holdsWith, NO_TIER, type TierSubjects } from './tiers';

/**
 * Each unit's tier (NO_TIER for none) as assignTiers gives it without quotas, from `sorted`: the
 * units by scope, not vetoed before vetoed, then rank (rankColumns' order).
 */
export function tiersInOrder(subjects: TierSubjects, tiers: readonly TierRule[], sorted: Int32Array): Int32Array {
  const { vetoed, rank, total } = subjects;
  const tier = new Int32Array(sorted.length).fill(NO_TIER);
  const whens = tiers.map((rule) => rule.when);
  forEachScopeInOrder(subjects, sorted, (start, last, end) => {
    const counts = whens.map((when) => countOf(when, last - start));
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
    // From the top, group by group of equal ranks, while some tier may still hold.
    let group = start;
    while (group < last && group - start < far.ahead) {
      const next = groupEnd(sorted, rank, group, last);
      for (let p = group; p < next; p++) assign(sorted[p], group - start, last - next);
      group = next;
    }
    // From the bottom, the groups the top left, while some tier may still hold.
    let to = last;
    while (to > group && last - to < far.behind) {
      const from = groupStart(sorted, rank, to, group);
      for (let p = from; p < to; p++) assign(sorted[p], from - start, last - to);
      to = from;
    }
    // Vetoed units take no place: none ahead, none behind.
    for (let p = last; p < end; p++) assign(sorted[p], 0, 0);
  });
  return tier;
}

/** The start of the group of equal ranks that ends just before position `to` (not before `limit`). */
function groupStart(sorted: Int32Array, rank: ArrayLike<number>, to: number, limit: number): number {
  const r = rank[sorted[to - 1]];
  let from = to - 1;
  while (from > limit && rank[sorted[from - 1]] === r) from--;
  return from;
}
