// Builds each requested unit's explanation from the run's own state: the figures are read again
// (with their cells) from the joined input, the points come from the scores the run computed,
// and every method states its arithmetic through its own `explain`.
import type { JoinedTables } from '../join';
import { methodOf } from '../methods/registry';
import { BLANK, ColumnReader, FOUND, IssueSink } from '../resolve';
import { excelRound } from '../round';
import type { RuleSet } from '../ruleset/schema';
import { figureAt } from '../figures';
import { preparePeers, sourcesOf, subsetOf, type Scored, type Sources } from '../score';
import { clampedTotal, precisionOf, type Standing } from '../standing';
import { checkConditions, standingAt, subjectAt, tierIndexAt, tierStandings, type TierStandings, type TierSubjects } from '../tiers';
import { candidateTotals, gapsOf } from './gaps';
import { fastScope, outcomeOf, type ScopeRun } from './rescore';
import type { AdjustmentExplanation, Figure, IndicatorExplanation, TierCheck, TotalExplanation, UnitExplanation } from './types';

export interface RunState {
  rs: RuleSet;
  joined: JoinedTables;
  scored: Scored;
  elapsed: number;
  totals: Float64Array;
  standing: Standing;
}

interface Reading {
  reader: ColumnReader;
  sources: Sources;
  /** Issues were reported by the run already; reading again must not report them twice. */
  sink: IssueSink;
}

function figure(r: Reading, s: Scored, u: number, column: string, refs: Sources['actual'][number], scale: RuleSet['indicators'][number]['scale']): Figure {
  const kind = r.reader.resolveNumber(s.units.order[u], refs, scale, r.sink);
  return { column, value: kind === FOUND ? r.reader.value : null, cell: kind === FOUND || kind === BLANK ? r.reader.lastAddress() : null };
}

function indicatorsOf(state: RunState, r: Reading, u: number, prepared: readonly Map<string, unknown>[]): IndicatorExplanation[] {
  const { rs, scored: s } = state;
  const precision = precisionOf(rs);
  return rs.indicators.map((ind, i) => {
    const f = figureAt(s.figures[i], u);
    const method = methodOf(ind.method.type)!;
    const ctx = { weight: ind.weight, direction: ind.direction ?? 'higher', elapsed: state.elapsed };
    const step = f.x === null || f.policy === 'full' ? null : method.explain(f.x, ind.method, ctx, prepared[i].get(s.scope[u]));
    const target = ind.target === undefined ? null : figure(r, s, u, ind.target, r.sources.target[i], ind.scale);
    return {
      id: ind.id,
      label: ind.label ?? ind.id,
      weight: ind.weight,
      isRate: ind.target !== undefined,
      scale: ind.scale ?? null,
      target,
      actual: figure(r, s, u, ind.actual, r.sources.actual[i], ind.scale),
      policy: f.policy,
      step,
      score: f.score,
      rounded: f.score === null ? null : excelRound(f.score, precision),
    };
  });
}

function adjustmentsOf(state: RunState, r: Reading, u: number): AdjustmentExplanation[] {
  const order = state.scored.units.order[u];
  const veto = state.scored.veto[u];
  return (state.rs.adjustments ?? []).map((adj, a) => {
    const refs = r.sources.adjustments[a];
    const head = { type: adj.type, label: adj.label ?? adj.column, column: adj.column };
    if (adj.type === 'veto') {
      const text = r.reader.resolveText(order, refs, r.sink).text;
      const reason = text !== null && veto !== null && veto.split('；').includes(text) ? text : null;
      return { ...head, cell: null, written: null, counted: null, max: null, reason };
    }
    const kind = r.reader.resolveNumber(order, refs, undefined, r.sink);
    const cell = kind === FOUND || kind === BLANK ? r.reader.lastAddress() : null;
    const written = kind === FOUND ? r.reader.value : null;
    const max = adj.max ?? null;
    return { ...head, cell, written, counted: written === null ? null : Math.min(written, max ?? Infinity), max, reason: null };
  });
}

