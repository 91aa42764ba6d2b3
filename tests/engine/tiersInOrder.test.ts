// tiersInOrder (the run's tiers along the ranking's order, looking only near the ends where it
// can) gives every unit the tier assignTiers gives it from its places counted one by one: several
// scopes, vetoed units, ties, and tiers by place, percentage, score and veto.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankColumns } from '../../src/engine/ranking';
import type { TierRule } from '../../src/engine/ruleset/schema';
import { assignTiers, tierStandings, type TierSubjects } from '../../src/engine/tiers';
import { tiersInOrder } from '../../src/engine/tiersInOrder';
import { SEED } from './properties/workbook';

const when = fc.record(
  {
    top: fc.integer({ min: 0, max: 6 }),
    bottom: fc.integer({ min: 0, max: 6 }),
    topPercent: fc.integer({ min: 0, max: 100 }),
    bottomPercent: fc.integer({ min: 0, max: 100 }),
    minScore: fc.integer({ min: 0, max: 8 }),
    maxScore: fc.integer({ min: 0, max: 8 }),
    veto: fc.boolean(),
  },
  { requiredKeys: [] },
);

const unit = fc.record({ scope: fc.constantFrom('', 'a', 'b'), vetoed: fc.integer({ min: 0, max: 5 }).map((k) => (k === 0 ? 1 : 0)), total: fc.integer({ min: 0, max: 8 }) });

describe('tiersInOrder', () => {
  it('gives each unit the tier assignTiers gives it', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }),
        fc.array(when, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('competition' as const, 'dense' as const),
        (units, whens, oneScope, ties) => {
          const scope = units.map((u) => (oneScope ? '' : u.scope));
          const vetoed = Uint8Array.from(units, (u) => u.vetoed);
          const total = units.map((u) => u.total);
          const ranked = rankColumns({ scope, vetoed, total, tieBreak: [], order: units.map((_, i) => i) }, ties)!;
          const subjects: TierSubjects = { scope, rank: ranked.ranks, vetoed, total, name: (i) => `U${i}` };
          const tiers: TierRule[] = whens.map((w, t) => ({ label: `T${t}`, when: w }));
          const expected = assignTiers(subjects, tiers, tierStandings(subjects)).tier;
          expect(Array.from(tiersInOrder(subjects, tiers, ranked.sorted))).toEqual(Array.from(expected));
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
