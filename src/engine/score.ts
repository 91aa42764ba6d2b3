// Scores every unit on every indicator (spec 3.1, 3.2): reads the figures, applies the missing
// policy, scores against peers, and adds the adjustments, all in columns (figures.ts).
import { copyFigures, FULL, newFigures, pickFigures, putFigure, xAt, xsInto, type Figures } from './figures';
import { rawError } from './issues';
import { unitCell, type ColumnSource, type JoinedTables, type UnitColumns } from './join';
import { methodOf } from './methods/registry';
import { readPlainFigures, type DirectColumns } from './plainFigures';
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

/** The units of a run, scored, by unit index (the joined units' order). */
export interface Scored {
  units: UnitColumns;
  group: readonly (string | null)[];
  /** The ranking scope: the folded group when ranks are per group, else ''. */
  scope: readonly string[];
  /** By indicator. */
  figures: Figures[];
  bonus: Float64Array;
  deduction: Float64Array;
  veto: readonly (string | null)[];
  /** Σ indicator scores, scaled when some do not apply (unrounded). */
  indicatorSum: Float64Array;
  /** Every unit in one scope: each indicator is then scored in one loop of its method. */
  oneScope: boolean;
}

/** The units at `indexes`, in that order (one scope for the explanations' re-runs). */
export function subsetOf(s: Scored, indexes: readonly number[]): Scored {
  const pick = <T>(list: readonly T[]): T[] => indexes.map((u) => list[u]);
  const pickNumbers = (list: Float64Array): Float64Array => Float64Array.from(indexes, (u) => list[u]);
  return {
    units: { key: pick(s.units.key), name: pick(s.units.name), order: Int32Array.from(indexes, (u) => s.units.order[u]) },
    group: pick(s.group),
    scope: pick(s.scope),
    figures: s.figures.map((f) => pickFigures(f, indexes)),
    bonus: pickNumbers(s.bonus),
    deduction: pickNumbers(s.deduction),
    veto: pick(s.veto),
    indicatorSum: pickNumbers(s.indicatorSum),
    oneScope: oneScope(pick(s.scope)),
  };
}

/** A copy in which indicator `i`'s figures and the sums may be changed; everything else is shared. */
export function withOwnFigures(s: Scored, i: number): Scored {
  const figures = s.figures.slice();
  figures[i] = copyFigures(s.figures[i]);
  return { ...s, figures, indicatorSum: s.indicatorSum.slice() };
}

/** Sets one unit's actual figure for indicator `i` (a changed figure, as the gap analysis tries). */
export function setActual(s: Scored, u: number, i: number, actual: number): void {
  const f = s.figures[i];
  f.actual[u] = actual;
  f.policy[u] = 0;
  f.score[u] = NaN;
}

const NOT_A_VETO = new Set(['0', 'false', '否', 'no']);

