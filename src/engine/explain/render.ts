// Puts an explanation into words: a title and headed sections of lines, the same text in the
// task pane, the explanation sheet, the CLI and a copied message.
import type { Lang } from '../types';
import { num, numAt, pts, stepParam } from './format';
import { en } from './i18n/en';
import type { ExplainWords, StepText } from './i18n/words';
import { zhCN } from './i18n/zh-CN';
import { isStepCode } from './stepCodes';
import { stepDigits } from './stepDigits';

/** Decimals of points inside a step (pts() default). */
const POINT_DECIMALS = 2;
import type { ConditionCheck } from '../tiers';
import type { Gap, IndicatorExplanation, IndicatorGap, Outcome, UnitExplanation } from './types';

export const EXPLAIN_WORDS: Readonly<Record<Lang, ExplainWords>> = { 'zh-CN': zhCN, en };

export interface ExplanationSection {
  heading: string;
  lines: string[];
}

export interface ExplanationText {
  title: string;
  sections: ExplanationSection[];
}

function stepLine(ind: IndicatorExplanation, w: ExplainWords): string | null {
  if (ind.step === null) return null;
  const code = ind.step.code;
  // Codes come from the methods; a test keeps every one in the tables.
  if (!isStepCode(code)) return `${code} ${JSON.stringify(ind.step.params)}`;
  const digits = stepDigits(code, ind.step.params, ind.isRate, POINT_DECIMALS);
  const text: Record<string, string> = { measure: ind.isRate ? w.measureRate : w.measureValue };
  for (const [k, v] of Object.entries(ind.step.params)) text[k] = stepParam(k, v, ind.isRate, digits[k]);
  return w.steps[code](text as StepText);
}

const withScale = (v: string, scale: string | null): string => (scale === null ? v : `${v} ${scale}`);

function indicatorLine(ind: IndicatorExplanation, w: ExplainWords, precision: number): string {
  const figures = [ind.target, ind.actual]
    .filter((f) => f !== null)
    .map((f) => (f.value === null ? w.blankFigure({ column: f.column, cell: f.cell }) : w.figure({ column: f.column, value: withScale(num(f.value), ind.scale), cell: f.cell })));
  const parts = [figures.join(w.figureSep)];
  if (ind.policy === 'zero') parts.push(w.policy.zero);
  if (ind.policy === 'full') parts.push(w.policy.full(pts(ind.weight, precision)));
  if (ind.policy === 'exclude') parts.push(w.policy.exclude);
  const step = stepLine(ind, w);
  if (step !== null) parts.push(step);
  return `${w.indicator({ label: ind.label, weight: pts(ind.weight) })}${w.headSep}${parts.join(w.listSep)}`;
}

function adjustmentLines(e: UnitExplanation, w: ExplainWords, precision: number): string[] {
  const lines: string[] = [];
  for (const a of e.adjustments) {
    if (a.type === 'veto') {
      if (a.reason !== null) lines.push(w.veto(a.reason));
      continue;
    }
    if (a.written === null || a.written === 0) continue;
    const counted = a.counted !== null && a.counted !== a.written ? pts(a.counted, precision) : null;
    const p = { label: a.label, value: pts(a.written, precision), cell: a.cell, counted };
    lines.push(a.type === 'bonus' ? w.bonus(p) : w.deduction(p));
  }
  return lines.length > 0 ? lines : [w.noAdjustments];
}

const outcomeText = (o: Outcome, w: ExplainWords, precision: number): string => w.outcome({ total: pts(o.total, precision), rank: o.rank, tier: o.tier });

/** One tier condition in words; top/bottom places skip vetoed units, which the line says where the scope has any. */
function conditionText(c: ConditionCheck, e: UnitExplanation, w: ExplainWords): string {
  const place = c.kind === 'top' || c.kind === 'bottom';
  if ((c.kind === 'top' || c.kind === 'bottom') && e.veto !== null) return w.vetoedPlace[c.kind](String(c.limit));
  const score = c.kind === 'minScore' || c.kind === 'maxScore';
  const fmt = (v: number): string => (score ? pts(v, e.total.precision) : String(v));
  return w.condition[c.kind]({ limit: fmt(c.limit), value: fmt(c.value), met: c.met, vetoedOut: place && e.vetoedInScope > 0 });
}

