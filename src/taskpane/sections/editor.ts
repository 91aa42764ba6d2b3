// (b) The rule-set editor. Field edits change the draft in place and revalidate; list changes
// (add, remove, move, method type) redraw the editor. The engine's messages mark the fields.
import type { Issue } from '../../engine/index';
import type { Ctx } from '../context';
import { getAt, moveItem, numberInput, pathText, removeItem, textInput, type Path } from '../model/draft';
import { h } from '../ui/dom';
import { button, textField } from '../ui/fields';
import { issueList } from '../ui/issues';
import { renderAdjustments } from './editorAdjustments';
import { renderIndicators } from './editorIndicators';
import { renderTiers } from './editorTiers';
import { renderTotals } from './editorTotals';

export function renderEditor(ctx: Ctx): HTMLElement {
  return ctx.slot('editor', () => {
    const { t, state } = ctx;
    // Folded, only the summary is built: the fields follow on opening, once the engine (loaded
    // after the first render) has checked the draft, so that its verdict is there with them.
    const details = h(
      'details',
      { id: 'editor', class: 'section', open: state.editorOpen },
      h('summary', { 'data-focus': 'editor' }, h('h2', { id: 'editor-title' }, t('section.editor'))),
      ...(state.editorOpen
        ? [
            h('div', { class: 'group' }, text(ctx, ['name'], t('editor.name')), text(ctx, ['unit', 'column'], t('editor.unitColumn')), text(ctx, ['unit', 'groupColumn'], t('editor.groupColumn'))),
            renderIndicators(ctx),
            renderAdjustments(ctx),
            renderTiers(ctx),
            renderTotals(ctx),
            ctx.slot('validation', () => renderValidation(ctx)),
          ]
        : []),
    );
    details.addEventListener('toggle', () => {
      const opened = details.open && !state.editorOpen;
      state.editorOpen = details.open;
      // Redrawn in place; the focus stays on the summary (data-focus).
      if (!opened) return;
      void ctx.checked().then((ok) => {
        if (ok && state.editorOpen) ctx.redraw('editor');
      });
    });
    return details;
  });
}

function renderValidation(ctx: Ctx): HTMLElement {
  const { t, state } = ctx;
  const issues = state.draftIssues;
  return h(
    'div',
    { class: `validation ${issues.length === 0 ? 'ok' : 'bad'}`, id: 'rules-validation', role: 'status', 'aria-live': 'polite' },
    h('p', {}, issues.length === 0 ? t('editor.valid') : t('editor.invalid', { n: issues.length })),
    issues.length === 0 ? null : issueList(ctx, issues, 'rule-issues'),
  );
}

/** A text field bound to a draft path; blank removes the setting. */
export function text(ctx: Ctx, path: Path, label: string, cls?: string): HTMLElement {
  const value = getAt(ctx.state.draft, path);
  return textField({ label, path: pathText(path), value: typeof value === 'string' ? value : '', class: cls, onInput: (v) => ctx.edit(path, textInput(v)) });
}

/** A number field bound to a draft path; blank removes the setting, non-numbers are kept for the engine to name. */
export function num(ctx: Ctx, path: Path, label: string, opts: { cls?: string; structural?: boolean } = {}): HTMLElement {
  const value = getAt(ctx.state.draft, path);
  const input = h('input', { type: 'text', inputmode: 'decimal', value: typeof value === 'number' || typeof value === 'string' ? String(value) : '', spellcheck: 'false', autocomplete: 'off', id: `f-${pathText(path)}`, 'data-path': pathText(path), 'data-focus': pathText(path) });
  input.addEventListener('input', () => ctx.edit(path, numberInput(input.value), opts.structural));
  return h('div', { class: `field ${opts.cls ?? ''}`.trim() }, h('label', { for: input.id }, label), input);
}

/** Up, down and remove buttons for item `i` of the list at `path`. */
export function itemTools(ctx: Ctx, path: Path, i: number, count: number, name: string, onRemove?: () => void): HTMLElement {
  const { t } = ctx;
  const key = pathText([...path, i]);
  return h(
    'div',
    { class: 'tools', role: 'group', 'aria-label': name },
    button({ label: '↑', kind: 'icon', aria: `${t('editor.moveUp')}: ${name}`, disabled: i === 0, focus: `${key}-up`, onClick: () => ctx.change((d) => moveItem(d, path, i, -1)) }),
    button({ label: '↓', kind: 'icon', aria: `${t('editor.moveDown')}: ${name}`, disabled: i === count - 1, focus: `${key}-down`, onClick: () => ctx.change((d) => moveItem(d, path, i, 1)) }),
    button({ label: '✕', kind: 'icon', aria: `${t('editor.remove')}: ${name}`, focus: `${key}-remove`, onClick: onRemove ?? (() => ctx.change((d) => removeItem(d, path, i))) }),
  );
}

/** Marks every field whose path an issue names, for sighted users and screen readers alike. */
export function markInvalidFields(root: ParentNode, issues: readonly Issue[]): void {
  const withPath = issues.filter((i): i is Issue & { path: string } => i.path !== undefined);
  for (const el of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const path = el.dataset.path ?? '';
    // A list field (tie-break ids) answers for its items too.
    const message = withPath.find((i) => i.path === path || i.path.startsWith(`${path}[`))?.message;
    if (message === undefined) {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('title');
    } else {
      el.setAttribute('aria-invalid', 'true');
      el.title = message;
    }
  }
}
