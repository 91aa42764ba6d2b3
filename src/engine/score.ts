// Scores every unit on every indicator (spec 3.1, 3.2): reads the figures, applies the missing
// policy, scores against peers, and adds the adjustments.
import { rawError } from './issues';
import { unitCell, type ColumnSource, type JoinedTables, type JoinedUnit } from './join';
import { methodOf } from './methods/registry';
import type { Direction } from './methods/method';
import { BLANK, ColumnReader, FOUND, INVALID, type IssueSink, type ResolveKind } from './resolve';
import type { IndicatorRule, RuleSet } from './ruleset/schema';
import { headerKey, unitKey } from './text';

/** Where each rule column is found, looked up once per run rather than once per unit. */
export interface Sources {
  target: (readonly ColumnSource[] | undefined)[];
  actual: (readonly ColumnSource[] | undefined)[];
  adjustments: (readonly ColumnSource[] | undefined)[];
  group: readonly ColumnSource[] | undefined;
}

export function sourcesOf(joined: JoinedTables, rs: RuleSet): Sources {
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
  /** Per indicator: its columns when each is in exactly one range, else null. */
  direct: (DirectColumns | null)[];
}

/** Where an indicator's figures are when each column is in one range: read without the reader. */
interface DirectColumns {
  target: ColumnSource | null;
  actual: ColumnSource;
}

function directColumnsOf(rs: RuleSet, sources: Sources): (DirectColumns | null)[] {
  return rs.indicators.map((ind, i): DirectColumns | null => {
    const target = sources.target[i];
    const actual = sources.actual[i];
    if (actual?.length !== 1) return null;
    if (ind.target === undefined) return { target: null, actual: actual[0] };
    return target?.length === 1 ? { target: target[0], actual: actual[0] } : null;
  });
}

function cellOf(joined: JoinedTables, unit: JoinedUnit, src: ColumnSource): unknown {
  const row = unit.rows[src.table];
  return row < 0 ? undefined : joined.tables[src.table].values[row]?.[src.col];
}

/**
 * The common case of readFigures, without its bookkeeping: finite numbers and a positive target
 * in single ranges. Returns what readFigures would, or null to send the unit through it.
 */
function plainFigures(joined: JoinedTables, unit: JoinedUnit, direct: DirectColumns): IndicatorScore | null {
  const actual = cellOf(joined, unit, direct.actual);
  if (typeof actual !== 'number' || !Number.isFinite(actual)) return null;
  if (direct.target === null) return { target: null, actual, rate: null, x: actual, score: null, policy: null };
  const target = cellOf(joined, unit, direct.target);
  if (typeof target !== 'number' || !Number.isFinite(target) || !(target > 0)) return null;
  const rate = actual / target;
  return Number.isFinite(rate) ? { target, actual, rate, x: rate, score: null, policy: null } : null;
}

