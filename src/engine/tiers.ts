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

interface Standing {
  ahead: number;
  behind: number;
  n: number;
}

/** Number of sorted values strictly below `r`. */
function countBelow(sorted: readonly number[], r: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each subject: non-vetoed units in its scope strictly ahead and behind, and how many. */
function standings(subjects: readonly TierSubject[]): Standing[] {
  const ranksByScope = new Map<string, number[]>();
  for (const s of subjects) {
    if (!ranksByScope.has(s.scope)) ranksByScope.set(s.scope, []);
    if (!s.vetoed) ranksByScope.get(s.scope)!.push(s.rank);
  }
  for (const ranks of ranksByScope.values()) ranks.sort((a, b) => a - b);
  return subjects.map((s) => {
    const ranks = ranksByScope.get(s.scope)!;
    const n = ranks.length;
    // Vetoed units need n for percentages only; they never match top or bottom.
    if (s.vetoed) return { ahead: 0, behind: 0, n };
    return { ahead: countBelow(ranks, s.rank), behind: n - countBelow(ranks, s.rank + 1), n };
  });
}

const countOf = (when: When, n: number): { top: number | null; bottom: number | null } => {
  const tops = [when.top, when.topPercent === undefined ? undefined : Math.floor((n * when.topPercent) / 100)].filter((v) => v !== undefined);
  const bottoms = [when.bottom, when.bottomPercent === undefined ? undefined : Math.floor((n * when.bottomPercent) / 100)].filter((v) => v !== undefined);
  return { top: tops.length ? Math.min(...tops) : null, bottom: bottoms.length ? Math.min(...bottoms) : null };
};

function holds(when: When, s: TierSubject, st: Standing): boolean {
  const { top, bottom } = countOf(when, st.n);
  if (top !== null && (s.vetoed || !(st.ahead < top))) return false;
  if (bottom !== null && (s.vetoed || !(st.behind < bottom))) return false;
  if (when.minScore !== undefined && !(s.total >= when.minScore)) return false;
  if (when.maxScore !== undefined && !(s.total <= when.maxScore)) return false;
  if (when.veto !== undefined && when.veto !== s.vetoed) return false;
  return true;
}

/** Returns the index of each subject's tier (or null) and quota-tie warnings. */
export function assignTiers(subjects: readonly TierSubject[], tiers: readonly TierRule[]): { tier: (number | null)[]; issues: RawIssue[] } {
  const st = standings(subjects);
  const tier: (number | null)[] = subjects.map(() => null);
  const issues: RawIssue[] = [];
  tiers.forEach((rule, t) => {
    const candidates = subjects.map((_, i) => i).filter((i) => tier[i] === null && holds(rule.when, subjects[i], st[i]));
    let chosen = candidates;
    if (rule.when.quota === true) chosen = applyQuota(candidates, rule, t, subjects, st, issues);
    for (const i of chosen) tier[i] = t;
  });
  return { tier, issues };
}

function applyQuota(candidates: number[], rule: TierRule, t: number, subjects: readonly TierSubject[], st: readonly Standing[], issues: RawIssue[]): number[] {
  const byScope = new Map<string, number[]>();
  for (const i of candidates) byScope.set(subjects[i].scope, [...(byScope.get(subjects[i].scope) ?? []), i]);
  const kept: number[] = [];
  for (const [scope, list] of byScope) {
    const { top, bottom } = countOf(rule.when, st[list[0]].n);
    const limit = Math.min(top ?? Infinity, bottom ?? Infinity);
    if (list.length <= limit) {
      kept.push(...list);
      continue;
    }
    // Fill from the end the limiting condition counts from.
    const fromBottom = bottom !== null && (top === null || bottom < top);
    const sorted = [...list].sort((a, b) => (fromBottom ? subjects[b].rank - subjects[a].rank : subjects[a].rank - subjects[b].rank));
    const boundaryRank = subjects[sorted[limit]].rank;
    const inside = sorted.slice(0, limit).filter((i) => subjects[i].rank !== boundaryRank);
    const tied = sorted.filter((i) => subjects[i].rank === boundaryRank);
    if (tied.length > 0 && inside.length < limit) {
      issues.push(rawWarning('quota-tie', { path: `tiers[${t}].when.quota` }, { tier: rule.label, units: tied.map((i) => subjects[i].name).join('、'), limit, scope }));
    }
    kept.push(...inside);
  }
  return kept;
}
