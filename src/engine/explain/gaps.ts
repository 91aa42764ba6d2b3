// Gap analysis (issue 7): the lowest total that reaches each goal with the others as they are,
// and for each indicator the actual figure that reaches it alone. A figure comes from inverting
// the method (peers held fixed), is put on the grid of the column's decimals, and is kept only
// when re-running the scope with it reaches the goal and one grid step less does not; otherwise
// it is searched for on that grid with the same re-run.
import { methodOf } from '../methods/registry';
import { excelRound } from '../round';
import type { RuleSet } from '../ruleset/schema';
import { precisionOf } from '../standing';
import { figureAt, xAt, type Figures } from '../figures';
import { countOf } from '../tiers';
import type { TierKind } from '../types';
import { withActual, withTotal, type RankedOutcome, type ScopeRun } from './rescore';
import type { Gap, GoalKind, IndicatorGap, Outcome } from './types';

interface Goal {
  goal: GoalKind;
  /** Reaching the goal at a total means reaching it at every higher total: the search may bisect. */
  monotone: boolean;
  rank: number | null;
  tierIndex: number | null;
  top: number | null;
  reached: (o: RankedOutcome) => boolean;
}

const kindOf = (rs: RuleSet, t: number): TierKind => (rs.tiers ?? [])[t].kind ?? 'neutral';

/** What the unit could aim for: a better rank, each reward tier counted from the top, out of its penalty tier. */
function goalsOf(run: ScopeRun, now: RankedOutcome): Goal[] {
  const { rs } = run;
  const goals: Goal[] = [];
  if (now.rank > 1) goals.push({ goal: 'next-rank', monotone: true, rank: null, tierIndex: null, top: null, reached: (o) => o.rank < now.rank });
  // A tier that takes units from above (top, minScore) or holds only below a score can catch a
  // unit on its way up: then a goal may be reached at one total and lost at a higher one.
  const catches = (t: number): boolean => {
    const w = (rs.tiers ?? [])[t].when;
    return w.top !== undefined || w.topPercent !== undefined || w.minScore !== undefined;
  };
  const anyMaxScore = (rs.tiers ?? []).some((tier) => tier.when.maxScore !== undefined);
  // The scope's units that are not vetoed: what tiers count percentages of.
  const n = run.members.veto.filter((v) => v === null).length;
  (rs.tiers ?? []).forEach((tier, t) => {
    const { top } = countOf(tier.when, n);
    if (top === null || kindOf(rs, t) === 'penalty') return;
    const cur = now.tierIndex;
    if (cur === t || (cur !== null && cur < t && kindOf(rs, cur) === 'reward')) return;
    const reached = (o: RankedOutcome): boolean => o.tierIndex === t || (o.tierIndex !== null && o.tierIndex < t && kindOf(rs, o.tierIndex) === 'reward');
    let monotone = !anyMaxScore;
    for (let j = 0; j < t; j++) if (kindOf(rs, j) !== 'reward' && catches(j)) monotone = false;
    goals.push({ goal: 'enter-tier', monotone, rank: null, tierIndex: t, top, reached });
  });
  const cur = now.tierIndex;
  if (cur !== null && kindOf(rs, cur) === 'penalty') {
    goals.push({ goal: 'leave-tier', monotone: !anyMaxScore && !catches(cur), rank: null, tierIndex: cur, top: null, reached: (o) => o.tierIndex !== cur });
  }
  return goals;
}

/** Totals where the unit's standing can change: tying or passing each peer, and the tiers' score bounds. */
export function candidateTotals(run: Pick<ScopeRun, 'rs' | 'totals' | 'at'>): number[] {
  const p = precisionOf(run.rs);
  const step = 10 ** -p;
  const own = run.totals[run.at];
  const out = new Set<number>();
  run.totals.forEach((t, k) => {
    if (k === run.at) return;
    out.add(t);
    out.add(excelRound(t + step, p));
  });
  for (const tier of run.rs.tiers ?? []) {
    if (tier.when.minScore !== undefined) out.add(excelRound(Math.ceil(tier.when.minScore / step - 1e-9) * step, p));
    if (tier.when.maxScore !== undefined) out.add(excelRound((Math.floor(tier.when.maxScore / step + 1e-9) + 1) * step, p));
  }
  return [...out].filter((t) => t > own).sort((a, b) => a - b);
}

