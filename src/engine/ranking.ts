// Ranking (spec 3.3): rounded totals, higher first; vetoed units after all others; tie-breaks on
// rounded indicator scores; competition (RANK.EQ) or dense ranks, inside each scope.
import { isConstant, sortIndexes } from './sortIndexes';

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

/** The ranking's inputs as columns, by unit index. */
export interface RankColumns {
  scope: readonly string[];
  /** 1 where the unit is vetoed, else 0. */
  vetoed: ArrayLike<number>;
  total: ArrayLike<number>;
  /** Rounded scores of the tie-break indicators, one column each; NaN where one does not apply. */
  tieBreak: readonly ArrayLike<number>[];
  order: ArrayLike<number>;
}

/** Returns each item's rank, by index. */
export function rankAll(items: readonly Rankable[], ties: 'competition' | 'dense'): Int32Array {
  const tieCount = items.length === 0 ? 0 : items[0].tieBreak.length;
  // In columns NaN means "does not apply"; a NaN given as a value must go through `compare`.
  if (items.some((it) => it.tieBreak.length !== tieCount || it.tieBreak.some((v) => Number.isNaN(v)))) return rankByCompare(items, ties);
  const cols: RankColumns = {
    scope: items.map((it) => it.scope),
    vetoed: Uint8Array.from(items, (it) => (it.vetoed ? 1 : 0)),
    total: items.map((it) => it.total),
    tieBreak: Array.from({ length: tieCount }, (_, k) => items.map((it) => it.tieBreak[k] ?? NaN)),
    order: items.map((it) => it.order),
  };
  return rankColumns(cols, ties)?.ranks ?? rankByCompare(items, ties);
}

/**
 * Ranks from columns by sorting typed-array keys, which keeps 100,000-unit runs quick; null when a
 * total, tie-break or order is NaN (only `compare` orders those as the spec says).
 */
export function rankColumns(cols: RankColumns, ties: 'competition' | 'dense'): Ranked | null {
  const keys = rankKeysOf(cols);
  return keys === null ? null : rankByKeys(keys, ties);
}

export interface Ranked {
  ranks: Int32Array;
  /** The units in ranking order: by scope, then ahead first, then input order among ties. */
  sorted: Int32Array;
}

/**
 * The ranking as sort keys, ascending: scope, vetoed, −total, −each tie-break value, order. They
 * order units exactly as `compare` does, given no NaN (a missing tie-break counts as −Infinity, and
 * two equal infinities tie, as in `compare`). Keys that cannot tell two units apart are left out:
 * the scope when there is one, vetoed when no unit is, the order when it is the units' own (a
 * stable sort keeps that order among ties anyway).
 */
interface RankKeys {
  n: number;
  scope: Float64Array | null;
  /** vetoed (when some unit is), −total, −tie-breaks: the keys whose equality is a tie. */
  standing: Float64Array[];
  order: Float64Array | null;
}

function rankKeysOf(cols: RankColumns): RankKeys | null {
  const n = cols.scope.length;
  let oneScope = true;
  let anyVeto = false;
  let ownOrder = true;
  for (let i = 0; i < n; i++) {
    if (cols.scope[i] !== cols.scope[0]) oneScope = false;
    if (cols.vetoed[i] !== 0) anyVeto = true;
    if (cols.order[i] !== i) ownOrder = false;
  }
  const negTotal = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    negTotal[i] = -cols.total[i];
    if (Number.isNaN(negTotal[i])) return null;
  }
  const order = ownOrder ? null : new Float64Array(n);
  for (let i = 0; order !== null && i < n; i++) {
    order[i] = cols.order[i];
    if (Number.isNaN(order[i])) return null;
  }
  const scope = oneScope ? null : scopeKey(cols.scope);
  const vetoed = anyVeto ? new Float64Array(n) : null;
  for (let i = 0; vetoed !== null && i < n; i++) vetoed[i] = cols.vetoed[i];
  const negTies = cols.tieBreak.map((t) => {
    const key = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = t[i];
      key[i] = v === v ? -v : Infinity;
    }
    return key;
  });
  return { n, scope, standing: vetoed === null ? [negTotal, ...negTies] : [vetoed, negTotal, ...negTies], order };
}

/** Each scope as a number, in order of first appearance (the Map is asked only where it changes). */
function scopeKey(scopes: readonly string[]): Float64Array {
  const ids = new Map<string, number>();
  const key = new Float64Array(scopes.length);
  let last: string | null = null;
  let lastId = 0;
  for (let i = 0; i < scopes.length; i++) {
    const s = scopes[i];
    if (s !== last) {
      last = s;
      let id = ids.get(s);
      if (id === undefined) ids.set(s, (id = ids.size));
      lastId = id;
    }
    key[i] = lastId;
  }
  return key;
}

function rankByKeys(keys: RankKeys, ties: 'competition' | 'dense'): Ranked {
  const { n, scope, standing } = keys;
  const sorted = sortIndexes(n, [...(scope === null ? [] : [scope]), ...standing, ...(keys.order === null ? [] : [keys.order])]);
  // Keys the same for every unit (all totals equal, a tie-break that never differs) tell no two
  // units apart: skip them.
  const varying = standing.filter((key) => !isConstant(key));
  const ranks = new Int32Array(n);
  let start = 0;
  let rank = 0;
  let dense = 0;
  // Each key's value for the unit before, so every unit's keys are read once (in sorted order
  // they are scattered: a read each is a cache miss at 100,000 units).
  const previous = new Float64Array(varying.length);
  for (let pos = 0; pos < n; pos++) {
    const idx = sorted[pos];
    if (pos === 0 || (scope !== null && scope[sorted[pos - 1]] !== scope[idx])) {
      start = pos;
      rank = 0;
      dense = 0;
    }
    let same = rank !== 0;
    for (let k = 0; k < varying.length; k++) {
      const v = varying[k][idx];
      if (v !== previous[k]) same = false;
      previous[k] = v;
    }
    if (!same) {
      rank = pos - start + 1;
      dense += 1;
    }
    ranks[idx] = ties === 'dense' ? dense : rank;
  }
  return { ranks, sorted };
}

/** The ranking by `compare` itself, for items the keys cannot order (NaN, uneven tie-breaks). */
function rankByCompare(items: readonly Rankable[], ties: 'competition' | 'dense'): Int32Array {
  const ranks = new Int32Array(items.length);
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
