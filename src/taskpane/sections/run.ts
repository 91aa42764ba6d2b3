// (f) Run: progress, the replace-or-cancel question, then the summary and a link to the sheet.
import type { UnitResult } from '../../engine/index';
import { SheetExistsError } from '../../workbook/errors';
import type { Ctx } from '../context';
import { activateSheet } from '../excel/navigate';
import { summarise } from '../model/summary';
import { rank, runInput } from '../runner';
import { h } from '../ui/dom';
import { button, checkField, section } from '../ui/fields';
import { errorText } from '../ui/errors';
import { refreshHistory } from './history';

export function renderRun(ctx: Ctx): HTMLElement {
  return ctx.slot('run', () => {
    const { t, state } = ctx;
    const run = state.run;
    const working = run.status === 'working';
    return section(
      'run',
      t('section.run'),
      checkField({ label: t('run.explainSheet'), checked: state.explainSheet, focus: 'run-explain', onChange: (v) => { state.explainSheet = v; } }),
      button({ label: t('run.start'), kind: 'primary', focus: 'run-start', disabled: working || run.status === 'confirm' || ctx.port === null, title: ctx.port ? undefined : t('app.needsExcel'), onClick: () => void start(ctx, false) }),
      h('div', { id: 'run-status', role: 'status', 'aria-live': 'polite' },
        working ? h('div', { class: 'working' }, h('div', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, t('run.working'))) : null,
        run.status === 'cancelled' ? h('p', {}, t('run.cancelled')) : null,
        run.status === 'failed' ? h('p', { class: 'bad' }, t('run.failed', { n: run.errors })) : null,
        run.status === 'crashed' ? h('p', { class: 'bad' }, t('app.error', { message: run.message })) : null,
        run.status === 'done' ? summary(ctx, run.sheet) : null,
      ),
      run.status === 'confirm' ? confirmDialog(ctx, run.sheets) : null,
    );
  });
}

async function start(ctx: Ctx, replace: boolean): Promise<void> {
  const { state } = ctx;
  if (!ctx.port) return;
  state.run = { status: 'working' };
  ctx.redraw('run');
  try {
    const { result, sheetNames } = await rank(ctx.port, runInput(state), state, replace);
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    state.checkIssues = result.issues;
    state.run = errors > 0 || sheetNames.length === 0 ? { status: 'failed', errors } : { status: 'done', result, sheet: sheetNames[0] };
    ctx.redraw('run', 'check');
    ctx.announce(state.run.status === 'done' ? ctx.t('run.done', { sheet: state.run.sheet }) : ctx.t('run.failed', { n: errors }));
    if (state.run.status === 'done') await refreshHistory(ctx);
  } catch (error) {
    state.run = error instanceof SheetExistsError ? { status: 'confirm', sheets: error.sheets } : { status: 'crashed', message: errorText(error) };
    ctx.redraw('run');
  }
}

/** A modal question inside the pane: Office task panes cannot use window.confirm. */
function confirmDialog(ctx: Ctx, sheets: readonly string[]): HTMLElement {
  const { t, state } = ctx;
  const dialog = h(
    'dialog',
    { id: 'replace-dialog', class: 'dialog', 'aria-labelledby': 'replace-title', 'aria-describedby': 'replace-text' },
    h('h3', { id: 'replace-title' }, t('run.confirmTitle')),
    h('p', { id: 'replace-text' }, t('run.confirmText', { sheets: sheets.join('”“') })),
    h('div', { class: 'row end' },
      button({ label: t('run.replace'), kind: 'primary', focus: 'replace-yes', onClick: () => { dialog.close(); void start(ctx, true); } }),
      button({ label: t('run.cancel'), focus: 'replace-no', onClick: () => dialog.close() }),
    ),
  );
  // Escape and Cancel both leave the sheet alone.
  dialog.addEventListener('close', () => {
    if (state.run.status === 'confirm') {
      state.run = { status: 'cancelled' };
      ctx.redraw('run');
      ctx.announce(ctx.t('run.cancelled'));
    }
  });
  // showModal needs the element in the document; the safe choice (Cancel) gets the focus.
  queueMicrotask(() => {
    if (!dialog.isConnected) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-focus="replace-no"]')?.focus();
  });
  return dialog;
}

function summary(ctx: Ctx, sheet: string): HTMLElement {
  const { t, state } = ctx;
  if (state.run.status !== 'done') return h('div');
  const s = summarise(state.run.result);
  const unitLine = (u: UnitResult): HTMLElement =>
    h('li', {}, t('run.rankUnit', { rank: u.rank, unit: u.unit, total: u.total }), u.group ? ` · ${u.group}` : '', u.veto ? ` · ${t('run.veto', { reason: u.veto })}` : '');
  const link = h('a', { href: '#', id: 'open-result', class: 'link' }, t('run.openSheet', { sheet }));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (ctx.excel) activateSheet(ctx.excel, sheet).catch((e: unknown) => ctx.fail(e));
  });
  return h(
    'div',
    { class: 'summary', id: 'run-summary' },
    h('p', { class: 'ok' }, t('run.done', { sheet })),
    link,
    h('div', { class: 'columns' },
      h('div', {}, h('h3', {}, t('run.top')), h('ol', { class: 'units', id: 'top-units' }, ...s.top.map(unitLine))),
      h('div', {}, h('h3', {}, t('run.bottom')), h('ol', { class: 'units', id: 'bottom-units' }, ...s.bottom.map(unitLine))),
    ),
    h('h3', {}, t('run.tiers')),
    h('ul', { class: 'tiers', id: 'tier-counts' }, ...s.tiers.map((c) => h('li', { class: `tier ${c.kind ?? 'none'}` }, t('run.tierCount', { tier: c.tier ?? t('run.noTier'), count: c.count })))),
  );
}
