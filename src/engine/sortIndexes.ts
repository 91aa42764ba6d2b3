// Orders indexes by numeric keys held in typed arrays, for runs of 100,000 units: one stable
// counting sort per key, least significant first, so no comparator is ever called. Keys that are
// small whole numbers (ranks, group numbers) are their own buckets, and so are keys with a few
// decimals (rounded totals) once scaled; long lists of other keys are radix sorted by their bits,
// short ones numbered by a native sort of their distinct values.

/**
 * Indexes 0…n−1 ordered by keys[0] ascending, then keys[1], and so on, equal keys in index order
 * (what a stable sort gives). Keys must not be NaN; −0 and 0 are equal.
 */
export function sortIndexes(n: number, keys: readonly Float64Array[]): Int32Array {
  let order: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k];
    // A stable sort would change nothing; a key that is the same for all (every total equal) is
    // found without reading it in the order so far.
    if (isConstant(key) || inOrder(order, key)) continue;
    const buckets = bucketsOf(key, n >= RADIX_FROM);
    order = buckets === null ? radixSort(order, key) : countingSort(order, buckets.of, buckets.count);
  }
  return order;
}

/** Every entry equal (as `!==` sees them: −0 and 0 alike). */
export function isConstant(key: Float64Array): boolean {
  for (let i = 1; i < key.length; i++) if (key[i] !== key[0]) return false;
  return true;
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

/** Returns null for keys that are not small whole numbers when `orRadix` lets radixSort take them. */
function bucketsOf(key: Float64Array, orRadix: boolean): Buckets | null {
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
  const decimal = decimalBuckets(key, of);
  if (decimal !== null) return decimal;
  if (orRadix) return null;
  // Distinct values ascending (the native sort puts −0 before 0; `!==` counts them as one).
  const sorted = Float64Array.from(key).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  for (let i = 0; i < n; i++) of[i] = lowerBound(sorted, distinct, key[i]);
  return { of, count: distinct };
}

const MAX_DECIMALS = 4;
const MAX_BUCKET = 2 ** 30;

/**
 * Keys with at most four decimals (rounded totals: 87.45) are whole numbers of 1/10^d: counted
 * as such when their span is small. A scaled key is used only when dividing it back gives the key
 * exactly, so equal keys share a bucket and different keys never do.
 */
function decimalBuckets(key: Float64Array, of: Int32Array): Buckets | null {
  const n = key.length;
  for (let d = 1, scale = 10; d <= MAX_DECIMALS; d++, scale *= 10) {
    let min = Infinity;
    let max = -Infinity;
    let i = 0;
    for (; i < n; i++) {
      const k = Math.round(key[i] * scale);
      if (!(Math.abs(k) < MAX_BUCKET) || k / scale !== key[i]) break;
      if (k < min) min = k;
      if (k > max) max = k;
    }
    if (i < n) continue;
    if (max - min > 4 * n + 1024) return null; // too sparse to count
    for (let j = 0; j < n; j++) of[j] = Math.round(key[j] * scale) - min;
    return { of, count: max - min + 1 };
  }
  return null;
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

// From this many indexes on, four radix passes beat a native sort of the keys and a binary search
// for each index (a 100,000-unit ranking sorts its totals this way).
const RADIX_FROM = 4096;
const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * `order` stably re-ordered by `key`, by an LSD radix sort of the keys' bits: a double's bits,
 * with the sign bit flipped (and every bit of a negative flipped), order as unsigned integers
 * exactly as the numbers do. −0 becomes 0 first, so the two stay equal.
 */
function radixSort(order: Int32Array, key: Float64Array): Int32Array {
  const n = order.length;
  const doubles = new Float64Array(n);
  for (let i = 0; i < n; i++) doubles[i] = key[i] + 0;
  const words = new Uint32Array(doubles.buffer);
  const hiAt = LITTLE_ENDIAN ? 1 : 0;
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hiAt];
    const l = words[2 * i + 1 - hiAt];
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[i] = negative ? ~l >>> 0 : l;
  }
  const counts = new Int32Array(DIGITS + 1);
  let from: Int32Array = order;
  let to: Int32Array = new Int32Array(n);
  for (const [word, shift] of [[lo, 0], [lo, DIGIT_BITS], [hi, 0], [hi, DIGIT_BITS]] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((word[from[i]] >>> shift) & (DIGITS - 1)) + 1]++;
    // One digit for every index: this pass would change nothing.
    if (counts[((word[from[0]] >>> shift) & (DIGITS - 1)) + 1] === n) continue;
    for (let d = 0; d < DIGITS; d++) counts[d + 1] += counts[d];
    for (let i = 0; i < n; i++) to[counts[(word[from[i]] >>> shift) & (DIGITS - 1)]++] = from[i];
    [from, to] = [to, from === order ? new Int32Array(n) : from];
  }
  return from;
}
