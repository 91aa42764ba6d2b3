// Rank over time (issue 7, History): the runs stored in the workbook as one table per rule set,
// a column per period in time order and a row per unit, each cell the unit's rank and total.
// Pure and host-free: the CLI prints it and the history sheet lays it out.
import { parsePeriod } from '../engine/period';
import type { StoredRun } from './store';

export interface HistoryCell {
  rank: number;
  total: number;
}

/** A column: the period and the run that stands for it (the latest run of that period). */
export interface HistoryPeriod {
  label: string;
  elapsed: number;
  /** ISO time of the run shown. */
  time: string;
}

export interface HistoryRow {
  /** As stored; rows are matched by this exact text. */
  unit: string;
  /** From the latest period the unit was ranked in; ranks are within it when ranked by group. */
  group: string | null;
  /** One per period; null where the unit was not ranked in that period. */
  cells: (HistoryCell | null)[];
}

export interface RankHistory {
  ruleSet: string;
  periods: HistoryPeriod[];
  rows: HistoryRow[];
  /** Some unit has a group: the table keeps a group column. */
  grouped: boolean;
}

const timeOf = (run: StoredRun): number => Date.parse(run.time);

/**
 * Where a period sits in time: the end of a period the engine can read (`2026Q1` ends on
 * 1 April 2026, `2026` on 1 January 2027), else the time it was run. Null key: not a known form.
 */
function periodOrder(run: StoredRun): { key: string; at: number } {
  const label = run.period.label;
  const parsed = parsePeriod(label).period;
  const year = /^\d{4}/.exec(label.trim());
  if (parsed === null || year === null) return { key: label, at: timeOf(run) };
  return { key: parsed.label.toUpperCase(), at: Date.UTC(Number(year[0]), Math.round(parsed.elapsed * 12), 1) };
}

/** Rule-set names in the log, the most recently run first (of equal times, the later in the log). */
export function ruleSetNames(runs: readonly StoredRun[]): string[] {
  const latest = new Map<string, { at: number; index: number }>();
  runs.forEach((run, index) => {
    const at = timeOf(run);
    const seen = latest.get(run.ruleSet);
    if (seen === undefined || at >= seen.at) latest.set(run.ruleSet, { at, index });
  });
  return [...latest.entries()].sort(([, a], [, b]) => b.at - a.at || b.index - a.index).map(([name]) => name);
}

/** The runs of one rule set that stand for their periods, in time order. */
function periodRuns(runs: readonly StoredRun[], ruleSet: string): StoredRun[] {
  const byPeriod = new Map<string, { run: StoredRun; at: number }>();
  for (const run of runs) {
    if (run.ruleSet !== ruleSet) continue;
    const { key, at } = periodOrder(run);
    const kept = byPeriod.get(key);
    // The latest run of a period wins; of two at the same time, the later in the log.
    if (kept === undefined || timeOf(run) >= timeOf(kept.run)) byPeriod.set(key, { run, at });
  }
  return [...byPeriod.values()]
    .sort((a, b) => a.at - b.at || timeOf(a.run) - timeOf(b.run) || (a.run.period.label < b.run.period.label ? -1 : 1))
    .map((p) => p.run);
}

/**
 * The rank-over-time table of one rule set. Rows: the units of the latest period, group by group
 * (groups in the order that run lists them) and by rank inside each; then units that left
 * earlier, the most recently seen first. Empty when the log has no run of that name.
 */
export function rankHistory(runs: readonly StoredRun[], ruleSet: string): RankHistory {
  const columns = periodRuns(runs, ruleSet);
  const rows = new Map<string, HistoryRow & { lastSeen: number; lastRank: number; order: number }>();
  columns.forEach((run, c) => {
    const seen = new Set<string>();
    for (const u of run.units) {
      // A unit twice in one run (a hand-edited store) counts once: the first entry.
      if (seen.has(u.unit)) continue;
      seen.add(u.unit);
      let row = rows.get(u.unit);
      if (row === undefined) {
        row = { unit: u.unit, group: u.group, cells: new Array<HistoryCell | null>(columns.length).fill(null), lastSeen: c, lastRank: u.rank, order: 0 };
        rows.set(u.unit, row);
      }
      row.cells[c] = { rank: u.rank, total: u.total };
      row.group = u.group;
      row.lastSeen = c;
      row.lastRank = u.rank;
    }
  });
  const latest = columns.at(-1);
  const groupOrder = new Map<string | null, number>();
  for (const u of latest?.units ?? []) if (!groupOrder.has(u.group)) groupOrder.set(u.group, groupOrder.size);
  latest?.units.forEach((u, i) => {
    const row = rows.get(u.unit);
    if (row !== undefined && row.order === 0) row.order = i + 1;
  });
  const last = columns.length - 1;
  const sorted = [...rows.values()].sort((a, b) => {
    const aNow = a.lastSeen === last;
    const bNow = b.lastSeen === last;
    if (aNow !== bNow) return aNow ? -1 : 1;
    if (aNow) return (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0) || a.lastRank - b.lastRank || a.order - b.order;
    return b.lastSeen - a.lastSeen || a.lastRank - b.lastRank || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0);
  });
  return {
    ruleSet,
    periods: columns.map((run) => ({ label: run.period.label, elapsed: run.period.elapsed, time: run.time })),
    rows: sorted.map(({ unit, group, cells }) => ({ unit, group, cells })),
    grouped: sorted.some((r) => r.group !== null),
  };
}