/** Reads one indicator's figures for unit `u` through the reader; false when a cell is wrong (already reported). */
function readFigures(u: number, ind: IndicatorRule, i: number, cx: ReadContext, f: Figures): boolean {
  const { reader, sources, sink } = cx;
  const policy = ind.missing ?? 'error';
  let tKind: ResolveKind = FOUND;
  let t = 0;
  let tCell: string | null = null;
  if (ind.target !== undefined) {
    tKind = reader.resolveNumber(u, sources.target[i], ind.scale, sink);
    t = reader.value;
    if (tKind !== INVALID && (tKind === BLANK || t <= 0)) tCell = reader.lastAddress();
  }
  const aKind = reader.resolveNumber(u, sources.actual[i], ind.scale, sink);
  const a = reader.value;
  if (aKind === INVALID || tKind === INVALID) return false;
  const hasTarget = ind.target !== undefined;
  const anyBlank = tKind === BLANK || aKind === BLANK;
  if (anyBlank) {
    if (policy === 'error') {
      const aCell = aKind === BLANK ? reader.lastAddress() : null;
      if (tKind === BLANK && tCell !== null) sink.add(rawError('missing-value', { cell: tCell }, { indicator: ind.id }));
      if (aCell !== null) sink.add(rawError('missing-value', { cell: aCell }, { indicator: ind.id }));
      return false;
    }
    if (policy === 'full' || policy === 'exclude') {
      putFigure(f, u, hasTarget && tKind === FOUND ? t : null, aKind === FOUND ? a : null, policy);
      return true;
    }
  }
  const actual = aKind === FOUND ? a : 0;
  const used = anyBlank ? 'zero' : null;
  if (!hasTarget) {
    putFigure(f, u, null, actual, used);
    return true;
  }
  const target = tKind === FOUND ? t : 0;
  if (target <= 0) {
    sink.add(rawError('bad-target', { cell: tCell ?? unitCell(cx.joined, u) }, { value: target, indicator: ind.id }));
    return false;
  }
  const rate = actual / target;
  if (!Number.isFinite(rate)) {
    sink.add(rawError('number-too-large', { cell: reader.lastAddress() ?? unitCell(cx.joined, u) }, { indicator: ind.id, what: 'rate' }));
    return false;
  }
  putFigure(f, u, target, actual, used);
  return true;
}

interface Adjustments {
  bonus: number;
  deduction: number;
  veto: string | null;
  ok: boolean;
}

function readAdjustments(u: number, ruleSet: RuleSet, cx: ReadContext): Adjustments {
  const adjustments = ruleSet.adjustments ?? [];
  const { reader, sources, sink } = cx;
  let bonus = 0;
  let deduction = 0;
  const vetoes: string[] = [];
  let ok = true;
  for (let a = 0; a < adjustments.length; a++) {
    const adj = adjustments[a];
    const refs = sources.adjustments[a];
    if (adj.type === 'veto') {
      const r = reader.resolveText(u, refs, sink);
      if (r.invalid) ok = false;
      else if (r.text !== null && !NOT_A_VETO.has(unitKey(r.text).toLowerCase())) vetoes.push(r.text);
      continue;
    }
    const kind = reader.resolveNumber(u, refs, undefined, sink);
    if (kind === INVALID) {
      ok = false;
      continue;
    }
    if (kind === BLANK) continue;
    if (reader.value < 0) {
      sink.add(rawError('negative-adjustment', { cell: reader.lastAddress() ?? unitCell(cx.joined, u) }, { value: reader.value, column: adj.column }));
      ok = false;
      continue;
    }
    const v = Math.min(reader.value, adj.max ?? Infinity);
    if (adj.type === 'bonus') bonus += v;
    else deduction += v;
  }
  return { bonus, deduction, veto: vetoes.length > 0 ? vetoes.join('；') : null, ok };
}

