// Orders indexes by numeric keys held in typed arrays, for runs of 100,000 units: one stable
// counting sort per key, least significant first, so no comparator is ever called. Keys that are
// small whole numbers (ranks, group numbers) are their own buckets; others are numbered by a native
// sort of their distinct values.

/**
 * Indexes 0…n−1 ordered by keys[0] ascending, then keys[1], and so on, equal keys in index order
 * (what a stable sort gives). Keys must not be NaN; −0 and 0 are equal.
 */
export function sortIndexes(n: number, keys: readonly Float64Array[]): Int32Array {
  let order: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k];
    if (inOrder(order, key)) continue; // a stable sort would change nothing
    const buckets = bucketsOf(key);
    order = countingSort(order, buckets.of, buckets.count);
  }
  return order;
}

function inOrder(order: Int32Array, key: Float64Array): boolean {
  for (let i = 1; i < order.length; i++) if (key[order[i]] < key[order[i - 1]]) return false;
  return true;
}

interface Buckets {
  /** Each index's bucket: equal keys share one, and buckets ascend with the keys. */
  of: Int32Array;
  count: number;
}

function bucketsOf(key: Float64Array): Buckets {
  const n = key.length;
  const of = new Int32Array(n);
  let max = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const v = key[i];
    if (!(v >= 0 && v <= n && Number.isInteger(v))) {
      whole = false;
      break;
    }
    of[i] = v;
    if (v > max) max = v;
  }
  if (whole) return { of, count: max + 1 };
  // Distinct values ascending (the native sort puts −0 before 0; `!==` counts them as one).
  const sorted = Float64Array.from(key).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  for (let i = 0; i < n; i++) of[i] = lowerBound(sorted, distinct, key[i]);
  return { of, count: distinct };
}

/** Position of the first of `length` sorted values not below `v`. */
function lowerBound(sorted: Float64Array, length: number, v: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `order` stably re-ordered by bucket. */
function countingSort(order: Int32Array, bucket: Int32Array, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < order.length; i++) starts[bucket[order[i]] + 1]++;
  for (let b = 0; b < count; b++) starts[b + 1] += starts[b];
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) out[starts[bucket[order[i]]]++] = order[i];
  return out;
}
