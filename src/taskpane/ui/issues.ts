// A list of the engine's issues. Each one is a button that takes the user to the cell (in the
// workbook) or the field (in the editor) it names.
import type { Issue } from '../../engine/index';
import type { Ctx } from '../context';
import { goToCell } from '../excel/navigate';
import { h } from './dom';

export function issueList(ctx: Ctx, issues: readonly Issue[], id: string): HTMLElement {
  const { t } = ctx;
  return h(
    'ul',
    { class: 'issues', id },
    ...issues.map((issue, i) => {
      const where = issue.cell ?? issue.path ?? '';
      const badge = h('span', { class: `badge ${issue.severity}` }, t(issue.severity === 'error' ? 'severity.error' : 'severity.warning'));
      const body = [badge, where ? h('code', { class: 'where' }, where) : null, h('span', { class: 'message' }, issue.message)];
      const canGo = (issue.cell !== undefined && ctx.excel !== null) || issue.path !== undefined;
      if (!canGo) return h('li', { class: 'issue' }, ...body);
      const go = h('button', { type: 'button', class: 'issue-link', 'data-focus': `${id}-${i}`, title: t('check.goTo', { where }) }, ...body);
      go.addEventListener('click', () => void goTo(ctx, issue));
      return h('li', { class: 'issue' }, go);
    }),
  );
}

async function goTo(ctx: Ctx, issue: Issue): Promise<void> {
  if (issue.cell !== undefined && ctx.excel) {
    try {
      await goToCell(ctx.excel, issue.cell);
    } catch (error) {
      ctx.fail(error);
    }
    return;
  }
  if (issue.path !== undefined) focusPath(issue.path);
}

/** Opens the editor and focuses the field for a JSON path, or its nearest parent that has one. */
export function focusPath(path: string): void {
  const editor = document.getElementById('editor');
  if (editor instanceof HTMLDetailsElement) editor.open = true;
  let p = path;
  for (;;) {
    const field = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
      return;
    }
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return;
    p = p.slice(0, cut);
  }
}