/** Returns null when some unit's cells have errors (already reported to the sink). */
export function scoreUnits(joined: JoinedTables, ruleSet: RuleSet, elapsed: number, sink: IssueSink): Scored | null {
  const sources = sourcesOf(joined, ruleSet);
  const cx: ReadContext = { joined, reader: new ColumnReader(joined), sources, sink };
  const byGroup = ruleSet.unit.groupColumn !== undefined && (ruleSet.ranking?.byGroup ?? true);
  const indicators = ruleSet.indicators;
  const units = joined.units;
  const n = units.key.length;
  const figures = indicators.map((ind) => newFigures(n, ind.target !== undefined));
  const hasGroup = ruleSet.unit.groupColumn !== undefined;
  const hasAdjustments = (ruleSet.adjustments ?? []).length > 0;
  // Without their columns, groups and vetoes are all null: one array serves both (each array of
  // 100,000 is fresh memory the system has to hand over, a millisecond of the run).
  const nulls = hasGroup && hasAdjustments ? null : new Array<null>(n).fill(null);
  const group: (string | null)[] = hasGroup ? new Array<string | null>(n).fill(null) : nulls!;
  const veto: (string | null)[] = hasAdjustments ? new Array<string | null>(n).fill(null) : nulls!;
  const scope = new Array<string>(n).fill('');
  const bonus = new Float64Array(n);
  const deduction = new Float64Array(n);
  let broken = false;

  // Figures the plain reader leaves (blanks, text, bad targets) go through the column reader,
  // unit by unit with the group and the adjustments, so issues come in row order.
  const slow = readPlainFigures(joined, directColumnsOf(ruleSet, sources), figures);
  const count = indicators.length;
  let next = 0;
  for (let u = hasGroup || hasAdjustments ? 0 : slow.length > 0 ? Math.floor(slow[0] / count) : n; u < n; u++) {
    if (hasGroup) {
      const g = cx.reader.resolveText(u, cx.sources.group, sink);
      if (g.invalid) broken = true;
      group[u] = g.text;
      // `Ａ组` and `A组` are one group, as they are one value across ranges.
      if (byGroup) scope[u] = unitKey(g.text ?? '');
    }
    for (; next < slow.length && slow[next] < (u + 1) * count; next++) {
      const i = slow[next] - u * count;
      const f = figures[i];
      if (readFigures(u, indicators[i], i, cx, f)) f.score[u] = xAt(f, u);
      else broken = true;
    }
    if (hasAdjustments) {
      const adj = readAdjustments(u, ruleSet, cx);
      if (!adj.ok) broken = true;
      bonus[u] = adj.bonus;
      deduction[u] = adj.deduction;
      veto[u] = adj.veto;
    }
  }
  if (broken) return null;

  const scored: Scored = { units, group, scope, figures, bonus, deduction, veto, indicatorSum: new Float64Array(n), oneScope: oneScope(scope) };
  let overflowed: number[][];
  if (slow.length > 0) {
    overflowed = indicators.map((ind, i) => scoreIndicator(scored, ind, i, elapsed, true));
    indicatorSums(scored, ruleSet);
  } else {
    indicators.forEach((ind, i) => applyMethod(scored, ind, i, elapsed, true));
    indicatorSums(scored, ruleSet);
    overflowed = overflowedBySums(scored);
  }
  let overflow = false;
  overflowed.forEach((units, i) => {
    for (const u of units) {
      sink.add(rawError('number-too-large', { cell: unitCell(joined, u) }, { indicator: indicators[i].id, what: 'score' }));
      overflow = true;
    }
  });
  return overflow ? null : scored;
}

/**
 * Each indicator's units whose score overflowed, found from the sums when every figure was read
 * the plain way: then no blank counts as full marks (missing: full), a score is finite or none,
 * unless it overflowed, and an overflowed score leaves its unit's sum not finite. So only those
 * units are looked at, instead of every score column once more.
 */
function overflowedBySums(scored: Scored): number[][] {
  const overflowed = scored.figures.map((): number[] => []);
  const sums = scored.indicatorSum;
  for (let u = 0; u < sums.length; u++) {
    if (sums[u] - sums[u] === 0) continue;
    scored.figures.forEach((f, i) => {
      const v = f.score[u];
      if (v - v !== 0 && v === v) overflowed[i].push(u);
    });
  }
  return overflowed;
}

/** What a scope's peers give a method, once per scope (relative: the best; rank: the sorted values). */
export function preparePeers(scored: Scored, ind: IndicatorRule, i: number): Map<string, unknown> {
  const method = methodOf(ind.method.type)!;
  const prepared = new Map<string, unknown>();
  if (!method.prepare) return prepared;
  const peers = new Map<string, number[]>();
  const f = scored.figures[i];
  for (let u = 0; u < scored.scope.length; u++) {
    const x = xAt(f, u);
    if (x !== x) continue;
    let list = peers.get(scored.scope[u]);
    if (list === undefined) peers.set(scored.scope[u], (list = []));
    list.push(x);
  }
  for (const [scope, values] of peers) prepared.set(scope, method.prepare(values, ind.method, ind.direction ?? 'higher'));
  return prepared;
}

