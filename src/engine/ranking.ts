// Ranking (spec 3.3): rounded totals, higher first; vetoed units after all others; tie-breaks on
// rounded indicator scores; competition (RANK.EQ) or dense ranks, inside each scope.

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

/** Returns each item's rank, by index. */
export function rankAll(items: readonly Rankable[], ties: 'competition' | 'dense'): number[] {
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