/**
 * The first candidate reaching the goal (the goal only gets easier as the total grows). Most goals
 * lie a few candidates up (the next rank, leaving the bottom), so the search gallops from there.
 */
function neededTotal(run: ScopeRun, goal: Goal): { total: number; after: RankedOutcome } | null {
  const { candidates } = run;
  const reaches = (k: number): RankedOutcome | null => {
    const o = withTotal(run, candidates[k]);
    return goal.reached(o) ? o : null;
  };
  if (!goal.monotone) {
    // No shortcut: the lowest total is the first candidate that reaches the goal.
    for (let k = 0; k < candidates.length; k++) {
      const o = reaches(k);
      if (o !== null) return { total: candidates[k], after: o };
    }
    return null;
  }
  let lo = -1; // known short
  let hi = 0;
  let found: RankedOutcome | null = null;
  for (let width = 1; hi < candidates.length; width *= 2) {
    found = reaches(hi);
    if (found !== null) break;
    lo = hi;
    hi = Math.min(candidates.length - 1, hi + width);
    if (lo === hi) return null;
  }
  if (found === null) return null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    const o = reaches(mid);
    if (o !== null) {
      hi = mid;
      found = o;
    } else lo = mid;
  }
  return { total: candidates[hi], after: found };
}

/**
 * Decimals of a figure as written (at most six): answers are given on the finest grid the scope's
 * figures use. Float noise (44.10000000000001, from a formula) does not count as decimals.
 */