function totalOf(rs: RuleSet, s: Scored, u: number, total: number): TotalExplanation {
  let all = 0;
  let applying = 0;
  let sum = 0;
  s.figures.forEach((f, i) => {
    all += rs.indicators[i].weight;
    const score = f.score[u];
    if (score !== score) return; // does not apply
    applying += rs.indicators[i].weight;
    sum += score;
  });
  const raw = s.indicatorSum[u] + s.bonus[u] - s.deduction[u];
  const clamped = clampedTotal(rs, s, u);
  const clamp = clamped === raw ? null : { side: clamped > raw ? ('min' as const) : ('max' as const), limit: clamped };
  return {
    sum,
    scaled: applying === all || applying === 0 ? null : { applying, all },
    indicatorSum: s.indicatorSum[u],
    bonus: s.bonus[u],
    deduction: s.deduction[u],
    raw,
    clamp,
    total,
    precision: precisionOf(rs),
  };
}

function tierChecks(state: RunState, u: number, subjects: TierSubjects, standings: TierStandings): TierCheck[] {
  const assignedIndex = tierIndexAt(state.standing.tiers, u);
  return (state.rs.tiers ?? []).map((tier, t) => {
    const conditions = checkConditions(tier.when, subjectAt(subjects, u), standingAt(standings, u));
    const holds = conditions.every((c) => c.met);
    const assigned = assignedIndex === t;
    const takenEarlier = holds && assignedIndex !== null && assignedIndex < t;
    return {
      label: tier.label,
      kind: tier.kind ?? 'neutral',
      conditions,
      holds,
      assigned,
      takenEarlier,
      quotaExcluded: holds && !assigned && !takenEarlier && tier.when.quota === true,
    };
  });
}

/** Explanations of the units at the given indexes of `state.scored`, in that order. */
export function explainUnits(state: RunState, indexes: readonly number[]): UnitExplanation[] {
  const { rs, scored, totals, standing } = state;
  const reading: Reading = { reader: new ColumnReader(state.joined), sources: sourcesOf(state.joined, rs), sink: new IssueSink() };
  const prepared = rs.indicators.map((ind, i) => preparePeers(scored, ind, i));
  const subjects: TierSubjects = { scope: scored.scope, rank: standing.ranks, vetoed: Uint8Array.from(scored.veto, (v) => (v === null ? 0 : 1)), total: totals, name: (u) => scored.units.name[u] };
  const standings = tierStandings(subjects);
  const scopes = new Map<string, number[]>();
  scored.scope.forEach((scope, u) => {
    let list = scopes.get(scope);
    if (list === undefined) scopes.set(scope, (list = []));
    list.push(u);
  });
  const scopeData = new Map(
    [...scopes].map(([key, list]) => {
      const members = subsetOf(scored, list);
      const scopeTotals = Float64Array.from(list, (k) => totals[k]);
      return [key, { members, totals: scopeTotals, grids: [] as (number | undefined)[], fast: fastScope(rs, members, scopeTotals) }];
    }),
  );
  return indexes.map((u) => {
    const veto = scored.veto[u];
    const scope = scopes.get(scored.scope[u])!;
    const shared = scopeData.get(scored.scope[u])!;
    const base = { rs, elapsed: state.elapsed, members: shared.members, totals: shared.totals, at: scope.indexOf(u) };
    const run: ScopeRun = { ...base, candidates: candidateTotals(base), byStretch: new Map(), grids: shared.grids, fast: shared.fast };
    const now = outcomeOf(rs, run.members, run.totals, run.at);
    const tier = now.tierIndex === null ? null : (rs.tiers ?? [])[now.tierIndex];
    return {
      unit: scored.units.name[u],
      group: scored.group[u],
      scopeSize: scope.length,
      vetoedInScope: scope.filter((k) => scored.veto[k] !== null).length,
      rank: standing.ranks[u],
      ties: rs.ranking?.ties ?? 'competition',
      tiedWith: scope.filter((k) => k !== u && standing.ranks[k] === standing.ranks[u]).map((k) => scored.units.name[k]),
      tier: tier?.label ?? null,
      tierKind: tier ? (tier.kind ?? 'neutral') : null,
      veto,
      indicators: indicatorsOf(state, reading, u, prepared),
      adjustments: adjustmentsOf(state, reading, u),
      total: totalOf(rs, scored, u, totals[u]),
      tiers: tierChecks(state, u, subjects, standings),
      gaps: veto === null ? gapsOf(run, now) : [],
    };
  });
}
