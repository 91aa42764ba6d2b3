// Timing helpers: medians of repeated runs, and how time grows with N.

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const WARMUP_CALLS = 5;
const WARMUP_MS = 300;

/**
 * Median wall time in ms of `runs` calls. With `warmup`, first calls `fn` at least 5 times and for
 * at least 300 ms, so a small size is timed on optimised code and not on the compiler warming up.
 */
export function timeIt(fn: () => void, runs: number, warmup = true): number {
  if (warmup) {
    const start = performance.now();
    for (let calls = 0; calls < WARMUP_CALLS || (performance.now() - start < WARMUP_MS && calls < 100); calls++) fn();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The exponent b in time ∝ N^b between two sizes. */
export function growth(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

export const fmtMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
export const fmtRatio = (r: number): string => `${r.toFixed(r < 10 ? 2 : 0)}×`;
