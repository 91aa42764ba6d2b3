// rankAll and tierStandings take quick paths (sort keys in typed arrays, rank counts) where the
// input allows; on any input they answer as the plain algorithms below, including NaN totals,
// infinities, null and uneven tie-breaks, several scopes and ranks that are not whole numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, rankAll, type Rankable } from '../../../src/engine/ranking';
import { standingAt, subjectColumns, tierStandings, type TierSubject } from '../../../src/engine/tiers';
import { SEED } from './workbook';

function plainRankAll(items: readonly Rankable[], ties: 'competition' | 'dense'): number[] {
  const ranks = new Array<number>(items.length);
  const scopes = new Map<string, number[]>();
  items.forEach((it, i) => scopes.set(it.scope, [...(scopes.get(it.scope) ?? []), i]));
  for (const indexes of scopes.values()) {
    indexes.sort((a, b) => compare(items[a], items[b]) || items[a].order - items[b].order);
    let rank = 0;
    let dense = 0;
    indexes.forEach((idx, pos) => {
      if (pos === 0 || compare(items[indexes[pos - 1]], items[idx]) !== 0) {
        rank = pos + 1;
        dense += 1;
      }
      ranks[idx] = ties === 'dense' ? dense : rank;
    });
  }
  return ranks;
}

function plainTierStandings(subjects: readonly TierSubject[]): { ahead: number; behind: number; n: number }[] {
  return subjects.map((s) => {
    const peers = subjects.filter((p) => p.scope === s.scope && !p.vetoed);
    const n = peers.length;
    if (s.vetoed) return { ahead: 0, behind: 0, n };
    return { ahead: peers.filter((p) => p.rank < s.rank).length, behind: n - peers.filter((p) => p.rank < s.rank + 1).length, n };
  });
}

const number = (special: boolean) =>
  special ? fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 1e308)) : fc.integer({ min: 0, max: 5 });

const rankables = (special: boolean, tieLength: number, uneven: boolean) =>
  fc.array(
    fc.record({
      scope: fc.constantFrom('', 'a', 'b'),
      vetoed: fc.boolean(),
      total: number(special),
      tieBreak: fc.array(fc.option(number(special)), uneven ? { maxLength: 3 } : { minLength: tieLength, maxLength: tieLength }),
      order: fc.oneof(fc.nat({ max: 50 }), special ? fc.constantFrom(NaN, 1.5) : fc.constant(7)),
    }),
    { maxLength: 40 },
  );

describe('ranking quick paths', () => {
  it('rankAll answers as the plain comparator ranking', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.constantFrom('competition' as const, 'dense' as const),
        fc.gen(),
        (special, tieLength, uneven, ties, g) => {
          const items = g(() => rankables(special, tieLength, uneven));
          expect(Array.from(rankAll(items, ties))).toEqual(plainRankAll(items, ties));
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('tierStandings answers as counting peers one by one', () => {
    const subject = fc.record({
      scope: fc.constantFrom('', 'a', 'b'),
      rank: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, -1, 2.5, 100, Infinity)),
      vetoed: fc.boolean(),
      total: fc.constant(0),
      name: fc.constant(''),
    });
    fc.assert(
      fc.property(fc.array(subject, { maxLength: 30 }), (subjects) => {
        const standings = tierStandings(subjectColumns(subjects));
        expect(subjects.map((_, i) => standingAt(standings, i))).toEqual(plainTierStandings(subjects));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