/**
 * Scores indicator `i` of every unit against its peers (the scope's units that have a figure),
 * in place. `xsRead`: the score column already holds each unit's scored value (as the reader
 * leaves it). Returns the indexes of the units whose score overflowed.
 */
export function scoreIndicator(scored: Scored, ind: IndicatorRule, i: number, elapsed: number, xsRead = false): number[] {
  applyMethod(scored, ind, i, elapsed, xsRead);
  const { score, policy } = scored.figures[i];
  // Full marks where a blank counts as met (missing: full); any other score must be finite.
  const overflowed: number[] = [];
  for (let u = 0; u < score.length; u++) {
    const v = score[u];
    if (v - v === 0) continue;
    if (policy[u] === FULL) score[u] = ind.weight;
    else if (v === v) overflowed.push(u);
  }
  return overflowed;
}

/** scoreIndicator's points before the check: the method applied to every unit's value, in place. */
function applyMethod(scored: Scored, ind: IndicatorRule, i: number, elapsed: number, xsRead: boolean): void {
  const method = methodOf(ind.method.type)!;
  const direction: Direction = ind.direction ?? 'higher';
  const prepared = preparePeers(scored, ind, i);
  const ctx = { weight: ind.weight, direction, elapsed };
  const f = scored.figures[i];
  const { score } = f;
  const n = score.length;
  if (scored.oneScope) {
    // The scored values in place (the reader left them there, or computed now), then the
    // method's own loop turns them into points.
    if (!xsRead) xsInto(f, score);
    method.scoreAll(score, ind.method, ctx, n === 0 ? undefined : prepared.get(scored.scope[0]));
  } else {
    // Units of one scope mostly come together: look the scope's peers up once per run of them.
    let scope: string | null = null;
    let peers: unknown;
    for (let u = 0; u < n; u++) {
      if (scored.scope[u] !== scope) {
        scope = scored.scope[u];
        peers = prepared.get(scope);
      }
      const x = xsRead ? score[u] : xAt(f, u);
      score[u] = x === x ? method.score(x, ind.method, ctx, peers) : NaN;
    }
  }
}

function oneScope(scopes: readonly string[]): boolean {
  for (let u = 1; u < scopes.length; u++) if (scopes[u] !== scopes[0]) return false;
  return true;
}

/** The score columns, their weights and the full weight, as the sums below read them. */
interface Weighted {
  scores: Float64Array[];
  weights: Float64Array;
  total: number;
}

function weightedOf(scored: Scored, ruleSet: RuleSet): Weighted {
  const weights = Float64Array.from(ruleSet.indicators, (ind) => ind.weight);
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  return { scores: scored.figures.map((f) => f.score), weights, total };
}

/** Σ of unit `u`'s scores that apply, scaled up to the full weight when some indicators do not apply. */
function scaledSum({ scores, weights, total }: Weighted, u: number): number {
  let sum = 0;
  let applying = 0;
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i][u];
    if (v !== v) continue; // does not apply
    sum += v;
    applying += weights[i];
  }
  return applying === 0 ? 0 : applying === total ? sum : (sum * total) / applying;
}

/** Fills every unit's indicator sum, its scores read side by side. */
export function indicatorSums(scored: Scored, ruleSet: RuleSet): void {
  const sums = scored.indicatorSum;
  const weighted = weightedOf(scored, ruleSet);
  for (let u = 0; u < sums.length; u++) sums[u] = scaledSum(weighted, u);
}

/** One unit's indicator sum (the explanations' re-runs). */
export function indicatorSum(scored: Scored, u: number, ruleSet: RuleSet): number {
  return scaledSum(weightedOf(scored, ruleSet), u);
}
