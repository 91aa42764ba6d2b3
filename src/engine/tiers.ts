// Tiers (spec 3.4): each unit gets the first tier whose conditions all hold; `quota` caps a tier
// and leaves out units tied across its boundary.
import { rawWarning, type RawIssue } from './issues';
import type { TierRule, When } from './ruleset/schema';

export interface TierSubject {
  scope: string;
  rank: number;
  vetoed: boolean;
  total: number;
  name: string;
}

/** The units tiers are assigned to, as columns by unit index. */
export interface TierSubjects {
  scope: readonly string[];
  rank: ArrayLike<number>;
  /** 1 where the unit is vetoed, else 0 (a typed array: no fresh memory for 100,000 booleans). */
  vetoed: ArrayLike<number>;
  total: ArrayLike<number>;
  name: (i: number) => string;
}

export function subjectColumns(list: readonly TierSubject[]): TierSubjects {
  return { scope: list.map((s) => s.scope), rank: list.map((s) => s.rank), vetoed: Uint8Array.from(list, (s) => (s.vetoed ? 1 : 0)), total: list.map((s) => s.total), name: (i) => list[i].name };
}

/** In a column of tier indexes: the unit is in no tier. */
export const NO_TIER = -1;

/** A unit's tier index from such a column, or null. */
export const tierIndexAt = (tiers: Int32Array, u: number): number | null => (tiers[u] === NO_TIER ? null : tiers[u]);

export const subjectAt = (s: TierSubjects, i: number): TierSubject => ({ scope: s.scope[i], rank: s.rank[i], vetoed: s.vetoed[i] === 1, total: s.total[i], name: s.name(i) });

export interface TierStanding {
  ahead: number;
  behind: number;
  n: number;
}

/** TierStanding as columns, by unit index. */
export interface TierStandings {
  ahead: Int32Array;
  behind: Int32Array;
  n: Int32Array;
}

export const standingAt = (st: TierStandings, i: number): TierStanding => ({ ahead: st.ahead[i], behind: st.behind[i], n: st.n[i] });

