// Figures in columns: one typed array per indicator and quantity, by unit index, NaN for "none".
// A 100,000-unit run then allocates a few dozen arrays instead of a million small objects. The
// rate and the scored value are not kept: they are actual ÷ target (or the actual), computed
// again where needed, which gives the very same number (the scored value sits in `score` only
// between reading and scoring).

export type Policy = 'zero' | 'full' | 'exclude' | null;
/** Policy codes in `Figures.policy`. */
const POLICIES: readonly Policy[] = [null, 'zero', 'full', 'exclude'];
const ZERO = 1;
export const FULL = 2;
export const EXCLUDE = 3;
const policyCode = (p: Policy): number => (p === null ? 0 : p === 'zero' ? ZERO : p === 'full' ? FULL : EXCLUDE);

/** One indicator's figures for every unit, by unit index; NaN stands for null. */
export interface Figures {
  /** The indicator scores a rate (actual ÷ target). */
  hasTarget: boolean;
  target: Float64Array;
  actual: Float64Array;
  /**
   * Unrounded points; none when the indicator does not apply (missing: exclude). Between reading
   * and scoring it holds the scored value, which the scorer turns into points in place.
   */
  score: Float64Array;
  /** Which missing policy applied: 0 none, else zero, full, exclude. */
  policy: Uint8Array;
}

/** Arrays left unfilled: every unit's entries are written by the reader and the scorer. */
export function newFigures(n: number, hasTarget: boolean): Figures {
  return { hasTarget, target: new Float64Array(n), actual: new Float64Array(n), score: new Float64Array(n), policy: new Uint8Array(n) };
}

export const copyFigures = (f: Figures): Figures => ({ hasTarget: f.hasTarget, target: f.target.slice(), actual: f.actual.slice(), score: f.score.slice(), policy: f.policy.slice() });

/** The indicators of the units at `indexes`, in that order. */
export function pickFigures(f: Figures, indexes: readonly number[]): Figures {
  const pick = (list: Float64Array): Float64Array => Float64Array.from(indexes, (u) => list[u]);
  return { hasTarget: f.hasTarget, target: pick(f.target), actual: pick(f.actual), score: pick(f.score), policy: Uint8Array.from(indexes, (u) => f.policy[u]) };
}

const scored = (f: Figures, u: number): boolean => f.policy[u] !== FULL && f.policy[u] !== EXCLUDE;

/** The completion rate; none without a target or under full/exclude. */
export const rateAt = (f: Figures, u: number): number => (f.hasTarget && scored(f, u) ? f.actual[u] / f.target[u] : NaN);

/** The value the method scores: the rate with a target, else the actual; none under full or exclude. */
export const xAt = (f: Figures, u: number): number => (!scored(f, u) ? NaN : f.hasTarget ? f.actual[u] / f.target[u] : f.actual[u]);

/** Every unit's scored value (xAt) into `out`, in one loop: the scorer's hot path. */
export function xsInto(f: Figures, out: Float64Array): void {
  const { hasTarget, target, actual, policy } = f;
  for (let u = 0; u < out.length; u++) {
    const p = policy[u];
    out[u] = p === FULL || p === EXCLUDE ? NaN : hasTarget ? actual[u] / target[u] : actual[u];
  }
}

const orNone = (v: number | null): number => (v === null ? NaN : v);
export const orNull = (v: number): number | null => (v === v ? v : null); // NaN is the only value unequal to itself

/** One unit's figures for one indicator, as an object (explanations and results). */
export interface IndicatorScore {
  target: number | null;
  actual: number | null;
  rate: number | null;
  x: number | null;
  score: number | null;
  policy: Policy;
}

export function figureAt(f: Figures, u: number): IndicatorScore {
  return { target: orNull(f.target[u]), actual: orNull(f.actual[u]), rate: orNull(rateAt(f, u)), x: orNull(xAt(f, u)), score: orNull(f.score[u]), policy: POLICIES[f.policy[u]] };
}

/** Writes a figure read the long way (blanks, policies); its score comes later. */
export function putFigure(f: Figures, u: number, target: number | null, actual: number | null, policy: Policy): void {
  f.target[u] = orNone(target);
  f.actual[u] = orNone(actual);
  f.policy[u] = policyCode(policy);
}
