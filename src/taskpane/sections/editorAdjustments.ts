// Bonuses, deductions and the one-vote veto (spec 3.2).
import type { Ctx } from '../context';
import { addItem, getAt, pathText, type Path } from '../model/draft';
import { h } from '../ui/dom';
import { button, selectField } from '../ui/fields';
import { itemTools, num, text } from './editor';

const TYPES = ['bonus', 'deduction', 'veto'] as const;

export function renderAdjustments(ctx: Ctx): HTMLElement {
  const { t, state } = ctx;
  const list = getAt(state.draft, ['adjustments']);
  const items = Array.isArray(list) ? list : [];
  return h(
    'div',
    { class: 'group' },
    h('h3', {}, t('editor.adjustments')),
    ...items.map((_, i) => {
      const base: Path = ['adjustments', i];
      const type = getAt(state.draft, [...base, 'type']);
      const typeText = typeof type === 'string' ? type : '';
      const name = `${t('editor.adjustments')} ${i + 1}`;
      return h(
        'fieldset',
        { class: 'card' },
        h('legend', {}, `${i + 1}. ${TYPES.includes(typeText as 'veto') ? t(`adjust.${typeText as 'veto'}`) : typeText}`),
        itemTools(ctx, ['adjustments'], i, items.length, name),
        h('div', { class: 'grid' },
          selectField({
            label: t('editor.type'),
            path: pathText([...base, 'type']),
            value: typeText,
            options: TYPES.map((v) => ({ value: v, label: t(`adjust.${v}`) })),
            class: 'third',
            // A veto has no maximum; drop it so the strict schema does not reject the leftover.
            onChange: (v) => ctx.change((d) => {
              d.adjustments = (Array.isArray(d.adjustments) ? d.adjustments : []).map((a, j) => (j === i && a && typeof a === 'object' && !Array.isArray(a) ? withType(a, v) : a));
            }),
          }),
          text(ctx, [...base, 'column'], t('editor.column'), 'third'),
          typeText === 'veto' ? null : num(ctx, [...base, 'max'], t('editor.max'), { cls: 'third' }),
        ),
      );
    }),
    button({ label: `+ ${t('editor.addAdjustment')}`, focus: 'add-adjustment', onClick: () => ctx.change((d) => addItem(d, ['adjustments'], { type: 'bonus', column: '加分' })) }),
  );
}

function withType<T extends Record<string, unknown>>(adjustment: T, type: string): T {
  const next: Record<string, unknown> = { ...adjustment, type };
  if (type === 'veto') delete next.max;
  return next as T;
}
