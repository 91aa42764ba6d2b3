// evaluate(): rule set + tables + period in, ranked results and issues out (spec sections 1–3, 4.3).
import { describeIssue } from './i18n/describe';
import { hasErrors, rawError, type RawIssue } from './issues';
import { joinTables, unitCell, type JoinedTables } from './join';
import { parsePeriod } from './period';
import { excelRound } from './round';
import type { RuleSet } from './ruleset/schema';
import { validateRuleSet } from './ruleset/validate';
import { IssueSink } from './resolve';
import { orNull, rateAt, type Figures } from './figures';
import { scoreUnits, type Scored } from './score';
import { precisionOf, standingOf, totalsOf, type Standing } from './standing';
import { sortIndexes } from './sortIndexes';
import { tierIndexAt } from './tiers';
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
  // With one range every unit has its row there.
  if (joined.tables.length === 1) return;
  const strictTables = [...new Set(cols.filter((c) => c.strict).flatMap((c) => (joined.columns.get(c.key) ?? []).map((src) => src.table)))];
  for (let u = 0; u < joined.units.key.length; u++) {
    for (const t of strictTables) {
      if (joined.rows[t][u] >= 0) continue;
      const range = joined.tables[joined.firstTable[u]].name;
      issues.push(rawError('missing-unit', { cell: unitCell(joined, u) }, { unit: joined.units.name[u], range, missingRange: joined.tables[t].name }));
    }
  }
}

function failed(ruleSetName: string, period: Period | null, issues: readonly RawIssue[], lang: Lang): ColumnRun {
  const head = { format: 'standings/result@1' as const, ruleSet: ruleSetName, period: period ?? { label: '', elapsed: 0 }, issues: issues.map((i) => describeIssue(i, lang)) };
  return { head, state: null, order: null };
}

export function evaluate(ruleSetInput: unknown, tables: readonly Table[], periodLabel: string, options: EvaluateOptions = {}): RunResult {
  const run = evaluateColumns(ruleSetInput, tables, periodLabel, options);
  const { format, ruleSet, period, issues } = run.head;
  // Keys in the spec's order (section 4.3): the JSON result is read by people too.
  if (run.state === null) return { format, ruleSet, period, units: [], issues };
  const { state, order } = run;
  const result: RunResult = { format, ruleSet, period, units: unitResults(state, order, options.previousRanks), issues };
  if (options.explain !== undefined && options.explain !== false) {
    const wanted = options.explain === true ? null : new Set(options.explain.map(unitKey));
    result.explanations = explainUnits(state, Array.from(order).filter((u) => wanted === null || wanted.has(state.scored.units.key[u])));
  }
  return result;
}

/** A run kept in the engine's columns: everything evaluate() returns but the unit objects. */
export type ColumnRun = { head: Omit<RunResult, 'units'> } & ({ state: RunState; order: Int32Array } | { state: null; order: null });

/**
 * The run itself: read, score, rank and assign tiers, all in columns. evaluate() then builds one
 * object a unit for the spec's result; benchmarks time the two apart.
 */
export function evaluateColumns(ruleSetInput: unknown, tables: readonly Table[], periodLabel: string, options: EvaluateOptions = {}): ColumnRun {
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
  // Scored even after join errors: every error is reported at once.
  const scored = scoreUnits(joined, rs, period.elapsed, sink);
  if (scored !== null && !hasErrors(sink.issues) && scored.units.key.length === 0) sink.add(rawError('no-units', { path: 'sources' }));
  if (scored === null || hasErrors(sink.issues)) return failed(rs.name, period, sink.issues, lang);

  const totals = totalsOf(rs, scored);
  const standing = standingOf(rs, scored, totals);
  standing.issues.forEach((i) => sink.add(i));
  const head = { format: 'standings/result@1' as const, ruleSet: rs.name, period, issues: sink.issues.map((i) => describeIssue(i, lang)) };
  return { head, state: { rs, joined, scored, elapsed: period.elapsed, totals, standing }, order: rowOrder(rs, scored, standing) };
}

/** The spec's result objects (section 4.3), in result-row order. */
function unitResults(state: RunState, order: Int32Array, previousRanks: EvaluateOptions['previousRanks']): UnitResult[] {
  const { rs, scored, totals, standing } = state;
  const precision = precisionOf(rs);
  const tiers = rs.tiers ?? [];
  const ids = rs.indicators.map((ind) => ind.id);
  const units = new Array<UnitResult>(order.length);
  for (let row = 0; row < order.length; row++) {
    const u = order[row];
    const t = tierIndexAt(standing.tiers, u);
    const tier = t === null ? null : tiers[t];
    const indicators: UnitResult['indicators'] = {};
    for (let i = 0; i < ids.length; i++) indicators[ids[i]] = indicatorResult(scored.figures[i], u, precision);
    const name = scored.units.name[u];
    units[row] = {
      unit: name,
      group: scored.group[u],
      rank: standing.ranks[u],
      total: totals[u],
      tier: tier?.label ?? null,
      tierKind: tier ? (tier.kind ?? 'neutral') : null,
      veto: scored.veto[u],
      previousRank: previousRankOf(previousRanks, name),
      indicators,
      bonus: excelRound(scored.bonus[u], precision),
      deduction: excelRound(scored.deduction[u], precision),
    };
  }
  return units;
}

function indicatorResult(f: Figures, u: number, precision: number): IndicatorResult {
  const score = f.score[u];
  return { target: orNull(f.target[u]), actual: orNull(f.actual[u]), rate: orNull(rateAt(f, u)), score: score === score ? excelRound(score, precision) : null };
}

/** Result rows: by group (when ranks are per group), then rank, then input order. */
function rowOrder(rs: RuleSet, scored: Scored, standing: Standing): Int32Array {
  const n = scored.units.key.length;
  const ranks = standing.ranks;
  // Rows follow the groups only when ranks are per group; one ranking reads best as one list.
  const byGroup = rs.unit.groupColumn !== undefined && (rs.ranking?.byGroup ?? true);
  // One scope: the ranking's own order is by rank, then input order (its sort is stable).
  if (!byGroup && standing.sorted !== null) return standing.sorted;
  const groupKey = new Float64Array(n);
  const rankKey = new Float64Array(n);
  const inputKey = new Float64Array(n);
  const groupOrder = new Map<string | null, number>();
  for (let u = 0; u < n; u++) {
    if (byGroup) {
      const group = scored.group[u];
      let g = groupOrder.get(group);
      if (g === undefined) groupOrder.set(group, (g = groupOrder.size));
      groupKey[u] = g;
    }
    rankKey[u] = ranks[u];
    inputKey[u] = scored.units.order[u];
  }
  return sortIndexes(n, [groupKey, rankKey, inputKey]);
}

// Own properties only: a unit named `constructor` must not find Object.prototype's.
function previousRankOf(ranks: EvaluateOptions['previousRanks'], unit: string): number | null {
  if (ranks === undefined || !Object.hasOwn(ranks, unit)) return null;
  const r = ranks[unit];
  return typeof r === 'number' ? r : null;
}
