// The shape every scoring method shares. Shared code only ever calls these members; it never
// branches on a method's type.
import type { z } from 'zod';
import type { RuleCode } from './ruleCodes';

export type Direction = 'higher' | 'lower';

export interface ScoreContext {
  weight: number;
  direction: Direction;
  /** Time progress of the period. */
  elapsed: number;
}

export interface MethodDef<M extends { type: string } = { type: string }, P = unknown> {
  type: M['type'];
  /** Strict schema of the `method` object, `type` included. */
  schema: z.ZodType<M>;
  /** Needs a `target` column (scores a rate). */
  needsTarget: boolean;
  /** Accepts `direction: "lower"`. */
  allowsLower: boolean;
  /** Summarises the peers' values once per scope, for methods scored against the others. */
  prepare?: (peerValues: readonly number[], method: M, direction: Direction) => P;
  /** The indicator's points for value or rate `x`. */
  score: (x: number, method: M, ctx: ScoreContext, prepared: P) => number;
  /**
   * Replaces each value (NaN: none, left as it is) by its points, exactly as `score` gives them.
   * Each method has its own loop so the engine can inline its arithmetic: a 100,000-unit run
   * scores a million cells, and one shared loop calling `score` costs several times more.
   */
  scoreAll: (values: Float64Array, method: M, ctx: ScoreContext, prepared: P) => void;
  /**
   * How `score` reached its points for `x`: a step code of this method (`ratio.capped`) and the
   * numbers filled in, `score` among them. Words for each code live in the explanation tables.
   */
  explain: (x: number, method: M, ctx: ScoreContext, prepared: P) => MethodStep;
  /**
   * The figure nearest `from` whose points are at least `points`, the peers held as they are
   * (`prepared` unchanged); null when no figure reaches them.
   */
  inverse: (points: number, from: number, method: M, ctx: ScoreContext, prepared: P) => number | null;
  /** The rule itself, for the rules sheet: a rule code of this method and its settings, defaults filled in. */
  describe: (method: M, ctx: RuleContext) => MethodRule;
}

export interface RuleContext {
  weight: number;
  direction: Direction;
}

/**
 * A method's rule: its code and numbers, named as step parameters are (`x…` like the scored
 * figure, `pct…` as percentages, others plain), and for bands one rule a band.
 */
export interface MethodRule {
  code: RuleCode;
  params: Readonly<Record<string, number>>;
  parts?: readonly MethodRule[];
}

/**
 * Step parameters are named for how they read: `x…` like the scored figure (a rate or a value),
 * `pct…` and `elapsed` as percentages, points (`score`, `weight`, `pts…`) as points, others plain.
 */
export interface MethodStep {
  code: string;
  params: Readonly<Record<string, number>>;
}

/** Erases a method's own config type so the registry can hold them all. */
export function defineMethod<M extends { type: string }, P>(def: MethodDef<M, P>): MethodDef {
  return def as unknown as MethodDef;
}
