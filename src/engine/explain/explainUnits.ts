// Builds each requested unit's explanation from the run's own state: the figures are read again
// (with their cells) from the joined input, the points come from the scores the run computed,
// and every method states its arithmetic through its own `explain`.
import type { JoinedTables } from '../join';
import { methodOf } from '../methods/registry';
import { BLANK, ColumnReader, FOUND, IssueSink } from '../resolve';
import { excelRound } from '../round';
import type { RuleSet } from '../ruleset/schema';
import { preparePeers, sourcesOf, type ScoredUnit, type Sources } from '../score';
import { clampedTotal, precisionOf, type Standing } from '../standing';
import { checkConditions, tierStandings, type TierSubject } from '../tiers';
import { candidateTotals, gapsOf } from './gaps';
import { fastScope, outcomeOf, type ScopeRun } from './rescore';
import type { AdjustmentExplanation, Figure, IndicatorExplanation, TierCheck, TotalExplanation, UnitExplanation } from './types';

export interface RunState {
  rs: RuleSet;
  joined: JoinedTables;
  scored: readonly ScoredUnit[];
  elapsed: number;
  totals: readonly number[];
  standing: Standing;
}

interface Reading {
  reader: ColumnReader;
  sources: Sources;
  /** Issues were reported by the run already; reading again must not report them twice. */
  sink: IssueSink;
}

function figure(r: Reading, s: ScoredUnit, column: string, refs: Sources['actual'][number], scale: RuleSet['indicators'][number]['scale']): Figure {
  const kind = r.reader.resolveNumber(s.unit, refs, scale, r.sink);
  return { column, value: kind === FOUND ? r.reader.value : null, cell: kind === FOUND || kind === BLANK ? r.reader.lastAddress() : null };
}

function indicatorsOf(state: RunState, r: Reading, s: ScoredUnit, prepared: readonly Map<string, unknown>[]): IndicatorExplanation[] {
  const { rs } = state;
  const precision = precisionOf(rs);
  return rs.indicators.map((ind, i) => {
    const f = s.indicators[i];
    const method = methodOf(ind.method.type)!;
    const ctx = { weight: ind.weight, direction: ind.direction ?? 'higher', elapsed: state.elapsed };
    const step = f.x === null || f.policy === 'full' ? null : method.explain(f.x, ind.method, ctx, prepared[i].get(s.scope));
    const target = ind.target === undefined ? null : figure(r, s, ind.target, r.sources.target[i], ind.scale);
    return {
      id: ind.id,
      label: ind.label ?? ind.id,
      weight: ind.weight,
      isRate: ind.target !== undefined,
      scale: ind.scale ?? null,
      target,
      actual: figure(r, s, ind.actual, r.sources.actual[i], ind.scale),
      policy: f.policy,
      step,
      score: f.score,
      rounded: f.score === null ? null : excelRound(f.score, precision),
    };
  });
}

function adjustmentsOf(state: RunState, r: Reading, s: ScoredUnit): AdjustmentExplanation[] {
  return (state.rs.adjustments ?? []).map((adj, a) => {
    const refs = r.sources.adjustments[a];
    const head = { type: adj.type, label: adj.label ?? adj.column, column: adj.column };
    if (adj.type === 'veto') {
      const text = r.reader.resolveText(s.unit, refs, r.sink).text;
      const reason = text !== null && s.veto !== null && s.veto.split('；').includes(text) ? text : null;
      return { ...head, cell: null, written: null, counted: null, max: null, reason };
    }
    const kind = r.reader.resolveNumber(s.unit, refs, undefined, r.sink);
    const cell = kind === FOUND || kind === BLANK ? r.reader.lastAddress() : null;
    const written = kind === FOUND ? r.reader.value : null;
    const max = adj.max ?? null;
    return { ...head, cell, written, counted: written === null ? null : Math.min(written, max ?? Infinity), max, reason: null };
  });
}

function totalOf(rs: RuleSet, s: ScoredUnit, total: number): TotalExplanation {
  let all = 0;
  let applying = 0;
  let sum = 0;
  s.indicators.forEach((f, i) => {
    all += rs.indicators[i].weight;
    if (f.score === null) return;
    applying += rs.indicators[i].weight;
    sum += f.score;
  });
  const raw = s.indicatorSum + s.bonus - s.deduction;
  const clamped = clampedTotal(rs, s);
  const clamp = clamped === raw ? null : { side: clamped > raw ? ('min' as const) : ('max' as const), limit: clamped };
  return {
    sum,
    scaled: applying === all || applying === 0 ? null : { applying, all },
    indicatorSum: s.indicatorSum,
    bonus: s.bonus,
    deduction: s.deduction,
    raw,
    clamp,
    total,
    precision: precisionOf(rs),
  };
}

function tierChecks(state: RunState, u: number, subjects: readonly TierSubject[], standings: ReturnType<typeof tierStandings>): TierCheck[] {
  const assignedIndex = state.standing.tiers[u] ?? null;
  return (state.rs.tiers ?? []).map((tier, t) => {
    const conditions = checkConditions(tier.when, subjects[u], standings[u]);
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
  const subjects = scored.map((s, u) => ({ scope: s.scope, rank: standing.ranks[u], vetoed: s.veto !== null, total: totals[u], name: s.unit.name }));
  const standings = tierStandings(subjects);
  const scopes = new Map<string, number[]>();
  scored.forEach((s, u) => {
    let list = scopes.get(s.scope);
    if (list === undefined) scopes.set(s.scope, (list = []));
    list.push(u);
  });
  const scopeData = new Map(
    [...scopes].map(([key, list]) => {
      const members = list.map((k) => scored[k]);
      const scopeTotals = list.map((k) => totals[k]);
      return [key, { members, totals: scopeTotals, grids: [] as (number | undefined)[], fast: fastScope(rs, members, scopeTotals) }];
    }),
  );
  return indexes.map((u) => {
    const s = scored[u];
    const scope = scopes.get(s.scope)!;
    const shared = scopeData.get(s.scope)!;
    const base = { rs, elapsed: state.elapsed, members: shared.members, totals: shared.totals, at: scope.indexOf(u) };
    const run: ScopeRun = { ...base, candidates: candidateTotals(base), byStretch: new Map(), grids: shared.grids, fast: shared.fast };
    const now = outcomeOf(rs, run.members, run.totals, run.at);
    const tier = now.tierIndex === null ? null : (rs.tiers ?? [])[now.tierIndex];
    return {
      unit: s.unit.name,
      group: s.group,
      scopeSize: scope.length,
      vetoedInScope: scope.filter((k) => scored[k].veto !== null).length,
      rank: standing.ranks[u],
      ties: rs.ranking?.ties ?? 'competition',
      tiedWith: scope.filter((k) => k !== u && standing.ranks[k] === standing.ranks[u]).map((k) => scored[k].unit.name),
      tier: tier?.label ?? null,
      tierKind: tier ? (tier.kind ?? 'neutral') : null,
      veto: s.veto,
      indicators: indicatorsOf(state, reading, s, prepared),
      adjustments: adjustmentsOf(state, reading, s),
      total: totalOf(rs, s, totals[u]),
      tiers: tierChecks(state, u, subjects, standings),
      gaps: s.veto === null ? gapsOf(run, now) : [],
    };
  });
}
