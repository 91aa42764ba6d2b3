// Differential: the engine's totals, ranks, tiers and quota warnings agree exactly with the
// simple reference in tests/engine/reference on random workbooks scored by perUnit, bands and
// ratio (whose per-unit scores the reference recomputes without peers).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { referenceRun, refAdjustment, refMethodScore, refVetoes, type RefMethod, type RefUnit, type RefWhen } from '../reference/reference';
import { genLayout, genModel, SEED, SIMPLE_METHODS, toTables, type Model } from './workbook';

export const DIFFERENTIAL_RUNS = 3000;

function referenceOf(model: Model): ReturnType<typeof referenceRun> {
  const units: RefUnit[] = model.units.map((u) => ({
    name: u.name,
    group: u.group,
    scores: model.indicators.map((ind, i) => {
      const target = u.targets[i] ?? null;
      const actual = u.actuals[i] ?? null;
      const blank = actual === null || (ind.hasTarget && target === null);
      if (blank && ind.missing === 'full') return ind.weight;
      if (blank && ind.missing === 'exclude') return null;
      const a = actual ?? 0; // missing: zero
      const x = ind.hasTarget ? a / target! : a;
      return refMethodScore(ind.method as RefMethod, ind.weight, x);
    }),
    bonus: model.bonus ? refAdjustment(u.bonus, model.bonus.max) : 0,
    deduction: model.deduction ? refAdjustment(u.deduction, model.deduction.max) : 0,
    vetoed: model.veto && refVetoes(u.veto),
  }));
  const rs = model.ruleSet as {
    total?: { precision?: number; min?: number; max?: number };
    ranking?: { ties?: 'competition' | 'dense'; tieBreak?: string[]; byGroup?: boolean };
    tiers?: { when: RefWhen }[];
  };
  return referenceRun(units, {
    weights: model.indicators.map((ind) => ind.weight),
    precision: rs.total?.precision ?? 2,
    ...(rs.total?.min === undefined ? {} : { min: rs.total.min }),
    ...(rs.total?.max === undefined ? {} : { max: rs.total.max }),
    ties: rs.ranking?.ties ?? 'competition',
    tieBreak: (rs.ranking?.tieBreak ?? []).map((id) => model.indicators.findIndex((ind) => ind.id === id)),
    byGroup: model.hasGroup && (rs.ranking?.byGroup ?? true),
    hasGroupColumn: model.hasGroup,
    tiers: (rs.tiers ?? []).map((t) => t.when),
  });
}

/** Quota with both a top and a bottom count does not say which end it fills from: not drawn here. */
const quotaIsOneSided = (model: Model): boolean =>
  ((model.ruleSet.tiers ?? []) as { when: RefWhen }[]).every(
    ({ when }) => when.quota !== true || !((when.top !== undefined || when.topPercent !== undefined) && (when.bottom !== undefined || when.bottomPercent !== undefined)),
  );

describe('engine agrees with the reference implementation', () => {
  it(`totals, ranks, tiers, row order and quota warnings (${DIFFERENTIAL_RUNS} workbooks)`, () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: SIMPLE_METHODS, maxUnits: 12 });
        fc.pre(quotaIsOneSided(model));
        const tables = toTables(model, genLayout(g, model));
        const result = evaluate(model.ruleSet, tables, model.period);
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);

        const ref = referenceOf(model);
        const tierLabels = ((model.ruleSet.tiers ?? []) as { label: string }[]).map((t) => t.label);
        const actual = result.units.map((u) => ({
          name: u.unit,
          total: u.total,
          rank: u.rank,
          tier: u.tier,
          scores: model.indicators.map((ind) => u.indicators[ind.id]!.score),
        }));
        const expected = ref.units.map((u) => ({ name: u.name, total: u.total, rank: u.rank, tier: u.tier === null ? null : tierLabels[u.tier]!, scores: u.scores }));
        expect(actual).toEqual(expected);

        const quotaTies = result.issues
          .filter((i) => i.code === 'quota-tie')
          .map((i) => ({ path: i.path, units: String(i.params.units).split('、').sort() }));
        const expectedTies = ref.quotaTies.map((q) => ({ path: `tiers[${q.tier}].when.quota`, units: [...q.units].sort() }));
        expect(quotaTies).toEqual(expectedTies);
      }),
      { seed: SEED, numRuns: DIFFERENTIAL_RUNS },
    );
  });
});
