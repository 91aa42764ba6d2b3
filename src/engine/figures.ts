// Figures in columns: one typed array per indicator and quantity, by unit index, NaN for "none".
// A 100,000-unit run then allocates a few dozen arrays instead of a million small objects, and
// target and actual are copied out of the input only when something asks for them. The
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

/**
 * Where the plain reader found an indicator's figures (plainFigures.ts): a unit's target and
 * actual are cells of its row, left there until asked for.
 */
export interface PlainCells {
  values: readonly (readonly unknown[])[];
  /** By unit index: the unit's row in `values`. */
  rows: Int32Array;
  /** Column of the target in the rows, −1 when the indicator has none. */
  target: number;
  actual: number;
}

/** One indicator's figures for every unit, by unit index; NaN stands for null. */
export class Figures {
  private targets: Float64Array | null;
  private actuals: Float64Array | null;
  private cells: PlainCells | null = null;

  constructor(
    /** The indicator scores a rate (actual ÷ target). */
    readonly hasTarget: boolean,
    /**
     * Unrounded points; none when the indicator does not apply (missing: exclude). Between reading
     * and scoring it holds the scored value, which the scorer turns into points in place.
     */
    readonly score: Float64Array,
    /** Which missing policy applied: 0 none, else zero, full, exclude. */
    readonly policy: Uint8Array,
    target: Float64Array | null = null,
    actual: Float64Array | null = null,
  ) {
    this.targets = target;
    this.actuals = actual;
  }

  /**
   * Leaves target and actual in the input's cells: a run needs only the scored value the reader
   * computed, so copying two million numbers into columns waits until they are asked for (the
   * result objects, explanations, methods that compare peers).
   */
  keepInCells(cells: PlainCells): void {
    // Columns already made would hide the cells (a reader calling this too late).
    if (this.targets !== null || this.actuals !== null) throw new Error('figures already in columns');
    this.cells = cells;
  }

  get target(): Float64Array {
    if (this.targets === null) this.copyCells();
    return this.targets!;
  }

  get actual(): Float64Array {
    if (this.actuals === null) this.copyCells();
    return this.actuals!;
  }

  /**
   * The columns, from the cells the plain reader took. The cells it left to the long way (text,
   * blanks, errors, targets not above 0, numbers too large) get their figures from putFigure,
   * which asks for the columns first, so they are never overwritten here.
   */
  private copyCells(): void {
    const n = this.score.length;
    const target = new Float64Array(n);
    const actual = new Float64Array(n);
    const cells = this.cells;
    if (cells !== null) {
      const { values, rows } = cells;
      for (let u = 0; u < n; u++) {
        const row = values[rows[u]];
        const a = row[cells.actual];
        const t = cells.target < 0 ? NaN : row[cells.target];
        actual[u] = typeof a === 'number' ? a : NaN;
        target[u] = typeof t === 'number' ? t : NaN;
      }
    }
    this.targets = target;
    this.actuals = actual;
    this.cells = null;
  }
}

/**
 * Scores and policies left unfilled (the reader and the scorer write every unit's); target and
 * actual come from the cells (keepInCells) or start as zeros for putFigure and the reader to fill.
 */
export function newFigures(n: number, hasTarget: boolean): Figures {
  return new Figures(hasTarget, new Float64Array(n), new Uint8Array(n));
}

export const copyFigures = (f: Figures): Figures => new Figures(f.hasTarget, f.score.slice(), f.policy.slice(), f.target.slice(), f.actual.slice());

/** The indicators of the units at `indexes`, in that order. */
export function pickFigures(f: Figures, indexes: readonly number[]): Figures {
  const pick = (list: Float64Array): Float64Array => Float64Array.from(indexes, (u) => list[u]);
  return new Figures(f.hasTarget, pick(f.score), Uint8Array.from(indexes, (u) => f.policy[u]), pick(f.target), pick(f.actual));
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
