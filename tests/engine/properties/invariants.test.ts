// Invariants of a run on random workbooks (spec 1, 3.1, 3.3): input order does not matter,
// ranks follow totals, higher actuals never score less, and rates do not depend on units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index';
import type { RunResult, UnitResult } from '../../../src/engine/types';
import { ALL_METHODS, genLayout, genModel, SEED, toTables, type GenValue, type MethodType, type Model } from './workbook';

const byName = (r: RunResult): Map<string, UnitResult> => new Map(r.units.map((u) => [u.unit, u]));
const codes = (r: RunResult): string[] => r.issues.map((i) => `${i.severity} ${i.code}`).sort();
const errorsOf = (r: RunResult): string[] => r.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.cell ?? i.path ?? ''}`);

function shuffled(g: GenValue, items: readonly number[]): number[] {
  return g(fc.shuffledSubarray, [...items], { minLength: items.length });
}

describe('input order changes nothing but the order of rows among equal ranks', () => {
  it('shuffling rows and swapping ranges keeps every unit’s rank, total, tier and scores (1000 workbooks)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: ALL_METHODS });
        const layout = genLayout(g, model);
        const before = evaluate(model.ruleSet, toTables(model, layout), model.period);
        const moved = {
          ...layout,
          rowOrders: layout.rowOrders.map((o) => shuffled(g, o)),
          swap: layout.split && g(fc.boolean),
          origins: [...layout.origins].reverse(),
        };
        const after = evaluate(model.ruleSet, toTables(model, moved), model.period);
        expect(errorsOf(before)).toEqual([]);
        expect(codes(after)).toEqual(codes(before));
        const a = byName(after);
        for (const u of before.units) expect(a.get(u.unit)).toEqual(u);
        expect(after.units.length).toBe(before.units.length);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

/** `a` ranks strictly ahead of `b` (spec 3.3), from what the result shows. */
function ahead(a: UnitResult, b: UnitResult, tieBreak: readonly string[]): boolean {
  const va = a.veto !== null;
  const vb = b.veto !== null;
  if (va !== vb) return !va;
  if (a.total !== b.total) return a.total > b.total;
  for (const id of tieBreak) {
    const sa = a.indicators[id].score ?? -Infinity;
    const sb = b.indicators[id].score ?? -Infinity;
    if (sa !== sb) return sa > sb;
  }
  return false;
}

function scopes(model: Model, r: RunResult): UnitResult[][] {
  const byGroup = model.hasGroup && ((model.ruleSet.ranking as { byGroup?: boolean } | undefined)?.byGroup ?? true);
  const out = new Map<string, UnitResult[]>();
  for (const u of r.units) {
    const key = byGroup ? (u.group ?? '') : '';
    out.set(key, [...(out.get(key) ?? []), u]);
  }
  return [...out.values()];
}

describe('ranks are consistent with totals', () => {
  it('within a scope: higher total ranks ahead, competition = 1 + units ahead, dense has no gaps, vetoed last (1200 workbooks)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: ALL_METHODS, maxUnits: 14 });
        const r = evaluate(model.ruleSet, toTables(model, genLayout(g, model)), model.period);
        expect(errorsOf(r)).toEqual([]);
        const ranking = (model.ruleSet.ranking ?? {}) as { ties?: string; tieBreak?: string[] };
        const dense = ranking.ties === 'dense';
        const tieBreak = ranking.tieBreak ?? [];
        for (const scope of scopes(model, r)) {
          for (const a of scope) {
            for (const b of scope) {
              if (a.veto === null && b.veto === null && a.total > b.total) expect(a.rank).toBeLessThan(b.rank);
              if (a.veto === null && b.veto !== null) expect(a.rank).toBeLessThan(b.rank);
              if (ahead(a, b, tieBreak)) expect(a.rank).toBeLessThan(b.rank);
              if (!ahead(a, b, tieBreak) && !ahead(b, a, tieBreak)) expect(a.rank).toBe(b.rank);
            }
            if (!dense) expect(a.rank).toBe(1 + scope.filter((b) => ahead(b, a, tieBreak)).length);
          }
          const ranks = [...new Set(scope.map((u) => u.rank))].sort((x, y) => x - y);
          if (dense) expect(ranks).toEqual(ranks.map((_, i) => i + 1));
          else expect(ranks[0]).toBe(1);
        }
      }),
      { seed: SEED, numRuns: 1200 },
    );
  });
});

/** Bands that pay more for more: descending mins with non-increasing scores, no max. */
function monotoneBands(g: GenValue): Record<string, unknown> {
  const mins = g(() => fc.uniqueArray(fc.constantFrom(-1, 0, 0.5, 0.8, 0.9, 1, 1.2, 5, 20, 50), { minLength: 1, maxLength: 4 })).sort((a, b) => b - a);
  const scores = g(() => fc.array(fc.constantFrom(0, 0.3, 0.5, 0.6, 0.8, 1), { minLength: mins.length, maxLength: mins.length })).sort((a, b) => b - a);
  const elseScore = g(() => fc.constantFrom(0, 0.2));
  return { type: 'bands', bands: mins.map((min, i) => ({ min, score: Math.max(scores[i], elseScore) })), else: elseScore };
}

const HIGHER_METHODS: readonly MethodType[] = ['ratio', 'schedule', 'bands', 'relative', 'minmax', 'rank', 'perUnit'];

describe('raising a unit’s actual never lowers its score on a `higher` method', () => {
  it.each(HIGHER_METHODS)('%s (300 workbooks)', (type) => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: [type], maxIndicators: 1, tiers: false });
        const ind = model.indicators[0];
        const rule = (model.ruleSet.indicators as Record<string, unknown>[])[0];
        delete ind.missing;
        delete rule.missing;
        delete ind.direction;
        delete rule.direction;
        if (type === 'bands') rule.method = ind.method = monotoneBands(g);
        if (type === 'perUnit') rule.method = ind.method = { type, points: g(fc.constantFrom, 0.5, 1, 2, 10) };
        for (const u of model.units) {
          u.actuals = u.actuals.map((a) => a ?? 0);
          u.targets = u.targets.map((t) => (ind.hasTarget ? (t ?? 10) : null));
        }
        const layout = genLayout(g, model);
        const before = byName(evaluate(model.ruleSet, toTables(model, layout), model.period));
        const raised = g(fc.integer, { min: 0, max: model.units.length - 1 });
        const unit = model.units[raised];
        unit.actuals = [unit.actuals[0]! + g(fc.constantFrom, 0.01, 0.5, 1, 3, 10, 100, 1000)];
        const after = byName(evaluate(model.ruleSet, toTables(model, layout), model.period));
        const s0 = before.get(unit.name)!.indicators[ind.id].score!;
        const s1 = after.get(unit.name)!.indicators[ind.id].score!;
        expect(s1).toBeGreaterThanOrEqual(s0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('rates do not depend on the units figures are written in', () => {
  it('scaling every target and actual by the same power of ten changes no score, total, rank or tier (1000 workbooks)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: ALL_METHODS });
        // Rates only, and integer figures so that × 10^k is exact.
        model.indicators.forEach((ind, i) => {
          ind.hasTarget = true;
          (model.ruleSet.indicators as Record<string, unknown>[])[i].target = `目标${i + 1}`;
        });
        for (const u of model.units) {
          u.actuals = u.actuals.map((a) => (a === null ? null : Math.round(a)));
          u.targets = u.targets.map((t) => (t === null ? (g(fc.boolean) ? null : 7) : Math.max(1, Math.round(t))));
        }
        model.units.forEach((u) => {
          model.indicators.forEach((ind, i) => {
            if ((ind.missing ?? 'error') === 'error' || ind.missing === 'zero') u.targets[i] ??= 7;
          });
        });
        const layout = genLayout(g, model);
        const before = evaluate(model.ruleSet, toTables(model, layout), model.period);
        const factor = 10 ** g(fc.integer, { min: 1, max: 6 });
        for (const u of model.units) {
          u.actuals = u.actuals.map((a) => (a === null ? null : a * factor));
          u.targets = u.targets.map((t) => (t === null ? null : t * factor));
        }
        const after = evaluate(model.ruleSet, toTables(model, layout), model.period);
        expect(errorsOf(before)).toEqual([]);
        const strip = (u: UnitResult): unknown => ({ ...u, indicators: Object.fromEntries(Object.entries(u.indicators).map(([id, r]) => [id, { rate: r.rate, score: r.score }])) });
        expect(after.units.map(strip)).toEqual(before.units.map(strip));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