function decimals(v: number): number {
  if (!Number.isFinite(v)) return 0;
  for (let d = 0; d < 6; d++) {
    const scaled = v * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 6;
}

function gridOf(run: ScopeRun, i: number): number {
  const known = run.grids[i];
  if (known !== undefined) return known;
  let d = 0;
  for (const a of run.members.figures[i].actual) if (a === a) d = Math.max(d, decimals(a));
  run.grids[i] = d;
  return d;
}

/** Points this indicator must score for the total to round up to `total`. */
function pointsNeeded(run: ScopeRun, i: number, total: number): number {
  const { rs } = run;
  const s = run.members;
  const u = run.at;
  const p = precisionOf(rs);
  const raw = total - 0.5 * 10 ** -p;
  const indicatorSum = raw - s.bonus[u] + s.deduction[u];
  let all = 0;
  let applying = 0;
  let sum = 0;
  s.figures.forEach((f, k) => {
    all += rs.indicators[k].weight;
    const score = f.score[u];
    if (score !== score) return; // does not apply
    applying += rs.indicators[k].weight;
    sum += score;
  });
  const sumNeeded = applying === all ? indicatorSum : (indicatorSum * applying) / all;
  const own = s.figures[i].score[u];
  return sumNeeded - (sum - (own === own ? own : 0));
}

const MAX_SEARCH = 60;

/** The scored values of the units that have one. */
function peerValues(f: Figures): number[] {
  const out: number[] = [];
  for (let u = 0; u < f.actual.length; u++) {
    const x = xAt(f, u);
    if (x === x) out.push(x);
  }
  return out;
}

/** The figure nearest `from` on the grid that reaches the goal, starting from the inverted guess. */
function figureFor(run: ScopeRun, i: number, goal: Goal, from: number, guess: number, d: number, lower: boolean): { to: number; after: RankedOutcome } | null {
  const sign = guess > from ? 1 : guess < from ? -1 : lower ? -1 : 1;
  const unit = 10 ** -d;
  // Work in whole grid steps away from `from` to keep the arithmetic exact.
  const at = (steps: number): number => excelRound(from + sign * steps * unit, d);
  const test = (steps: number): RankedOutcome | null => {
    const o = withActual(run, i, at(steps));
    return o !== null && goal.reached(o) ? o : null;
  };
  let steps = Math.max(1, Math.ceil(Math.abs(guess - from) / unit - 1e-7));
  let ok = test(steps);
  let low = 0; // steps known not to reach the goal
  if (ok === null) {
    // The guess fell short (peers moved, or the grid rounding): widen until the goal is reached.
    low = steps;
    let tries = 0;
    let step = 1;
    while (ok === null && tries++ < MAX_SEARCH) {
      steps = low + step;
      ok = test(steps);
      if (ok === null) {
        low = steps;
        step *= 2;
      }
    }
    if (ok === null) return null;
  } else if (steps > 1 && test(steps - 1) === null) {
    return { to: at(steps), after: ok };
  }
  // Narrow down to the fewest steps that still reach the goal.
  let hi = steps;
  let best = ok;
  while (hi - low > 1) {
    const mid = Math.floor((low + hi) / 2);
    const o = test(mid);
    if (o !== null) {
      hi = mid;
      best = o;
    } else low = mid;
  }
  return { to: at(hi), after: best };
}

function indicatorGap(run: ScopeRun, i: number, goal: Goal, total: number): IndicatorGap {
  const ind = run.rs.indicators[i];
  const f = figureAt(run.members.figures[i], run.at);
  const head = { id: ind.id, label: ind.label ?? ind.id, column: ind.actual, scale: ind.scale ?? null };
  if (f.x === null || f.policy === 'full') return { ...head, cannot: 'no-figure' };
  if (ind.target !== undefined && (f.target === null || f.target <= 0)) return { ...head, cannot: 'no-target' };
  const method = methodOf(ind.method.type)!;
  const ctx = { weight: ind.weight, direction: ind.direction ?? 'higher', elapsed: run.elapsed };
  const prepared = method.prepare ? method.prepare(peerValues(run.members.figures[i]), ind.method, ctx.direction) : undefined;
  const now = f.score ?? 0;
  const x = method.inverse(pointsNeeded(run, i, total), f.x, ind.method, ctx, prepared);
  const from = f.actual ?? 0;
  // Methods scored against the peers lower the others' points as the unit moves ahead: even at
  // its own highest score the unit may still pass them, so only the re-runs can tell.
  if (!method.prepare) {
    // Not even a hair more is to be had: the indicator is at its highest already.
    if (method.inverse(now + 1e-9 * Math.max(1, Math.abs(now)), f.x, ind.method, ctx, prepared) === null) return { ...head, cannot: 'at-max' };
    if (x === null || !Number.isFinite(x)) return { ...head, cannot: 'capped' };
  }
  const guess = x === null || !Number.isFinite(x) ? from : ind.target !== undefined ? x * (f.target ?? 0) : x;
  const d = gridOf(run, i);
  const found = figureFor(run, i, goal, from, guess, d, ctx.direction === 'lower');
  if (found === null) return { ...head, cannot: 'unreachable' };
  return { ...head, from, to: found.to, grid: 10 ** -d, after: strip(found.after) };
}

function strip(o: RankedOutcome): Outcome {
  return { total: o.total, rank: o.rank, tier: o.tier, tierKind: o.tierKind };
}

/** Every goal the unit could aim for, with the points and the figures that reach it. */
export function gapsOf(run: ScopeRun, now: RankedOutcome): Gap[] {
  const { rs } = run;
  const max = rs.total?.max;
  return goalsOf(run, now).map((goal): Gap => {
    const tier = goal.tierIndex === null ? null : (rs.tiers ?? [])[goal.tierIndex];
    const head = { goal: goal.goal, tier: tier?.label ?? null, tierKind: tier ? (tier.kind ?? 'neutral') : null, top: goal.top };
    const needed = neededTotal(run, goal);
    if (needed === null) return { ...head, rank: null, neededTotal: null, points: null, blocked: 'unreachable', after: null, indicators: [] };
    if (max !== undefined && needed.total > max) return { ...head, rank: null, neededTotal: null, points: null, blocked: 'total-max', after: null, indicators: [] };
    const indicators = rs.indicators.map((_, i) => indicatorGap(run, i, goal, needed.total));
    const points = excelRound(needed.total - now.total, precisionOf(rs));
    return { ...head, rank: needed.after.rank, neededTotal: needed.total, points, blocked: null, after: strip(needed.after), indicators };
  });
}

