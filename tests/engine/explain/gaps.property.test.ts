// Explanations on random workbooks: the numbers shown reproduce every score and total, and each
// gap answer, written into the input and run again through evaluate(), moves the unit exactly
// where it says, while one grid step less falls short.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gap, UnitExplanation } from '../../../src/engine/explain/types';
import { evaluate, excelRound, parseRange } from '../../../src/engine/index';
import type { RunResult, Table, UnitResult } from '../../../src/engine/types';
import { ALL_METHODS, genLayout, genModel, SEED, toTables, type Layout, type Model } from '../properties/workbook';
import { close, STEP_FORMULAS } from './stepFormula';

interface Tally {
  workbooks: number;
  answers: number;
  shortfalls: number;
}

const hasErrors = (r: RunResult): boolean => r.issues.some((i) => i.severity === 'error');

function cellValue(tables: readonly Table[], address: string): unknown {
  const bang = address.lastIndexOf('!');
  const sheet = address.slice(0, bang);
  const m = /^([A-Z]+)(\d+)$/.exec(address.slice(bang + 1))!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  for (const t of tables) {
    const ref = parseRange(`${t.sheet}!${t.address}`)!;
    if (t.sheet !== sheet) continue;
    const r = Number(m[2]) - ref.top;
    const c = col - ref.left;
    if (r >= 0 && r < t.values.length && c >= 0) return t.values[r][c];
  }
  return undefined;
}

function reached(model: Model, gap: Gap, before: UnitExplanation, after: UnitResult): boolean {
  const tiers = (model.ruleSet.tiers ?? []) as { label: string; kind?: string }[];
  const index = (label: string | null): number | null => (label === null ? null : tiers.findIndex((t) => t.label === label));
  if (gap.goal === 'next-rank') return after.rank < before.rank;
  if (gap.goal === 'leave-tier') return after.tier !== gap.tier;
  const goal = index(gap.tier)!;
  const now = index(after.tier);
  return now === goal || (now !== null && now < goal && tiers[now].kind === 'reward');
}

function withActual(model: Model, unit: string, indicatorId: string, value: number): Model {
  const i = model.indicators.findIndex((ind) => ind.id === indicatorId);
  return {
    ...model,
    units: model.units.map((u) => (u.name === unit ? { ...u, actuals: u.actuals.map((a, k) => (k === i ? value : a)) } : u)),
  };
}

function checkArithmetic(e: UnitExplanation, u: UnitResult, tables: readonly Table[]): void {
  let sum = 0;
  for (const ind of e.indicators) {
    if (ind.step !== null) {
      expect(ind.step.params.score).toBe(ind.score);
      expect(close(STEP_FORMULAS[ind.step.code as keyof typeof STEP_FORMULAS](ind.step.params), ind.score!), `${ind.step.code} ${JSON.stringify(ind.step.params)}`).toBe(true);
    }
    if (ind.score !== null) sum += ind.score;
    expect(ind.rounded).toBe(u.indicators[ind.id].score);
    for (const f of [ind.target, ind.actual]) {
      if (f === null || f.value === null) continue;
      expect(cellValue(tables, f.cell!)).toBe(f.value);
    }
  }
  expect(close(sum, e.total.sum)).toBe(true);
  expect(close(e.total.raw, e.total.indicatorSum + e.total.bonus - e.total.deduction)).toBe(true);
  expect(e.total.total).toBe(u.total);
  expect(e.rank).toBe(u.rank);
  expect(e.tier).toBe(u.tier);
  expect(e.tiers.filter((t) => t.assigned).map((t) => t.label)).toEqual(u.tier === null ? [] : [u.tier]);
}

function checkGaps(model: Model, layout: Layout, e: UnitExplanation, tally: Tally): void {
  for (const gap of e.gaps) {
    if (gap.neededTotal === null) continue;
    expect(gap.neededTotal).toBeGreaterThan(e.total.total);
    for (const answer of gap.indicators) {
      if (!('to' in answer)) continue;
      const run = evaluate(model.ruleSet, toTables(withActual(model, e.unit, answer.id, answer.to), layout), model.period);
      expect(hasErrors(run)).toBe(false);
      const after = run.units.find((u) => u.unit === e.unit)!;
      expect({ total: after.total, rank: after.rank, tier: after.tier, tierKind: after.tierKind }).toEqual(answer.after);
      expect(reached(model, gap, e, after)).toBe(true);
      tally.answers++;
      // One grid step back toward the figure of now must fall short.
      const decimals = Math.round(-Math.log10(answer.grid));
      const back = excelRound(answer.to - Math.sign(answer.to - answer.from) * answer.grid, decimals);
      if (back === answer.from) continue;
      const short = evaluate(model.ruleSet, toTables(withActual(model, e.unit, answer.id, back), layout), model.period);
      if (hasErrors(short)) continue;
      expect(reached(model, gap, e, short.units.find((u) => u.unit === e.unit)!), `${answer.id} ${back}`).toBe(false);
      tally.shortfalls++;
    }
  }
}

describe('explanations on random workbooks', () => {
  it('reproduce every score and total, and every gap answer moves the unit exactly where it says (300 workbooks)', () => {
    const tally: Tally = { workbooks: 0, answers: 0, shortfalls: 0 };
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const model = genModel(g, { methods: ALL_METHODS, maxUnits: 8, maxIndicators: 3 });
        const layout = genLayout(g, model);
        const tables = toTables(model, layout);
        const result = evaluate(model.ruleSet, tables, model.period, { explain: true });
        if (hasErrors(result)) return;
        tally.workbooks++;
        const explanations = result.explanations!;
        expect(explanations.map((e) => e.unit)).toEqual(result.units.map((u) => u.unit));
        explanations.forEach((e, k) => {
          checkArithmetic(e, result.units[k], tables);
          checkGaps(model, layout, e, tally);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
    // The generator must really exercise the answers, not skip them all.
    expect(tally.workbooks).toBeGreaterThan(100);
    expect(tally.answers).toBeGreaterThan(500);
    expect(tally.shortfalls).toBeGreaterThan(300);
  });
});
