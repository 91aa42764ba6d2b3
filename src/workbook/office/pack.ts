// Packs sized commands into as few requests as the budget allows, keeping their order. A command
// over rows (values, the store) may be split between rows so that it fills what is left of a
// request instead of starting a new one.

export interface Sized {
  bytes: number;
  /**
   * This command cut in two between rows: the first part as many rows as `room` bytes hold, but
   * at least one (so it may be larger than `room`); null for a single row.
   */
  split?: (room: number) => readonly [this, this] | null;
}

export function pack<T extends Sized>(ops: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  const flush = (): void => {
    batches.push(current);
    current = [];
    size = 0;
  };
  for (const op of ops) {
    let rest = op;
    for (;;) {
      if (size + rest.bytes <= budget) break;
      const parts = rest.split?.(budget - size) ?? null;
      // A first part over the room goes on an empty request only: one row larger than the budget.
      if (parts !== null && (current.length === 0 || size + parts[0].bytes <= budget)) {
        current.push(parts[0]);
        flush();
        rest = parts[1];
      } else if (current.length > 0) flush();
      // Alone and still too big: a single row over the budget goes in a request of its own.
      else break;
    }
    current.push(rest);
    size += rest.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Running sums of row sizes: `sums[i]` is the size of rows 0..i-1. */
export function prefixSums(rowBytes: readonly number[]): Float64Array {
  const sums = new Float64Array(rowBytes.length + 1);
  rowBytes.forEach((b, i) => (sums[i + 1] = sums[i] + b));
  return sums;
}

/** The largest `end` in start..stop whose rows start..end-1 take at most `room` bytes. */
export function lastRowFitting(sums: Float64Array, start: number, stop: number, room: number): number {
  let lo = start;
  let hi = stop;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sums[mid] - sums[start] <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
