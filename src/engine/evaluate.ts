// evaluate(): rule set + tables + period in, ranked results and issues out (spec sections 1–3, 4.3).
import { describeIssue } from './i18n/describe';
import { hasErrors, rawError, type RawIssue } from './issues';
import { joinTables, unitCell, type JoinedTables } from './join';
import { parsePeriod } from './period';
import { excelRound } from './round';
import type { RuleSet } from './ruleset/schema';
import { validateRuleSet } from './ruleset/validate';
import { IssueSink } from './resolve';
import { scoreUnits, type IndicatorScore, type ScoredUnit } from './score';
import { precisionOf, standingOf, totalsOf } from './standing';
import { sortIndexes } from './sortIndexes';
import { headerKey, unitKey } from './text';
import { explainUnits, type RunState } from './explain/explainUnits';
import type { EvaluateOptions, IndicatorResult, Lang, Period, RunResult, Table, UnitResult } from './types';

interface RuleColumn {
  key: string;
  name: string;
  path: string;
  /** A unit absent from a range holding this column is an error. */
  strict: boolean;
}

function ruleColumns(rs: RuleSet): RuleColumn[] {
  const cols: RuleColumn[] = [];
  const add = (name: string, path: string, strict: boolean): void => {
    cols.push({ key: headerKey(name), name, path, strict });
  };
  if (rs.unit.groupColumn !== undefined) add(rs.unit.groupColumn, 'unit.groupColumn', true);
  rs.indicators.forEach((ind, i) => {
    const strict = (ind.missing ?? 'error') === 'error';
    if (ind.target !== undefined) add(ind.target, `indicators[${i}].target`, strict);
    add(ind.actual, `indicators[${i}].actual`, strict);
  });
  (rs.adjustments ?? []).forEach((adj, a) => add(adj.column, `adjustments[${a}].column`, false));
  return cols;
}

function checkColumns(joined: JoinedTables, cols: readonly RuleColumn[], issues: RawIssue[]): void {
  const reported = new Set<string>();
  for (const col of cols) {
    if (joined.columns.has(col.key) || reported.has(col.path)) continue;
    reported.add(col.path);
    const headers = [...new Set(joined.tables.flatMap((t) => t.header).filter((h) => h.trim() !== ''))].join(', ');
    issues.push(rawError('missing-column', { path: col.path }, { column: col.name, headers }));
  }
  const strictTables = [...new Set(cols.filter((c) => c.strict).flatMap((c) => (joined.columns.get(c.key) ?? []).map((src) => src.table)))];
  for (const unit of joined.units) {
    for (const t of strictTables) {
      if (unit.rows[t] >= 0) continue;
      const range = joined.tables[unit.firstTable].name;
      issues.push(rawError('missing-unit', { cell: unitCell(joined, unit) }, { unit: unit.name, range, missingRange: joined.tables[t].name }));
    }
  }
}

function failed(ruleSetName: string, period: Period | null, issues: readonly RawIssue[], lang: Lang): RunResult {
  return {
    format: 'standings/result@1',
    ruleSet: ruleSetName,
    period: period ?? { label: '', elapsed: 0 },
    units: [],
    issues: issues.map((i) => describeIssue(i, lang)),
  };
}

