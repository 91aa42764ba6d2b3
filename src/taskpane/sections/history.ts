// (g) History: the runs stored in the workbook, newest first, with a way to reuse their inputs.
import type { StoredRun } from '../../workbook/store';
import type { Ctx } from '../context';
import { choiceOf } from '../model/period';
import { h } from '../ui/dom';
import { button, section } from '../ui/fields';

export function renderHistory(ctx: Ctx): HTMLElement {
  return ctx.slot('history', () => {
    const { t, state } = ctx;
    const runs = state.history === null ? null : [...state.history].reverse();
    return section(
      'history',
      t('section.history'),
      button({ label: t('history.refresh'), focus: 'history-refresh', disabled: ctx.port === null, onClick: () => void refreshHistory(ctx) }),
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
