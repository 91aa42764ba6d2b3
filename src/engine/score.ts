// Scores every unit on every indicator (spec 3.1, 3.2): reads the figures, applies the missing
// policy, scores against peers, and adds the adjustments.
import { rawError } from './issues';
import { unitCell, type ColumnSource, type JoinedTables, type JoinedUnit } from './join';
import { methodOf } from './methods/registry';
import type { Direction } from './methods/method';
import { ColumnReader, type IssueSink } from './resolve';
import type { IndicatorRule, RuleSet } from './ruleset/schema';
import { headerKey, unitKey } from './text';

/** Where each rule column is found, looked up once per run rather than once per unit. */
interface Sources {
  target: (readonly ColumnSource[] | undefined)[];
  actual: (readonly ColumnSource[] | undefined)[];
  adjustments: (readonly ColumnSource[] | undefined)[];
  group: readonly ColumnSource[] | undefined;
}

function sourcesOf(joined: JoinedTables, rs: RuleSet): Sources {
  const at = (name: string | undefined) => (name === undefined ? undefined : joined.columns.get(headerKey(name)));
  return {
    target: rs.indicators.map((ind) => at(ind.target)),
    actual: rs.indicators.map((ind) => at(ind.actual)),
    adjustments: (rs.adjustments ?? []).map((adj) => at(adj.column)),
    group: at(rs.unit.groupColumn),
  };
}

interface ReadContext {
  joined: JoinedTables;
  reader: ColumnReader;
  sources: Sources;
  sink: IssueSink;
}

export interface IndicatorScore {
  target: number | null;
  actual: number | null;
  rate: number | null;
  /** The value the method scored: the rate with a target, else the actual. */
  x: number | null;
  /** Unrounded points; null when the indicator does not apply (missing: exclude). */
  score: number | null;
  /** Which missing policy applied, if any. */
  policy: 'zero' | 'full' | 'exclude' | null;
}

export interface ScoredUnit {
  unit: JoinedUnit;
  group: string | null;
  scope: string;
  indicators: IndicatorScore[];
  bonus: number;
  deduction: number;
  veto: string | null;
  /** Σ indicator scores, scaled when some do not apply (unrounded). */
  indicatorSum: number;
}

const NOT_A_VETO = new Set(['0', 'false', '否', 'no']);

interface Figures {
  target: number | null;
  actual: number | null;
  x: number | null;
  policy: IndicatorScore['policy'];
  applies: boolean;
  full: boolean;
}

function readFigures(unit: JoinedUnit, ind: IndicatorRule, i: number, cx: ReadContext): Figures | null {
  const { reader, sources, sink } = cx;
  const policy = ind.missing ?? 'error';
  const target = ind.target === undefined ? null : reader.resolveNumber(unit, sources.target[i], ind.scale, sink);
  const actual = reader.resolveNumber(unit, sources.actual[i], ind.scale, sink);
  if (actual.kind === 'invalid' || target?.kind === 'invalid') return null;
  const targetBlank = target?.kind === 'missing';
  const actualBlank = actual.kind === 'missing';
  const anyBlank = targetBlank || actualBlank;
  if (anyBlank) {
    if (policy === 'error') {
      for (const b of [target, actual]) if (b?.kind === 'missing' && b.at !== null) sink.add(rawError('missing-value', { cell: reader.address(b.at) }, { indicator: ind.id }));
      return null;
    }
    if (policy === 'full' || policy === 'exclude') {
      return {
        target: target?.kind === 'number' ? target.value : null,
        actual: actual.kind === 'number' ? actual.value : null,
        x: null,
        policy,
        applies: policy === 'full',
        full: policy === 'full',
      };
    }
  }
  const a = actual.kind === 'number' ? actual.value : 0;
  if (target === null) return { target: null, actual: a, x: a, policy: anyBlank ? 'zero' : null, applies: true, full: false };
  const t = target.kind === 'number' ? target.value : 0;
  if (t <= 0) {
    const at = target.kind === 'number' ? target : target.kind === 'missing' ? target.at : null;
    sink.add(rawError('bad-target', { cell: at !== null ? reader.address(at) : unitCell(cx.joined, unit) }, { value: t, indicator: ind.id }));
    return null;
  }
  return { target: t, actual: a, x: a / t, policy: anyBlank ? 'zero' : null, applies: true, full: false };
}

