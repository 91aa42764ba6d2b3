// (e) Check: every problem a run would report, each one a link to its cell or field.
import type { Ctx } from '../context';
import { loadEngine } from '../loadEngine';
import { dryRun, runInput } from '../runner';
import { h } from '../ui/dom';
import { button, section } from '../ui/fields';
import { issueList } from '../ui/issues';

export function renderCheck(ctx: Ctx): HTMLElement {
  return ctx.slot('check', () => {
    const { t, state } = ctx;
    const issues = state.checkIssues;
    const errors = issues?.filter((i) => i.severity === 'error').length ?? 0;
    return section(
      'check',
      t('section.check'),
      button({ label: t('check.run'), focus: 'check-run', disabled: state.checking, onClick: () => void check(ctx) }),
      h('div', { role: 'status', 'aria-live': 'polite', id: 'check-status' },
        issues === null ? null : h('p', { class: errors > 0 ? 'bad' : 'ok' }, issues.length === 0 ? t('check.none') : t('check.counts', { errors, warnings: issues.length - errors })),
      ),
      issues && issues.length > 0 ? issueList(ctx, issues, 'check-issues') : null,
    );
  });
}

export async function check(ctx: Ctx): Promise<void> {
  const { state } = ctx;
  state.checking = true;
  ctx.redraw('check');
  const input = runInput(state);
  try {
    // Outside Excel only the rules and the period can be checked.
    state.checkIssues = ctx.port
      ? await dryRun(ctx.port, input, state)
      : (await loadEngine()).evaluate(input.ruleSet, [], input.period, { lang: state.lang, ...(input.elapsed === undefined ? {} : { elapsed: input.elapsed }) }).issues;
    const errors = state.checkIssues.filter((i) => i.severity === 'error').length;
    ctx.announce(state.checkIssues.length === 0 ? ctx.t('check.none') : ctx.t('check.counts', { errors, warnings: state.checkIssues.length - errors }));
  } catch (error) {
    ctx.fail(error);
  } finally {
    state.checking = false;
    ctx.redraw('check');
  }
}