/** Number of sorted values strictly below `r`. */
function countBelow(sorted: ArrayLike<number>, r: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each subject's scope as a small whole number, in order of first appearance. Units of one scope
 * mostly come together, so the Map is asked only where the scope changes.
 */
function scopeIds(scopes: readonly string[]): { ids: Int32Array; count: number } {
  const ids = new Int32Array(scopes.length);
  const known = new Map<string, number>();
  let last: string | null = null;
  let id = 0;
  for (let i = 0; i < scopes.length; i++) {
    if (scopes[i] !== last) {
      last = scopes[i];
      const seen = known.get(last);
      id = seen ?? known.size;
      if (seen === undefined) known.set(last, id);
    }
    ids[i] = id;
  }
  return { ids, count: known.size };
}

/** For each subject: non-vetoed units in its scope strictly ahead and behind, and how many. */
export function tierStandings(subjects: TierSubjects): TierStandings {
  const count = subjects.scope.length;
  const { ids, count: scopes } = scopeIds(subjects.scope);
  // Each scope's ranks of units that are not vetoed, gathered into one typed array per scope.
  const sizes = new Int32Array(scopes);
  for (let i = 0; i < count; i++) if (!subjects.vetoed[i]) sizes[ids[i]]++;
  const ranks = Array.from(sizes, (size) => new Float64Array(size));
  const filled = new Int32Array(scopes);
  for (let i = 0; i < count; i++) if (!subjects.vetoed[i]) ranks[ids[i]][filled[ids[i]]++] = subjects.rank[i];
  const counters = ranks.map(rankCounter);
  const out: TierStandings = { ahead: new Int32Array(count), behind: new Int32Array(count), n: new Int32Array(count) };
  for (let i = 0; i < count; i++) {
    const counter = counters[ids[i]];
    const n = counter.n;
    out.n[i] = n;
    // Vetoed units need n for percentages only; they never match top or bottom.
    if (subjects.vetoed[i]) continue;
    const rank = subjects.rank[i];
    out.ahead[i] = counter.below(rank);
    out.behind[i] = n - counter.below(rank + 1);
  }
  return out;
}

/**
 * tierStandings read off the ranking's own order (scope, not vetoed before vetoed, rank, as
 * rankColumns sorts), in one pass: within a scope, the units ahead of a unit are those before its
 * group of equal ranks, and those behind are the rest of the scope's units that are not vetoed.
 * Gives what tierStandings gives, without counting ranks scope by scope.
 */
export function tierStandingsInOrder(subjects: TierSubjects, sorted: Int32Array): TierStandings {
  const count = sorted.length;
  const { rank } = subjects;
  const out: TierStandings = { ahead: new Int32Array(count), behind: new Int32Array(count), n: new Int32Array(count) };
  forEachScopeInOrder(subjects, sorted, (start, last, end) => {
    for (let p = start; p < end; p++) out.n[sorted[p]] = last - start;
    for (let group = start; group < last; ) {
      const next = groupEnd(sorted, rank, group, last);
      for (let p = group; p < next; p++) {
        out.ahead[sorted[p]] = group - start;
        out.behind[sorted[p]] = last - next;
      }
      group = next;
    }
  });
  return out;
}

/**
 * Walks `sorted` (rankColumns' order: scope, not vetoed before vetoed, rank) scope by scope:
 * `visit(start, last, end)` for each, whose units are sorted[start…end), those not vetoed
 * sorted[start…last).
 */
export function forEachScopeInOrder(subjects: TierSubjects, sorted: Int32Array, visit: (start: number, last: number, end: number) => void): void {
  const count = sorted.length;
  const { scope, vetoed } = subjects;
  // In sorted order every look-up is a cache miss: whether there is more than one scope, or any
  // vetoed unit, is asked in input order first.
  const scopes = !isAll(scope, scope[0]);
  const vetoes = !isAll(vetoed, 0);
  let start = 0;
  while (start < count) {
    const first = sorted[start];
    let end = scopes ? start + 1 : count;
    while (end < count && scope[sorted[end]] === scope[first]) end++;
    let last = vetoes ? start : end;
    while (last < end && vetoed[sorted[last]] === 0) last++;
    visit(start, last, end);
    start = end;
  }
}

/** The end of the group of equal ranks that starts at position `from` of `sorted` (before `limit`). */
export function groupEnd(sorted: Int32Array, rank: ArrayLike<number>, from: number, limit: number): number {
  const r = rank[sorted[from]];
  let next = from + 1;
  while (next < limit && rank[sorted[next]] === r) next++;
  return next;
}

function isAll<T>(list: ArrayLike<T>, value: T): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] !== value) return false;
  return true;
}

/** How many of a scope's ranks are strictly below a given rank. */
interface RankCounter {
  n: number;
  below: (rank: number) => number;
}

function rankCounter(ranks: Float64Array): RankCounter {
  const n = ranks.length;
  // A typed array sorts numerically without a comparator.
  let sorted: Float64Array | null = null;
  const bySearch = (r: number): number => countBelow((sorted ??= ranks.slice().sort()), r);
  // Ranks from rankAll are whole numbers 1…n: count them once, and each answer is a lookup.
  for (let i = 0; i < n; i++) {
    const r = ranks[i];
    if (!(Number.isInteger(r) && r >= 1 && r <= n)) return { n, below: bySearch };
  }
  const belowRank = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) belowRank[ranks[i] + 1]++;
  for (let r = 1; r <= n + 1; r++) belowRank[r] += belowRank[r - 1];
  return { n, below: (r) => (Number.isInteger(r) && r >= 0 && r <= n + 1 ? belowRank[r] : bySearch(r)) };
}

