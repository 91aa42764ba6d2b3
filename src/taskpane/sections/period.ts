// (d) The period: year, half, quarter or month, and the time progress (序时进度) it implies.
import type { Ctx } from '../context';
import { customElapsed, PARTS, PERIOD_KINDS, percentText, periodLabel, progressOf, withKind, type PeriodKind } from '../model/period';
import { h } from '../ui/dom';
import { section, selectField, textField } from '../ui/fields';

export function renderPeriod(ctx: Ctx): HTMLElement {
  return ctx.slot('period', () => {
    const { t, state } = ctx;
    const p = state.period;
    const thisYear = new Date().getFullYear();
    const years = Array.from({ length: 8 }, (_, k) => thisYear - 5 + k);
    if (!years.includes(p.year)) years.push(p.year);
    const partLabel = (n: number): string =>
      p.kind === 'half' ? t(n === 1 ? 'half.1' : 'half.2') : p.kind === 'quarter' ? t('quarter.n', { n }) : t('month.n', { n });
    return section(
      'period',
      t('section.period'),
      h('div', { class: 'grid' },
        selectField({ label: t('period.kind'), value: p.kind, focus: 'period-kind', class: 'third', options: PERIOD_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })), onChange: (v) => { state.period = withKind(p, v as PeriodKind); ctx.redraw('period'); } }),
        selectField({ label: t('period.year'), value: String(p.year), focus: 'period-year', class: 'third', options: years.sort().map((y) => ({ value: String(y), label: String(y) })), onChange: (v) => { state.period = { ...p, year: Number(v) }; ctx.redraw('period'); } }),
        p.kind === 'year'
          ? null
          : selectField({ label: t('period.part'), value: String(p.part), focus: 'period-part', class: 'third', options: Array.from({ length: PARTS[p.kind] }, (_, k) => ({ value: String(k + 1), label: partLabel(k + 1) })), onChange: (v) => { state.period = { ...p, part: Number(v) }; ctx.redraw('period'); } }),
        textField({ label: t('period.elapsed'), value: state.elapsedText, focus: 'period-elapsed', class: 'full', placeholder: percentText(progressOf(p)), onInput: (v) => { state.elapsedText = v; ctx.redraw('progress'); } }),
      ),
      ctx.slot('progress', () => renderProgress(ctx)),
    );
  });
}

function renderProgress(ctx: Ctx): HTMLElement {
  const { t, state } = ctx;
  const progress = customElapsed(state.elapsedText) ?? progressOf(state.period);
  return h('div', { class: 'progress', id: 'period-progress' },
    h('p', {}, h('span', { id: 'period-label' }, t('period.label', { label: periodLabel(state.period) })), ' · ', h('span', { id: 'period-percent' }, t('period.progress', { percent: percentText(progress) }))),
    h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': Math.round(progress * 1000) / 10, 'aria-labelledby': 'period-percent' },
      barFill(progress),
    ),
  );
}

function barFill(progress: number): HTMLElement {
  const fill = h('div', { class: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(1, progress)) * 100}%`;
  return fill;
}