function readAdjustments(unit: JoinedUnit, ruleSet: RuleSet, cx: ReadContext): { bonus: number; deduction: number; veto: string | null; ok: boolean } {
  const { reader, sources, sink } = cx;
  let bonus = 0;
  let deduction = 0;
  const vetoes: string[] = [];
  let ok = true;
  for (const [a, adj] of (ruleSet.adjustments ?? []).entries()) {
    const refs = sources.adjustments[a];
    if (adj.type === 'veto') {
      const r = reader.resolveText(unit, refs, sink);
      if (r.invalid) ok = false;
      else if (r.text !== null && !NOT_A_VETO.has(unitKey(r.text).toLowerCase())) vetoes.push(r.text);
      continue;
    }
    const r = reader.resolveNumber(unit, refs, undefined, sink);
    if (r.kind === 'invalid') {
      ok = false;
      continue;
    }
    if (r.kind === 'missing') continue;
    if (r.value < 0) {
      sink.add(rawError('negative-adjustment', { cell: reader.address(r) }, { value: r.value, column: adj.column }));
      ok = false;
      continue;
    }
    const v = Math.min(r.value, adj.max ?? Infinity);
    if (adj.type === 'bonus') bonus += v;
    else deduction += v;
  }
  return { bonus, deduction, veto: vetoes.length > 0 ? vetoes.join('；') : null, ok };
}

/** Returns null for a unit whose cells have errors (already reported to the sink). */
export function scoreUnits(joined: JoinedTables, ruleSet: RuleSet, elapsed: number, sink: IssueSink): ScoredUnit[] {
  const cx: ReadContext = { joined, reader: new ColumnReader(joined), sources: sourcesOf(joined, ruleSet), sink };
  const byGroup = ruleSet.unit.groupColumn !== undefined && (ruleSet.ranking?.byGroup ?? true);
  const figures: (Figures | null)[][] = [];
  const scored: ScoredUnit[] = [];
  let broken = false;

  for (const unit of joined.units) {
    const group = ruleSet.unit.groupColumn === undefined ? null : cx.reader.resolveText(unit, cx.sources.group, sink);
    const figs = ruleSet.indicators.map((ind, i) => readFigures(unit, ind, i, cx));
    const adj = readAdjustments(unit, ruleSet, cx);
    if (figs.includes(null) || !adj.ok || group?.invalid) broken = true;
    figures.push(figs);
    const groupName = group?.text ?? null;
    scored.push({
      unit,
      group: groupName,
      // `Ａ组` and `A组` are one group, as they are one value across ranges.
      scope: byGroup ? unitKey(groupName ?? '') : '',
      indicators: [],
      bonus: adj.bonus,
      deduction: adj.deduction,
      veto: adj.veto,
      indicatorSum: 0,
    });
  }
  if (broken) return [];

  const totalWeight = ruleSet.indicators.reduce((s, ind) => s + ind.weight, 0);
  ruleSet.indicators.forEach((ind, i) => {
    const method = methodOf(ind.method.type)!;
    const direction: Direction = ind.direction ?? 'higher';
    // Peers: units in the same scope that have a figure for this indicator.
    const prepared = new Map<string, unknown>();
    if (method.prepare) {
      const peers = new Map<string, number[]>();
      scored.forEach((s, u) => {
        const x = figures[u][i]!.x;
        if (x === null) return;
        const list = peers.get(s.scope) ?? [];
        list.push(x);
        peers.set(s.scope, list);
      });
      for (const [scope, values] of peers) prepared.set(scope, method.prepare(values, ind.method, direction));
    }
    scored.forEach((s, u) => {
      const f = figures[u][i]!;
      let score: number | null;
      if (!f.applies) score = null;
      else if (f.full) score = ind.weight;
      else score = method.score(f.x!, ind.method, { weight: ind.weight, direction, elapsed }, prepared.get(s.scope));
      s.indicators.push({ target: f.target, actual: f.actual, rate: f.target !== null && f.actual !== null ? f.actual / f.target : null, x: f.x, score, policy: f.policy });
    });
  });

  for (const s of scored) {
    let sum = 0;
    let applying = 0;
    s.indicators.forEach((r, i) => {
      if (r.score === null) return;
      sum += r.score;
      applying += ruleSet.indicators[i].weight;
    });
    s.indicatorSum = applying === 0 ? 0 : applying === totalWeight ? sum : (sum * totalWeight) / applying;
  }
  return scored;
}
