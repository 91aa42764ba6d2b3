// Tiers (spec 3.4): a label, a kind, and the conditions that put a unit in it.
import type { Ctx } from '../context';
import { addItem, getAt, pathText, type Path } from '../model/draft';
import { h } from '../ui/dom';
import { button, checkField, selectField } from '../ui/fields';
import { itemTools, num, text } from './editor';

const COUNTS = ['top', 'bottom', 'topPercent', 'bottomPercent', 'minScore', 'maxScore'] as const;

export function renderTiers(ctx: Ctx): HTMLElement {
  const { t, state } = ctx;
  const list = getAt(state.draft, ['tiers']);
  const items = Array.isArray(list) ? list : [];
  return h(
    'div',
    { class: 'group' },
    h('h3', {}, t('editor.tiers')),
    ...items.map((_, i) => {
      const base: Path = ['tiers', i];
      const label = getAt(state.draft, [...base, 'label']);
      const name = `${t('editor.tier', { n: i + 1 })}${typeof label === 'string' && label ? ` · ${label}` : ''}`;
      const kind = getAt(state.draft, [...base, 'kind']);
      const veto = getAt(state.draft, [...base, 'when', 'veto']);
      const quota = getAt(state.draft, [...base, 'when', 'quota']);
      return h(
        'fieldset',
        { class: 'card' },
        h('legend', {}, name),
        itemTools(ctx, ['tiers'], i, items.length, name),
        h('div', { class: 'grid' },
          text(ctx, [...base, 'label'], t('editor.tierLabel'), 'half'),
          selectField({
            label: t('editor.kind'),
            path: pathText([...base, 'kind']),
            value: typeof kind === 'string' ? kind : 'neutral',
            options: (['reward', 'penalty', 'neutral'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) })),
            class: 'half',
            onChange: (v) => ctx.edit([...base, 'kind'], v),
          }),
          ...COUNTS.map((key) => num(ctx, [...base, 'when', key], t(`when.${key}`), { cls: 'third' })),
          selectField({
            label: t('when.veto'),
            path: pathText([...base, 'when', 'veto']),
            value: veto === true ? 'true' : veto === false ? 'false' : '',
            options: [{ value: '', label: t('when.vetoAny') }, { value: 'true', label: t('when.vetoTrue') }, { value: 'false', label: t('when.vetoFalse') }],
            class: 'third',
            onChange: (v) => ctx.edit([...base, 'when', 'veto'], v === '' ? undefined : v === 'true'),
          }),
          checkField({ label: t('when.quota'), path: pathText([...base, 'when', 'quota']), checked: quota === true, class: 'third', onChange: (c) => ctx.edit([...base, 'when', 'quota'], c ? true : undefined) }),
        ),
      );
    }),
    button({ label: `+ ${t('editor.addTier')}`, focus: 'add-tier', onClick: () => ctx.change((d) => addItem(d, ['tiers'], { label: '', kind: 'neutral', when: {} })) }),
  );
}