/** The smaller of a count and a percentage of n (rounded down), or null when neither is set. */
function smaller(count: number | undefined, percent: number | undefined, n: number): number | null {
  const fromPercent = percent === undefined ? undefined : Math.floor((n * percent) / 100);
  if (count === undefined) return fromPercent ?? null;
  return fromPercent === undefined ? count : Math.min(count, fromPercent);
}

export const countOf = (when: When, n: number): { top: number | null; bottom: number | null } => ({
  top: smaller(when.top, when.topPercent, n),
  bottom: smaller(when.bottom, when.bottomPercent, n),
});

export function holds(when: When, s: TierSubject, st: TierStanding): boolean {
  return holdsFor(when, s.vetoed, s.total, st.ahead, st.behind, st.n);
}

function holdsFor(when: When, vetoed: boolean, total: number, ahead: number, behind: number, n: number): boolean {
  const { top, bottom } = countOf(when, n);
  return holdsWith(when, top, bottom, vetoed, total, ahead, behind);
}

/** holdsFor with the scope's top and bottom counts already worked out. */
export function holdsWith(when: When, top: number | null, bottom: number | null, vetoed: boolean, total: number, ahead: number, behind: number): boolean {
  if (top !== null && (vetoed || !(ahead < top))) return false;
  if (bottom !== null && (vetoed || !(behind < bottom))) return false;
  if (when.minScore !== undefined && !(total >= when.minScore)) return false;
  if (when.maxScore !== undefined && !(total <= when.maxScore)) return false;
  if (when.veto !== undefined && when.veto !== vetoed) return false;
  return true;
}

/** Returns the index of each subject's tier (or NO_TIER) and quota-tie warnings. */
export function assignTiers(subjects: TierSubjects, tiers: readonly TierRule[], st: TierStandings = tierStandings(subjects)): { tier: Int32Array; issues: RawIssue[] } {
  const count = subjects.scope.length;
  // Typed, as the other columns of a run: no fresh memory for 100,000 entries.
  const tier = new Int32Array(count).fill(NO_TIER);
  const issues: RawIssue[] = [];
  if (!tiers.some((rule) => rule.when.quota === true)) {
    firstHolding(subjects, tiers, st, tier);
    return { tier, issues };
  }
  tiers.forEach((rule, t) => {
    const when = rule.when;
    const candidates: number[] = [];
    // A scope's size is the same for all its units: the counts change only where it does.
    let n = -1;
    let counts = countOf(when, 0);
    for (let i = 0; i < count; i++) {
      if (tier[i] !== NO_TIER) continue;
      if (st.n[i] !== n) counts = countOf(when, (n = st.n[i]));
      if (holdsWith(when, counts.top, counts.bottom, subjects.vetoed[i] === 1, subjects.total[i], st.ahead[i], st.behind[i])) candidates.push(i);
    }
    let chosen = candidates;
    if (rule.when.quota === true) chosen = applyQuota(candidates, rule, t, subjects, st, issues);
    for (const i of chosen) tier[i] = t;
  });
  return { tier, issues };
}

/**
 * Without quotas a unit's tier is the first whose conditions hold, as the tier-by-tier loop of
 * assignTiers finds it; this finds it in one pass over the units.
 */
function firstHolding(subjects: TierSubjects, tiers: readonly TierRule[], st: TierStandings, tier: Int32Array): void {
  const whens = tiers.map((rule) => rule.when);
  let n = -1;
  let counts = whens.map((when) => countOf(when, 0));
  let far = { ahead: Infinity, behind: Infinity };
  for (let i = 0; i < tier.length; i++) {
    // A scope's size is the same for all its units: the counts change only where it does.
    if (st.n[i] !== n) {
      n = st.n[i];
      counts = whens.map((when) => countOf(when, n));
      far = farFromEnds(counts);
    }
    const ahead = st.ahead[i];
    const behind = st.behind[i];
    if (ahead >= far.ahead && behind >= far.behind) continue;
    const vetoed = subjects.vetoed[i] === 1;
    const total = subjects.total[i];
    for (let t = 0; t < whens.length; t++) {
      if (holdsWith(whens[t], counts[t].top, counts[t].bottom, vetoed, total, ahead, behind)) {
        tier[i] = t;
        break;
      }
    }
  }
}

