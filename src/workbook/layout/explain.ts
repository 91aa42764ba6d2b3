// Each scoring method in words, one explainer per method type (a registry, not a switch).
import type { IndicatorRule } from '../../engine/ruleset/schema';
import type { Labels } from './labels';
import { percent, plain } from './numbers';

interface ExplainContext {
  words: Labels;
  weight: number;
  /** The indicator scores a rate (has a target). */
  isRate: boolean;
  lower: boolean;
  /** `完成率` or `数值`. */
  measure: string;
}

type Fields = Readonly<Record<string, unknown>>;
type Explainer = (m: Fields, ctx: ExplainContext) => string;

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
/** A threshold on x: a percentage for rates, a plain number for values. */
const onX = (v: number, ctx: ExplainContext): string => (ctx.isRate ? percent(v) : plain(v));

const EXPLAINERS: Readonly<Record<string, Explainer>> = {
  ratio: (m, c) => c.words.methods.ratio({ cap: onX(num(m.cap, 1), c), floor: onX(num(m.floor, 0), c), measure: c.measure }),
  schedule: (m, c) =>
    m.mode === 'proportional'
      ? c.words.methods.scheduleProportional({ cap: percent(num(m.cap, 1)), measure: c.measure })
      : c.words.methods.schedulePoints({
          penalty: plain(num(m.penaltyPerPoint, 0)),
          bonus: plain(num(m.bonusPerPoint, 0)),
          maxBonus: plain(num(m.maxBonus, 0)),
          measure: c.measure,
        }),
  bands: (m, c) => {
    const bands = Array.isArray(m.bands) ? (m.bands as Fields[]) : [];
    const parts = bands.map((b) =>
      c.words.methods.band({
        min: typeof b.min === 'number' ? onX(b.min, c) : null,
        max: typeof b.max === 'number' ? onX(b.max, c) : null,
        score: plain(num(b.score, 0) * c.weight),
      }),
    );
    return c.words.methods.bands({ bands: parts.join(c.words.listSep), elseScore: plain(num(m.else, 0) * c.weight) });
  },
  relative: (_m, c) => (c.lower ? c.words.methods.relativeLower : c.words.methods.relativeHigher)({ measure: c.measure }),
  minmax: (_m, c) => (c.lower ? c.words.methods.minmaxLower : c.words.methods.minmaxHigher)({ measure: c.measure }),
  rank: (m, c) =>
    c.words.methods.rank({ step: plain(num(m.step, 0)), floor: plain(num(m.floor, 0)), measure: c.measure, lower: c.lower }),
  perUnit: (m, c) => {
    const points = num(m.points, 0);
    return points < 0
      ? c.words.methods.perUnitPenalty({ points: plain(-points), measure: c.measure })
      : c.words.methods.perUnitReward({ points: plain(points), weight: plain(c.weight), measure: c.measure });
  },
};

export function explainMethod(indicator: IndicatorRule, words: Labels): string {
  const method = indicator.method as Fields & { type: string };
  const isRate = indicator.target !== undefined;
  const ctx: ExplainContext = {
    words,
    weight: indicator.weight,
    isRate,
    lower: indicator.direction === 'lower',
    measure: isRate ? words.measureRate : words.measureValue,
  };
  const explainer = EXPLAINERS[method.type];
  return explainer ? explainer(method, ctx) : words.methods.unknown({ type: method.type, json: JSON.stringify(method) });
}
