// (g) History: the runs stored in the workbook, newest first, with a way to reuse their inputs,
// and the rank history sheet (a table and a line chart of ranks over periods, issue 7).
import { SheetExistsError } from '../../workbook/errors';
import { ruleSetNames } from '../../workbook/history';
import type { StoredRun } from '../../workbook/store';
import type { Ctx } from '../context';
import { activateSheet } from '../excel/navigate';
import { loadEngine } from '../loadEngine';
import type { State } from '../state';
import { choiceOf } from '../model/period';
import { h } from '../ui/dom';
import { errorText } from '../ui/errors';
import { button, section } from '../ui/fields';

/** The history sheet's progress, kept beside the pane's state (the section owns it alone). */
type SheetState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'confirm'; sheet: string }
  | { status: 'cancelled' }
  | { status: 'none' }
  | { status: 'done'; sheet: string; periods: number; units: number }
  | { status: 'crashed'; message: string };

const sheetStates = new WeakMap<State, SheetState>();
const sheetState = (state: State): SheetState => sheetStates.get(state) ?? { status: 'idle' };

export function renderHistory(ctx: Ctx): HTMLElement {
  return ctx.slot('history', () => {
    const { t, state } = ctx;
    const runs = state.history === null ? null : [...state.history].reverse();
    return section(
      'history',
      t('section.history'),
      button({ label: t('history.refresh'), focus: 'history-refresh', disabled: ctx.port === null, onClick: () => void refreshHistory(ctx) }),
      historySheet(ctx),
      runs === null ? null : runs.length === 0 ? h('p', { class: 'hint' }, t('history.empty')) : h('ol', { class: 'history', id: 'history-list' }, ...runs.map((run, i) => entry(ctx, run, i))),
    );
  });
}

function entry(ctx: Ctx, run: StoredRun, i: number): HTMLElement {
  const { t, state } = ctx;
  const first = [...run.units].sort((a, b) => a.rank - b.rank)[0];
  const time = new Date(run.time);
  const when = Number.isNaN(time.getTime()) ? run.time : time.toLocaleString(state.lang, { dateStyle: 'short', timeStyle: 'short' });
  return h(
    'li',
    {},
    h('p', {}, t('history.entry', { time: when, period: run.period.label, ruleSet: run.ruleSet, count: run.units.length })),
    first ? h('p', { class: 'muted' }, t('history.first', { unit: first.unit })) : null,
    button({
      label: t('history.reuse'),
      kind: 'subtle',
      focus: `history-${i}`,
      onClick: () => {
        state.sources = [...run.sources];
        const choice = choiceOf(run.period.label);
        if (choice) state.period = choice;
        ctx.redraw('sources', 'period');
      },
    }),
  );
}

export async function refreshHistory(ctx: Ctx): Promise<void> {
  if (!ctx.port) return;
  try {
    ctx.state.history = (await ctx.port.readStore())?.runs ?? [];
  } catch (error) {
    ctx.fail(error);
  }
  ctx.redraw('history');
}

function historySheet(ctx: Ctx): HTMLElement {
  const { t, state } = ctx;
  const sheet = sheetState(state);
  const busy = sheet.status === 'working' || sheet.status === 'confirm';
  return h(
    'div',
    { class: 'history-sheet' },
    button({
      label: t('history.sheet'),
      focus: 'history-sheet',
      disabled: busy || ctx.port === null,
      title: ctx.port ? undefined : t('app.needsExcel'),
      onClick: () => void writeSheet(ctx, false),
    }),
    h('div', { id: 'history-sheet-status', role: 'status', 'aria-live': 'polite' },
      sheet.status === 'working' ? h('p', {}, t('history.sheetWorking')) : null,
      sheet.status === 'none' ? h('p', { class: 'hint' }, t('history.empty')) : null,
      sheet.status === 'cancelled' ? h('p', {}, t('history.sheetCancelled')) : null,
      sheet.status === 'crashed' ? h('p', { class: 'bad' }, t('app.error', { message: sheet.message })) : null,
      sheet.status === 'done' ? doneNote(ctx, sheet) : null,
    ),
    sheet.status === 'confirm' ? confirmDialog(ctx, sheet.sheet) : null,
  );
}

function doneNote(ctx: Ctx, done: Extract<SheetState, { status: 'done' }>): HTMLElement {
  const link = h('a', { href: '#', id: 'open-history-sheet', class: 'link' }, ctx.t('history.sheetOpen', { sheet: done.sheet }));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (ctx.excel) activateSheet(ctx.excel, done.sheet).catch((e: unknown) => ctx.fail(e));
  });
  return h('div', { id: 'history-sheet-done' }, h('p', { class: 'ok' }, ctx.t('history.sheetDone', { sheet: done.sheet, periods: done.periods, units: done.units })), link);
}

/** The rule set whose history to show: the one being edited when it has runs, else the latest run's. */
function ruleSetFor(state: State): string | undefined {
  const name = state.draft.name;
  const names = ruleSetNames(state.history ?? []);
  return typeof name === 'string' && names.includes(name) ? name : undefined;
}

function setSheet(ctx: Ctx, next: SheetState): void {
  sheetStates.set(ctx.state, next);
  ctx.redraw('history');
}

async function writeSheet(ctx: Ctx, replace: boolean): Promise<void> {
  if (!ctx.port) return;
  setSheet(ctx, { status: 'working' });
  const ruleSet = ruleSetFor(ctx.state);
  try {
    const { writeHistory } = await loadEngine();
    const outcome = await writeHistory(ctx.port, { ...(ruleSet === undefined ? {} : { ruleSet }), lang: ctx.state.lang, replace });
    if (outcome.status === 'written') {
      const done = { status: 'done', sheet: outcome.sheetName, periods: outcome.history.periods.length, units: outcome.history.rows.length } as const;
      setSheet(ctx, done);
      ctx.announce(ctx.t('history.sheetDone', { sheet: done.sheet, periods: done.periods, units: done.units }));
    } else {
      // No run of the rule set (the log changed since the list was read): nothing to show.
      setSheet(ctx, { status: 'none' });
    }
  } catch (error) {
    const sheet = error instanceof SheetExistsError ? error.sheets[0] : undefined;
    setSheet(ctx, sheet !== undefined ? { status: 'confirm', sheet } : { status: 'crashed', message: errorText(error) });
  }
}

/** Asks before replacing an existing history sheet, as the run section does for result sheets. */
function confirmDialog(ctx: Ctx, sheet: string): HTMLElement {
  const { t, state } = ctx;
  const dialog = h(
    'dialog',
    { id: 'history-replace-dialog', class: 'dialog', 'aria-labelledby': 'history-replace-title', 'aria-describedby': 'history-replace-text' },
    h('h3', { id: 'history-replace-title' }, t('history.confirmTitle')),
    h('p', { id: 'history-replace-text' }, t('run.confirmText', { sheets: sheet })),
    h('div', { class: 'row end' },
      button({ label: t('run.replace'), kind: 'primary', focus: 'history-replace-yes', onClick: () => { dialog.close(); void writeSheet(ctx, true); } }),
      button({ label: t('run.cancel'), focus: 'history-replace-no', onClick: () => dialog.close() }),
    ),
  );
  // Escape and Cancel both leave the sheet alone.
  dialog.addEventListener('close', () => {
    if (sheetState(state).status === 'confirm') {
      setSheet(ctx, { status: 'cancelled' });
      ctx.announce(t('history.sheetCancelled'));
    }
  });
  queueMicrotask(() => {
    if (!dialog.isConnected) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-focus="history-replace-no"]')?.focus();
  });
  return dialog;
}
