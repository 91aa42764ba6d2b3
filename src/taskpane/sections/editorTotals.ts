// Total rounding and limits, and how ties and groups are ranked (spec 3.3).
import type { Ctx } from '../context';
import { getAt, pathText } from '../model/draft';
import { h } from '../ui/dom';
import { checkField, selectField, textField } from '../ui/fields';
import { num } from './editor';

export function renderTotals(ctx: Ctx): HTMLElement {
  const { t, state } = ctx;
  const ties = getAt(state.draft, ['ranking', 'ties']);
  const tieBreak = getAt(state.draft, ['ranking', 'tieBreak']);
  const byGroup = getAt(state.draft, ['ranking', 'byGroup']);
  const hasGroup = typeof getAt(state.draft, ['unit', 'groupColumn']) === 'string';
  return h(
    'div',
    { class: 'group' },
    h('h3', {}, t('editor.total')),
    h('div', { class: 'grid' },
      num(ctx, ['total', 'precision'], t('total.precision'), { cls: 'third' }),
      num(ctx, ['total', 'min'], t('total.min'), { cls: 'third' }),
      num(ctx, ['total', 'max'], t('total.max'), { cls: 'third' }),
    ),
    h('h3', {}, t('editor.ranking')),
    h('div', { class: 'grid' },
      selectField({
        label: t('ranking.ties'),
        path: pathText(['ranking', 'ties']),
        value: ties === 'dense' ? 'dense' : 'competition',
        options: [{ value: 'competition', label: t('ties.competition') }, { value: 'dense', label: t('ties.dense') }],
        class: 'full',
        onChange: (v) => ctx.edit(['ranking', 'ties'], v),
      }),
      textField({
        label: t('ranking.tieBreak'),
        path: pathText(['ranking', 'tieBreak']),
        value: Array.isArray(tieBreak) ? tieBreak.filter((x): x is string => typeof x === 'string').join(', ') : '',
        class: 'full',
        onInput: (v) => {
          const ids = v.split(/[,，、\s]+/).filter((s) => s !== '');
          ctx.edit(['ranking', 'tieBreak'], ids.length > 0 ? ids : undefined);
        },
      }),
      checkField({
        label: t('ranking.byGroup'),
        path: pathText(['ranking', 'byGroup']),
        checked: typeof byGroup === 'boolean' ? byGroup : hasGroup,
        class: 'full',
        onChange: (c) => ctx.edit(['ranking', 'byGroup'], c),
      }),
    ),
  );
}
