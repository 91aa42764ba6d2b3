// Timing helpers: medians of repeated runs, and how time grows with N.

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const WARMUP_CALLS = 5;
const WARMUP_MS = 300;

/**
 * Calls `fn` at least 5 times and for at least 300 ms, so what is timed next runs on optimised
 * code and not on the compiler warming up.
 */
function warmUp(fn: () => void): void {
  const start = performance.now();
  for (let calls = 0; calls < WARMUP_CALLS || (performance.now() - start < WARMUP_MS && calls < 100); calls++) fn();
}

/** Median wall time in ms of `runs` calls, after warmUp when `warmup`. */
export function timeIt(fn: () => void, runs: number, warmup = true): number {
  if (warmup) warmUp(fn);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * Median wall times in ms of several functions timed in turns (each once a round, `runs` rounds,
 * after warmUp), so a change in the machine's load falls on all of them alike
 * and their ratios hold up better than timings taken one after the other.
 */
export function timeInTurns(fns: readonly (() => void)[], runs: number): number[] {
  for (const fn of fns) warmUp(fn);
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, k) => {
      const t = performance.now();
      fn();
      times[k].push(performance.now() - t);
    });
  }
  return times.map(median);
}

/** The exponent b in time ∝ N^b between two sizes. */
export function growth(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

export const fmtMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
export const fmtRatio = (r: number): string => `${r.toFixed(r < 10 ? 2 : 0)}×`;
