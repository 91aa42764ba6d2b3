// Title, language switch, and the banners for "not in Excel" and unexpected failures.
import type { Lang } from '../../engine/index';
import type { Ctx } from '../context';
import { h } from '../ui/dom';
import { button } from '../ui/fields';

const LANGS: readonly { value: Lang; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function renderHeader(ctx: Ctx, onLanguage: () => void): HTMLElement {
  return ctx.slot('header', () => {
    const { t, state } = ctx;
    const select = h('select', { id: 'lang-switch', 'data-focus': 'lang' }, ...LANGS.map((l) => h('option', { value: l.value, selected: l.value === state.lang, lang: l.value }, l.label)));
    select.addEventListener('change', () => {
      state.lang = select.value === 'en' ? 'en' : 'zh-CN';
      onLanguage();
    });
    return h(
      'header',
      { class: 'app-header' },
      h('div', { class: 'brand' }, h('img', { src: 'assets/icon-32.png', alt: '', width: 24, height: 24 }), h('div', {}, h('h1', {}, t('app.title')), h('p', { class: 'subtitle' }, t('app.subtitle')))),
      h('div', { class: 'field lang' }, h('label', { for: 'lang-switch' }, t('app.language')), select),
      ctx.excel ? null : h('p', { class: 'notice', role: 'note' }, t('app.noExcel')),
      state.error === null
        ? null
        : h('div', { class: 'banner error', role: 'alert' }, h('span', {}, t('app.error', { message: state.error })), button({ label: '×', aria: t('app.dismiss'), kind: 'icon', onClick: () => { state.error = null; ctx.redraw('header'); } })),
    );
  });
}
