// Labelled form controls. Each control carries `data-path` (the JSON path it edits, so the
// engine's issues can mark it) and `data-focus` (so focus survives a redraw).
import { h, uid } from './dom';

interface Base {
  label: string;
  /** JSON path text, e.g. `indicators[0].weight`. */
  path?: string;
  /** Stable key for focus restore; defaults to the path. */
  focus?: string;
  class?: string | undefined;
}

function wrap(base: Base, control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  const key = base.focus ?? base.path;
  if (base.path) control.dataset.path = base.path;
  if (key) control.dataset.focus = key;
  return h('div', { class: `field ${base.class ?? ''}`.trim() }, h('label', { for: id }, base.label), control);
}

export function textField(o: Base & { value: string; onInput: (value: string) => void; placeholder?: string }): HTMLElement {
  const input = h('input', { type: 'text', value: o.value, placeholder: o.placeholder, spellcheck: 'false', autocomplete: 'off' });
  input.addEventListener('input', () => o.onInput(input.value));
  return wrap(o, input, uid('text'));
}

export function numberField(o: Base & { value: unknown; step?: number; onInput: (value: string) => void }): HTMLElement {
  // type=text with inputmode: a type=number input hides what was typed when it is not a number,
  // and the engine's message should be able to name it.
  const value = typeof o.value === 'number' || typeof o.value === 'string' ? String(o.value) : '';
  const input = h('input', { type: 'text', inputmode: 'decimal', value, spellcheck: 'false', autocomplete: 'off' });
  input.addEventListener('input', () => o.onInput(input.value));
  return wrap(o, input, uid('num'));
}

export function selectField(o: Base & { value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void }): HTMLElement {
  const select = h('select', {}, ...o.options.map((opt) => h('option', { value: opt.value, selected: opt.value === o.value }, opt.label)));
  select.value = o.value;
  select.addEventListener('change', () => o.onChange(select.value));
  return wrap(o, select, uid('sel'));
}

export function checkField(o: Base & { checked: boolean; onChange: (checked: boolean) => void }): HTMLElement {
  const id = uid('chk');
  const input = h('input', { type: 'checkbox', id, checked: o.checked });
  if (o.path) input.dataset.path = o.path;
  input.dataset.focus = o.focus ?? o.path ?? id;
  input.addEventListener('change', () => o.onChange(input.checked));
  return h('div', { class: `field check ${o.class ?? ''}`.trim() }, input, h('label', { for: id }, o.label));
}

/** A button; `label` is its visible text, `aria` an optional longer name for screen readers. */
export function button(o: { label: string; onClick: () => void; aria?: string; kind?: 'primary' | 'subtle' | 'icon'; disabled?: boolean; focus?: string; title?: string | undefined }): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `btn ${o.kind ?? ''}`.trim(), 'aria-label': o.aria, title: o.title ?? o.aria, disabled: o.disabled });
  b.textContent = o.label;
  if (o.focus) b.dataset.focus = o.focus;
  b.addEventListener('click', () => o.onClick());
  return b;
}

/** A titled part of the pane, named for screen readers by its heading. */
export function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  const headingId = `${id}-title`;
  return h('section', { id, class: 'section', 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), ...children);
}