function goalText(g: Gap, w: ExplainWords): string {
  if (g.goal === 'next-rank') return w.goal.nextRank(g.rank ?? 0);
  if (g.goal === 'enter-tier') return w.goal.enterTier({ tier: g.tier ?? '', top: g.top ?? 0 });
  return w.goal.leaveTier(g.tier ?? '');
}

function changeLine(c: IndicatorGap, w: ExplainWords, precision: number, neededTotal: number): string {
  if ('cannot' in c) return w.cannot[c.cannot](c.label);
  // The figure needed is shown to the grid it was checked on, never rounded short of it.
  const decimals = Math.max(0, Math.round(-Math.log10(c.grid)));
  const show = (v: number): string => withScale(numAt(v, decimals), c.scale);
  return w.change({
    label: c.label,
    column: c.column,
    from: withScale(num(c.from), c.scale),
    to: show(c.to),
    delta: show(Math.abs(c.to - c.from)),
    up: c.to > c.from,
    after: outcomeText(c.after, w, precision),
    lowerTotal: c.after.total < neededTotal,
  });
}

function gapLines(e: UnitExplanation, w: ExplainWords): string[] {
  const precision = e.total.precision;
  if (e.veto !== null) return [w.vetoedGaps];
  const lines: string[] = [];
  if (e.rank === 1) lines.push(w.topAlready);
  for (const g of e.gaps) {
    const goal = goalText(g, w);
    if (g.blocked !== null || g.neededTotal === null || g.points === null || g.after === null) {
      lines.push(w.blocked[g.blocked ?? 'unreachable'](goal));
      continue;
    }
    lines.push(w.needed({ goal, total: pts(g.neededTotal, precision), points: pts(g.points, precision), after: outcomeText(g.after, w, precision) }));
    for (const c of g.indicators) lines.push(changeLine(c, w, precision, g.neededTotal));
    if (g.indicators.every((c) => 'cannot' in c)) lines.push(w.noSingleIndicator);
  }
  return lines;
}

export function explanationText(e: UnitExplanation, lang: Lang): ExplanationText {
  const w = EXPLAIN_WORDS[lang];
  const precision = e.total.precision;
  const t = e.total;
  const totalLine = w.total({
    sum: pts(t.sum, precision),
    scaled: t.scaled === null ? null : { all: pts(t.scaled.all), applying: pts(t.scaled.applying), indicatorSum: pts(t.indicatorSum, precision) },
    bonus: pts(t.bonus, precision),
    deduction: pts(t.deduction, precision),
    raw: pts(t.raw, precision),
    clamp: t.clamp === null ? null : { side: t.clamp.side, limit: pts(t.clamp.limit, precision) },
    total: pts(t.total, precision),
    precision,
  });
  const tierLines = e.tiers.map((tier) => {
    const conditions = tier.conditions.map((c) => conditionText(c, e, w));
    const status = tier.assigned ? w.tierStatus.assigned : tier.takenEarlier ? w.tierStatus.takenEarlier : tier.quotaExcluded ? w.tierStatus.quotaExcluded : w.tierStatus.missed;
    return w.tier({ label: tier.label, conditions: conditions.length === 0 ? w.anyUnit : conditions.join(w.listSep), status });
  });
  const sections: ExplanationSection[] = [
    { heading: w.headings.scores, lines: e.indicators.map((ind) => indicatorLine(ind, w, precision)) },
    { heading: w.headings.adjustments, lines: adjustmentLines(e, w, precision) },
    { heading: w.headings.total, lines: [totalLine] },
    { heading: w.headings.rank, lines: [w.rank({ rank: e.rank, size: e.scopeSize, group: e.group, tiedWith: e.tiedWith, dense: e.ties === 'dense', vetoed: e.veto !== null })] },
  ];
  if (tierLines.length > 0) sections.push({ heading: w.headings.tiers, lines: tierLines });
  sections.push({ heading: w.headings.gaps, lines: gapLines(e, w) });
  return { title: w.title({ unit: e.unit, group: e.group, rank: e.rank, total: pts(e.total.total, precision), tier: e.tier }), sections };
}

/** The explanation as plain text for a message: title, then each section under its heading. */
export function explanationPlain(e: UnitExplanation, lang: Lang): string {
  const text = explanationText(e, lang);
  const open = lang === 'zh-CN' ? '【' : '';
  const close = lang === 'zh-CN' ? '】' : ':';
  return [text.title, ...text.sections.map((s) => [`${open}${s.heading}${close}`, ...s.lines].join('\n'))].join('\n\n');
}