export function evaluate(ruleSetInput: unknown, tables: readonly Table[], periodLabel: string, options: EvaluateOptions = {}): RunResult {
  const lang = options.lang ?? 'zh-CN';
  const validated = validateRuleSet(ruleSetInput);
  const { period, issues: periodIssues } = parsePeriod(periodLabel, options.elapsed);
  const name = validated.ruleSet?.name ?? '';
  if (!validated.ruleSet || !period) return failed(name, period, [...validated.issues, ...periodIssues], lang);
  const rs = validated.ruleSet;

  const sink = new IssueSink();
  if (tables.length === 0) sink.add(rawError('no-sources', { path: 'sources' }));
  const cols = ruleColumns(rs);
  const structural: RawIssue[] = [];
  const joined = joinTables(tables, rs.unit.column, new Set(cols.map((c) => c.key)), structural);
  checkColumns(joined, cols, structural);
  structural.forEach((i) => sink.add(i));
  const scored = scoreUnits(joined, rs, period.elapsed, sink);
  if (!hasErrors(sink.issues) && scored.length === 0) sink.add(rawError('no-units', { path: 'sources' }));
  if (hasErrors(sink.issues)) return failed(rs.name, period, sink.issues, lang);

  const { units, order, state } = finish(rs, scored, options, sink, joined, period.elapsed);
  const result: RunResult = { format: 'standings/result@1', ruleSet: rs.name, period, units, issues: sink.issues.map((i) => describeIssue(i, lang)) };
  if (options.explain !== undefined && options.explain !== false) {
    const wanted = options.explain === true ? null : new Set(options.explain.map(unitKey));
    result.explanations = explainUnits(state, Array.from(order).filter((u) => wanted === null || wanted.has(scored[u].unit.key)));
  }
  return result;
}

interface Finished {
  units: UnitResult[];
  /** Index into `scored` of each result row. */
  order: Int32Array;
  state: RunState;
}

function finish(rs: RuleSet, scored: readonly ScoredUnit[], options: EvaluateOptions, sink: IssueSink, joined: JoinedTables, elapsed: number): Finished {
  const precision = precisionOf(rs);
  const totals = totalsOf(rs, scored);
  const standing = standingOf(rs, scored, totals);
  standing.issues.forEach((i) => sink.add(i));
  const order = rowOrder(rs, scored, standing.ranks);
  const tiers = rs.tiers ?? [];
  const ids = rs.indicators.map((ind) => ind.id);
  const units = new Array<UnitResult>(order.length);
  for (let row = 0; row < order.length; row++) {
    const u = order[row];
    const s = scored[u];
    const t = standing.tiers[u];
    const tier = t === null || t === undefined ? null : tiers[t];
    const indicators: UnitResult['indicators'] = {};
    for (let i = 0; i < ids.length; i++) indicators[ids[i]] = indicatorResult(s.indicators[i], precision);
    units[row] = {
      unit: s.unit.name,
      group: s.group,
      rank: standing.ranks[u],
      total: totals[u],
      tier: tier?.label ?? null,
      tierKind: tier ? (tier.kind ?? 'neutral') : null,
      veto: s.veto,
      previousRank: previousRankOf(options.previousRanks, s.unit.name),
      indicators,
      bonus: excelRound(s.bonus, precision),
      deduction: excelRound(s.deduction, precision),
    };
  }
  return { units, order, state: { rs, joined, scored, elapsed, totals, standing } };
}

function indicatorResult(r: IndicatorScore, precision: number): IndicatorResult {
  return { target: r.target, actual: r.actual, rate: r.rate, score: r.score === null ? null : excelRound(r.score, precision) };
}

/** Result rows: by group (when ranks are per group), then rank, then input order. */
function rowOrder(rs: RuleSet, scored: readonly ScoredUnit[], ranks: readonly number[]): Int32Array {
  const n = scored.length;
  // Rows follow the groups only when ranks are per group; one ranking reads best as one list.
  const byGroup = rs.unit.groupColumn !== undefined && (rs.ranking?.byGroup ?? true);
  const groupKey = new Float64Array(n);
  const rankKey = new Float64Array(n);
  const inputKey = new Float64Array(n);
  const groupOrder = new Map<string | null, number>();
  for (let u = 0; u < n; u++) {
    const s = scored[u];
    if (byGroup) {
      let g = groupOrder.get(s.group);
      if (g === undefined) groupOrder.set(s.group, (g = groupOrder.size));
      groupKey[u] = g;
    }
    rankKey[u] = ranks[u];
    inputKey[u] = s.unit.order;
  }
  return sortIndexes(n, [groupKey, rankKey, inputKey]);
}

// Own properties only: a unit named `constructor` must not find Object.prototype's.
function previousRankOf(ranks: EvaluateOptions['previousRanks'], unit: string): number | null {
  if (ranks === undefined || !Object.hasOwn(ranks, unit)) return null;
  const r = ranks[unit];
  return typeof r === 'number' ? r : null;
}