export interface IndicatorScore {
  target: number | null;
  actual: number | null;
  rate: number | null;
  /** The value the method scored: the rate with a target, else the actual; null under full or exclude. */
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

/** Reads one indicator's figures for one unit; null when a cell is wrong (already reported). */
function readFigures(unit: JoinedUnit, ind: IndicatorRule, i: number, cx: ReadContext): IndicatorScore | null {
  const direct = cx.direct[i];
  const plain = direct === null ? null : plainFigures(cx.joined, unit, direct);
  if (plain !== null) return plain;
  const { reader, sources, sink } = cx;
  const policy = ind.missing ?? 'error';
  let tKind: ResolveKind = FOUND;
  let t = 0;
  let tCell: string | null = null;
  if (ind.target !== undefined) {
    tKind = reader.resolveNumber(unit, sources.target[i], ind.scale, sink);
    t = reader.value;
    if (tKind !== INVALID && (tKind === BLANK || t <= 0)) tCell = reader.lastAddress();
  }
  const aKind = reader.resolveNumber(unit, sources.actual[i], ind.scale, sink);
  const a = reader.value;
  if (aKind === INVALID || tKind === INVALID) return null;
  const hasTarget = ind.target !== undefined;
  const anyBlank = tKind === BLANK || aKind === BLANK;
  if (anyBlank) {
    if (policy === 'error') {
      const aCell = aKind === BLANK ? reader.lastAddress() : null;
      if (tKind === BLANK && tCell !== null) sink.add(rawError('missing-value', { cell: tCell }, { indicator: ind.id }));
      if (aCell !== null) sink.add(rawError('missing-value', { cell: aCell }, { indicator: ind.id }));
      return null;
    }
    if (policy === 'full' || policy === 'exclude') {
      const target = hasTarget && tKind === FOUND ? t : null;
      const actual = aKind === FOUND ? a : null;
      return { target, actual, rate: null, x: null, score: null, policy };
    }
  }
  const actual = aKind === FOUND ? a : 0;
  const used = anyBlank ? 'zero' : null;
  if (!hasTarget) return { target: null, actual, rate: null, x: actual, score: null, policy: used };
  const target = tKind === FOUND ? t : 0;
  if (target <= 0) {
    sink.add(rawError('bad-target', { cell: tCell ?? unitCell(cx.joined, unit) }, { value: target, indicator: ind.id }));
    return null;
  }
  const rate = actual / target;
  if (!Number.isFinite(rate)) {
    sink.add(rawError('number-too-large', { cell: reader.lastAddress() ?? unitCell(cx.joined, unit) }, { indicator: ind.id, what: 'rate' }));
    return null;
  }
  return { target, actual, rate, x: rate, score: null, policy: used };
}

interface Adjustments {
  bonus: number;
  deduction: number;
  veto: string | null;
  ok: boolean;
}

const NO_ADJUSTMENTS: Adjustments = { bonus: 0, deduction: 0, veto: null, ok: true };

function readAdjustments(unit: JoinedUnit, ruleSet: RuleSet, cx: ReadContext): Adjustments {
  const adjustments = ruleSet.adjustments ?? [];
  if (adjustments.length === 0) return NO_ADJUSTMENTS;
  const { reader, sources, sink } = cx;
  let bonus = 0;
  let deduction = 0;
  const vetoes: string[] = [];
  let ok = true;
  for (let a = 0; a < adjustments.length; a++) {
    const adj = adjustments[a];
    const refs = sources.adjustments[a];
    if (adj.type === 'veto') {
      const r = reader.resolveText(unit, refs, sink);
      if (r.invalid) ok = false;
      else if (r.text !== null && !NOT_A_VETO.has(unitKey(r.text).toLowerCase())) vetoes.push(r.text);
      continue;
    }
    const kind = reader.resolveNumber(unit, refs, undefined, sink);
    if (kind === INVALID) {
      ok = false;
      continue;
    }
    if (kind === BLANK) continue;
    if (reader.value < 0) {
      sink.add(rawError('negative-adjustment', { cell: reader.lastAddress() ?? unitCell(cx.joined, unit) }, { value: reader.value, column: adj.column }));
      ok = false;
      continue;
    }
    const v = Math.min(reader.value, adj.max ?? Infinity);
    if (adj.type === 'bonus') bonus += v;
    else deduction += v;
  }
  return { bonus, deduction, veto: vetoes.length > 0 ? vetoes.join('；') : null, ok };
}

/** Returns null for a unit whose cells have errors (already reported to the sink). */
export function scoreUnits(joined: JoinedTables, ruleSet: RuleSet, elapsed: number, sink: IssueSink): ScoredUnit[] {
  const sources = sourcesOf(joined, ruleSet);
  const cx: ReadContext = { joined, reader: new ColumnReader(joined), sources, sink, direct: directColumnsOf(ruleSet, sources) };
  const byGroup = ruleSet.unit.groupColumn !== undefined && (ruleSet.ranking?.byGroup ?? true);
  const indicators = ruleSet.indicators;
  const scored: ScoredUnit[] = [];
  let broken = false;

  for (const unit of joined.units) {
    const group = ruleSet.unit.groupColumn === undefined ? null : cx.reader.resolveText(unit, cx.sources.group, sink);
    const figs = new Array<IndicatorScore>(indicators.length);
    for (let i = 0; i < indicators.length; i++) {
      const fig = readFigures(unit, indicators[i], i, cx);
      if (fig === null) broken = true;
      else figs[i] = fig;
    }
    const adj = readAdjustments(unit, ruleSet, cx);
    if (!adj.ok || group?.invalid) broken = true;
    const groupName = group?.text ?? null;
    scored.push({
      unit,
      group: groupName,
      // `Ａ组` and `A组` are one group, as they are one value across ranges.
      scope: byGroup ? unitKey(groupName ?? '') : '',
      indicators: figs,
      bonus: adj.bonus,
      deduction: adj.deduction,
      veto: adj.veto,
      indicatorSum: 0,
    });
  }
  if (broken) return [];

  let overflow = false;
  ruleSet.indicators.forEach((ind, i) => {
    for (const s of scoreIndicator(scored, ind, i, elapsed)) {
      sink.add(rawError('number-too-large', { cell: unitCell(joined, s.unit) }, { indicator: ind.id, what: 'score' }));
      overflow = true;
    }
  });
  if (overflow) return [];

  for (const s of scored) s.indicatorSum = indicatorSum(s, ruleSet);
  return scored;
}

/** What a scope's peers give a method, once per scope (relative: the best; rank: the sorted values). */
export function preparePeers(scored: readonly ScoredUnit[], ind: IndicatorRule, i: number): Map<string, unknown> {
  const method = methodOf(ind.method.type)!;
  const prepared = new Map<string, unknown>();
  if (!method.prepare) return prepared;
  const peers = new Map<string, number[]>();
  for (const s of scored) {
    const x = s.indicators[i].x;
    if (x === null) continue;
    let list = peers.get(s.scope);
    if (list === undefined) peers.set(s.scope, (list = []));
    list.push(x);
  }
  for (const [scope, values] of peers) prepared.set(scope, method.prepare(values, ind.method, ind.direction ?? 'higher'));
  return prepared;
}

/**
 * Scores indicator `i` of every unit against its peers (the scope's units that have a figure),
 * in place. Returns the units whose score overflowed.
 */
export function scoreIndicator(scored: readonly ScoredUnit[], ind: IndicatorRule, i: number, elapsed: number): ScoredUnit[] {
  const method = methodOf(ind.method.type)!;
  const direction: Direction = ind.direction ?? 'higher';
  const prepared = preparePeers(scored, ind, i);
  const ctx = { weight: ind.weight, direction, elapsed };
  const overflowed: ScoredUnit[] = [];
  // Units of one scope mostly come together: look the scope's peers up once per run of them.
  let scope: string | null = null;
  let peers: unknown;
  for (const s of scored) {
    const f = s.indicators[i];
    if (s.scope !== scope) {
      scope = s.scope;
      peers = prepared.get(scope);
    }
    if (f.policy === 'full') f.score = ind.weight;
    else if (f.x !== null) f.score = method.score(f.x, ind.method, ctx, peers);
    if (f.score !== null && !Number.isFinite(f.score)) overflowed.push(s);
  }
  return overflowed;
}

/** Σ of the scores that apply, scaled up to the full weight when some indicators do not apply. */
export function indicatorSum(s: ScoredUnit, ruleSet: RuleSet): number {
  let total = 0;
  let sum = 0;
  let applying = 0;
  for (let i = 0; i < s.indicators.length; i++) {
    const score = s.indicators[i].score;
    const weight = ruleSet.indicators[i].weight;
    total += weight;
    if (score === null) continue;
    sum += score;
    applying += weight;
  }
  return applying === 0 ? 0 : applying === total ? sum : (sum * total) / applying;
}