/**
 * Units at least this far from the top and from the bottom are in no tier: every tier asks for a
 * place in the top (fewer ahead than its count) or in the bottom. Infinity when some tier asks for
 * neither. Most units of a long ranking are skipped without trying each tier.
 */
export function farFromEnds(counts: readonly { top: number | null; bottom: number | null }[]): { ahead: number; behind: number } {
  let ahead = 0;
  let behind = 0;
  for (const { top, bottom } of counts) {
    if (top !== null) ahead = Math.max(ahead, top);
    else if (bottom !== null) behind = Math.max(behind, bottom);
    else return { ahead: Infinity, behind: Infinity };
  }
  return { ahead, behind };
}

function applyQuota(candidates: number[], rule: TierRule, t: number, subjects: TierSubjects, st: TierStandings, issues: RawIssue[]): number[] {
  const byScope = new Map<string, number[]>();
  for (const i of candidates) {
    let list = byScope.get(subjects.scope[i]);
    if (list === undefined) byScope.set(subjects.scope[i], (list = []));
    list.push(i);
  }
  const rank = subjects.rank;
  const kept: number[] = [];
  for (const [scope, list] of byScope) {
    const { top, bottom } = countOf(rule.when, st.n[list[0]]);
    const limit = Math.min(top ?? Infinity, bottom ?? Infinity);
    if (list.length <= limit) {
      for (const i of list) kept.push(i);
      continue;
    }
    // Fill from the end the limiting condition counts from.
    const fromBottom = bottom !== null && (top === null || bottom < top);
    const sorted = [...list].sort((a, b) => (fromBottom ? rank[b] - rank[a] : rank[a] - rank[b]));
    const boundaryRank = rank[sorted[limit]];
    const inside = sorted.slice(0, limit).filter((i) => rank[i] !== boundaryRank);
    const tied = sorted.filter((i) => rank[i] === boundaryRank);
    if (tied.length > 0 && inside.length < limit) {
      issues.push(rawWarning('quota-tie', { path: `tiers[${t}].when.quota` }, { tier: rule.label, units: tied.map((i) => subjects.name(i)).join('、'), limit, scope }));
    }
    for (const i of inside) kept.push(i);
  }
  return kept;
}

export type ConditionKind = 'top' | 'bottom' | 'minScore' | 'maxScore' | 'veto';

/** One condition of a tier for one unit, as the explanation shows it. */
export interface ConditionCheck {
  kind: ConditionKind;
  /** top/bottom: how many units the tier takes; minScore/maxScore: the score; veto: 1 or 0. */
  limit: number;
  /** top: the unit's place from the top (1 = first); bottom: from the bottom; scores: its total; veto: 1 or 0. */
  value: number;
  met: boolean;
}

/** The conditions of `when` one by one, met or not, by the same tests as `holds`. */
export function checkConditions(when: When, s: TierSubject, st: TierStanding): ConditionCheck[] {
  const { top, bottom } = countOf(when, st.n);
  const out: ConditionCheck[] = [];
  if (top !== null) out.push({ kind: 'top', limit: top, value: st.ahead + 1, met: !s.vetoed && st.ahead < top });
  if (bottom !== null) out.push({ kind: 'bottom', limit: bottom, value: st.behind + 1, met: !s.vetoed && st.behind < bottom });
  if (when.minScore !== undefined) out.push({ kind: 'minScore', limit: when.minScore, value: s.total, met: s.total >= when.minScore });
  if (when.maxScore !== undefined) out.push({ kind: 'maxScore', limit: when.maxScore, value: s.total, met: s.total <= when.maxScore });
  if (when.veto !== undefined) out.push({ kind: 'veto', limit: when.veto ? 1 : 0, value: s.vetoed ? 1 : 0, met: when.veto === s.vetoed });
  return out;
}
