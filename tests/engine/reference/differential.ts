// One differential case: a random workbook scored by perUnit, bands and ratio (whose per-unit
// scores the reference recomputes without peers), run through the engine and the reference.
import fc from 'fast-check';
import { expect } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import { referenceRun, refAdjustment, refMethodScore, refVetoes, type RefMethod, type RefUnit, type RefWhen } from './reference';
import { genLayout, genModel, SIMPLE_METHODS, toTables, type GenValue, type Model } from '../properties/workbook';

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
    tiers: (rs.tiers ?? []).map((t) => t.when),
  });
}

/** Quota with both a top and a bottom count does not say which end it fills from: not drawn here. */
const quotaIsOneSided = (model: Model): boolean =>
  ((model.ruleSet.tiers ?? []) as { when: RefWhen }[]).every(
    ({ when }) => when.quota !== true || !((when.top !== undefined || when.topPercent !== undefined) && (when.bottom !== undefined || when.bottomPercent !== undefined)),
  );


/** Draws one workbook and checks the engine against the reference; returns what it drew. */
export function checkDifferential(g: GenValue, onCase: (c: unknown) => void = () => undefined): void {
  const model = genModel(g, { methods: SIMPLE_METHODS, maxUnits: 12 });
  fc.pre(quotaIsOneSided(model));
  const tables = toTables(model, genLayout(g, model));
  const result = evaluate(model.ruleSet, tables, model.period);
  const ref = referenceOf(model);
  onCase({ model, tables, result, ref });
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);

  const tierLabels = ((model.ruleSet.tiers ?? []) as { label: string }[]).map((t) => t.label);
  const actual = result.units.map((u) => ({
    name: u.unit,
    total: u.total,
    rank: u.rank,
    tier: u.tier,
    scores: model.indicators.map((ind) => u.indicators[ind.id].score),
  }));
  const expected = ref.units.map((u) => ({ name: u.name, total: u.total, rank: u.rank, tier: u.tier === null ? null : tierLabels[u.tier], scores: u.scores }));
  expect(actual).toEqual(expected);

  const quotaTies = result.issues
    .filter((i) => i.code === 'quota-tie')
    .map((i) => ({ path: i.path, units: String(i.params.units).split('、').sort() }));
  const expectedTies = ref.quotaTies.map((q) => ({ path: `tiers[${q.tier}].when.quota`, units: [...q.units].sort() }));
  expect(quotaTies).toEqual(expectedTies);
}

