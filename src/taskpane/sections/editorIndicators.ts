// The indicators: their columns, direction, missing-value rule and method with its settings.
import type { Ctx } from '../context';
import { addItem, getAt, newIndicator, pathText, setMethodChoice, setMethodType, weightSum, type Json, type Path } from '../model/draft';
import { fieldShown, METHOD_SPECS, methodSpec, type FieldSpec } from '../model/methodFields';
import { h } from '../ui/dom';
import { button, selectField } from '../ui/fields';
import { itemTools, num, text } from './editor';

const isRecord = (v: unknown): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function renderIndicators(ctx: Ctx): HTMLElement {
  const { t, state } = ctx;
  const list = getAt(state.draft, ['indicators']);
  const items = Array.isArray(list) ? list : [];
  return h(
    'div',
    { class: 'group' },
    h('h3', {}, t('editor.indicators')),
    ...items.map((_, i) => indicator(ctx, i, items.length)),
    h('div', { class: 'row' }, button({ label: `+ ${t('editor.addIndicator')}`, focus: 'add-indicator', onClick: () => ctx.change((d) => addItem(d, ['indicators'], newIndicator(d))) }), ctx.slot('weightSum', () => renderWeightSum(ctx))),
  );
}

function renderWeightSum(ctx: Ctx): HTMLElement {
  const sum = weightSum(ctx.state.draft);
  return h('p', { class: `weight-sum ${sum === 100 ? '' : 'warn'}`.trim(), id: 'weight-sum', 'aria-live': 'polite' }, ctx.t('editor.weightSum', { sum }), sum === 100 ? null : ctx.t('editor.weightSumNot100'));
}

function indicator(ctx: Ctx, i: number, count: number): HTMLElement {
  const { t, state } = ctx;
  const base: Path = ['indicators', i];
  const label = getAt(state.draft, [...base, 'label']);
  const id = getAt(state.draft, [...base, 'id']);
  const name = `${t('editor.indicator', { n: i + 1 })}${typeof label === 'string' && label ? ` · ${label}` : typeof id === 'string' ? ` · ${id}` : ''}`;
  const method = getAt(state.draft, [...base, 'method']);
  const type = isRecord(method) && typeof method.type === 'string' ? method.type : '';
  const choice = (key: string, labelText: string, options: readonly { value: string; label: string }[]): HTMLElement => {
    const current = getAt(state.draft, [...base, key]);
    return selectField({ label: labelText, path: pathText([...base, key]), value: typeof current === 'string' ? current : '', options, class: 'third', onChange: (v) => ctx.edit([...base, key], v === '' ? undefined : v) });
  };
  return h(
    'fieldset',
    { class: 'card indicator' },
    h('legend', {}, name),
    itemTools(ctx, ['indicators'], i, count, name),
    h('div', { class: 'grid' },
      text(ctx, [...base, 'id'], t('editor.id'), 'third'),
      text(ctx, [...base, 'label'], t('editor.label'), 'third'),
      num(ctx, [...base, 'weight'], t('editor.weight'), { cls: 'third' }),
      text(ctx, [...base, 'target'], t('editor.target'), 'half'),
      text(ctx, [...base, 'actual'], t('editor.actual'), 'half'),
      choice('scale', t('editor.scale'), [{ value: '', label: t('editor.scaleNone') }, ...['元', '万元', '亿元'].map((s) => ({ value: s, label: s }))]),
      choice('direction', t('editor.direction'), [{ value: '', label: t('direction.higher') }, { value: 'lower', label: t('direction.lower') }]),
      choice('missing', t('editor.missing'), ['', 'zero', 'full', 'exclude'].map((m) => ({ value: m, label: t(m === '' ? 'missing.error' : (`missing.${m}` as 'missing.zero')) }))),
    ),
    selectField({
      label: t('editor.method'),
      path: pathText([...base, 'method', 'type']),
      value: type,
      options: [...(methodSpec(type) ? [] : [{ value: type, label: type }]), ...METHOD_SPECS.map((m) => ({ value: m.type, label: `${t(m.label)} (${m.type})` }))],
      onChange: (v) => ctx.change((d) => setMethodType(d, i, v)),
    }),
    methodFields(ctx, i, isRecord(method) ? method : {}),
  );
}

function methodFields(ctx: Ctx, i: number, method: Readonly<Record<string, Json>>): HTMLElement {
  const { t } = ctx;
  const spec = methodSpec(method.type);
  const base: Path = ['indicators', i, 'method'];
  if (!spec || spec.fields.length === 0) return h('p', { class: 'hint' }, spec ? t('editor.noFields') : '');
  return h('div', { class: 'grid method', role: 'group', 'aria-label': t(spec.label) }, ...spec.fields.filter((f) => fieldShown(f, method)).map((f) => methodField(ctx, i, base, f, method)));
}

function methodField(ctx: Ctx, i: number, base: Path, field: FieldSpec, method: Readonly<Record<string, Json>>): HTMLElement {
  const { t } = ctx;
  if (field.kind === 'number') return num(ctx, [...base, field.key], t(field.label), { cls: 'half' });
  if (field.kind === 'choice') {
    const current = method[field.key];
    return selectField({
      label: t(field.label),
      path: pathText([...base, field.key]),
      value: typeof current === 'string' ? current : field.omitDefault,
      options: field.options.map((o) => ({ value: o.value, label: t(o.label) })),
      class: 'full',
      onChange: (v) => ctx.change((d) => setMethodChoice(d, i, field.key, v, field.omitDefault)),
    });
  }
  const bands = Array.isArray(method.bands) ? method.bands : [];
  const path: Path = [...base, 'bands'];
  return h(
    'div',
    { class: 'full bands', role: 'group', 'aria-label': t('field.bands') },
    h('h4', {}, t('field.bands')),
    ...bands.map((_, b) =>
      h('div', { class: 'band row' },
        num(ctx, [...path, b, 'min'], t('field.bandMin'), { cls: 'third' }),
        num(ctx, [...path, b, 'max'], t('field.bandMax'), { cls: 'third' }),
        num(ctx, [...path, b, 'score'], t('field.bandScore'), { cls: 'third' }),
        itemTools(ctx, path, b, bands.length, `${t('field.bands')} ${b + 1}`),
      ),
    ),
    button({ label: `+ ${t('editor.addBand')}`, kind: 'subtle', focus: `${pathText(path)}-add`, onClick: () => ctx.change((d) => addItem(d, path, { min: 0, score: 0 })) }),
  );
}
