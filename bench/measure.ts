// Timing helpers: medians of repeated runs, and how time grows with N.

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of `runs` calls (after one warm-up when `warmup`). */
export function timeIt(fn: () => void, runs: number, warmup = true): number {
  if (warmup) fn();
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
