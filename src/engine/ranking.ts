// Ranking (spec 3.3): rounded totals, higher first; vetoed units after all others; tie-breaks on
// rounded indicator scores; competition (RANK.EQ) or dense ranks, inside each scope.
import { sortIndexes } from './sortIndexes';

export interface Rankable {
  scope: string;
  vetoed: boolean;
  total: number;
  /** Rounded scores of the tie-break indicators, in order; null (does not apply) counts lowest. */
  tieBreak: (number | null)[];
  order: number;
}

const tieValue = (v: number | null): number => (v === null ? -Infinity : v);

/** Negative when `a` ranks ahead of `b`, 0 when they tie. */
export function compare(a: Rankable, b: Rankable): number {
  if (a.vetoed !== b.vetoed) return a.vetoed ? 1 : -1;
  if (a.total !== b.total) return b.total - a.total;
  for (let i = 0; i < a.tieBreak.length; i++) {
    const d = tieValue(b.tieBreak[i] ?? null) - tieValue(a.tieBreak[i] ?? null);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return 0;
}

/** Returns each item's rank, by index. Sorting typed-array keys keeps 100,000-unit runs quick. */
export function rankAll(items: readonly Rankable[], ties: 'competition' | 'dense'): number[] {
  const keys = rankKeysOf(items);
  return keys === null ? rankByCompare(items, ties) : rankByKeys(keys, ties);
}

/**
 * The ranking as sort keys, ascending: scope, vetoed, −total, −each tie-break value, order. They
 * order items exactly as `compare` does, given no NaN and tie-breaks of one length (null counts as
 * −Infinity, and two equal infinities tie, as in `compare`); other items go through `compare`.
 */
interface RankKeys {
  n: number;
  scope: Float64Array;
  /** vetoed, −total, −tie-breaks: the keys whose equality is a tie. */
  standing: Float64Array[];
  order: Float64Array;
}

function rankKeysOf(items: readonly Rankable[]): RankKeys | null {
  const n = items.length;
  const tieCount = n === 0 ? 0 : items[0].tieBreak.length;
  const scopeIds = new Map<string, number>();
  const scope = new Float64Array(n);
  const vetoed = new Float64Array(n);
  const negTotal = new Float64Array(n);
  const negTies = Array.from({ length: tieCount }, () => new Float64Array(n));
  const order = new Float64Array(n);
  let lastScope: string | null = null;
  let lastId = 0;
  for (let i = 0; i < n; i++) {
    const it = items[i];
    if (it.tieBreak.length !== tieCount || Number.isNaN(it.total) || Number.isNaN(it.order)) return null;
    if (it.scope !== lastScope) {
      lastScope = it.scope;
      let id = scopeIds.get(it.scope);
      if (id === undefined) scopeIds.set(it.scope, (id = scopeIds.size));
      lastId = id;
    }
    scope[i] = lastId;
    vetoed[i] = it.vetoed ? 1 : 0;
    negTotal[i] = -it.total;
    for (let k = 0; k < tieCount; k++) {
      const v = tieValue(it.tieBreak[k] ?? null);
      if (Number.isNaN(v)) return null;
      negTies[k][i] = -v;
    }
    order[i] = it.order;
  }
  return { n, scope, standing: [vetoed, negTotal, ...negTies], order };
}

function rankByKeys(keys: RankKeys, ties: 'competition' | 'dense'): number[] {
  const { n, scope, standing } = keys;
  const sorted = sortIndexes(n, [scope, ...standing, keys.order]);
  const ranks = new Array<number>(n);
  let start = 0;
  let rank = 0;
  let dense = 0;
  for (let pos = 0; pos < n; pos++) {
    const idx = sorted[pos];
    const prev = pos > 0 ? sorted[pos - 1] : -1;
    if (prev < 0 || scope[prev] !== scope[idx]) {
      start = pos;
      rank = 0;
      dense = 0;
    }
    if (rank === 0 || !sameStanding(standing, prev, idx)) {
      rank = pos - start + 1;
      dense += 1;
    }
    ranks[idx] = ties === 'dense' ? dense : rank;
  }
  return ranks;
}

function sameStanding(standing: readonly Float64Array[], a: number, b: number): boolean {
  for (const key of standing) if (key[a] !== key[b]) return false;
  return true;
}

/** The ranking by `compare` itself, for items the keys cannot order (NaN, uneven tie-breaks). */
function rankByCompare(items: readonly Rankable[], ties: 'competition' | 'dense'): number[] {
  const ranks = new Array<number>(items.length);
  const scopes = new Map<string, number[]>();
  items.forEach((it, i) => {
    const list = scopes.get(it.scope) ?? [];
    list.push(i);
    scopes.set(it.scope, list);
  });
  for (const indexes of scopes.values()) {
    indexes.sort((a, b) => compare(items[a], items[b]) || items[a].order - items[b].order);
    let rank = 0;
    let dense = 0;
    indexes.forEach((idx, pos) => {
      const prev = pos > 0 ? indexes[pos - 1] : -1;
      if (prev < 0 || compare(items[prev], items[idx]) !== 0) {
        rank = pos + 1;
        dense += 1;
      }
      ranks[idx] = ties === 'dense' ? dense : rank;
    });
  }
  return ranks;
}
