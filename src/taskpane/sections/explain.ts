// (h) Explain: why a unit stands where it does and what would move it (issue 7). Follows the
// selected row of a result sheet written by Standings, or the unit picked from the list, and
// explains it from the figures in the workbook now, with the rule set and period of the run that
// wrote the sheet; a button copies the explanation as plain text for a message.
// The section keeps its own state beside the pane's and redraws itself; the app tells it when
// anything redraws (followExplain), so it follows the language and the pane's runs.
import { afterFirstFrame } from '../ui/afterFirstFrame';
import type { Lang, UnitExplanation } from '../../engine/index';
import type { Store } from '../../workbook/store';
import type { Ctx } from '../context';
import type { Changed } from '../excel/explainUnit';
import { loadExplain, type ExplainParts } from '../excel/loadExplain';
import { watchSelection, type SelectionArgs, type SelRun } from '../excel/selectionEvents';
import type { RunState, State } from '../state';
import { copySelection, writeClipboard } from '../ui/clipboard';
import { h } from '../ui/dom';
import { errorText } from '../ui/errors';
import { explanationNode } from '../ui/explanation';
import { button, section, selectField } from '../ui/fields';

/** A pause in the user's moving through cells before the row is read. */
const SELECTION_WAIT_MS = 250;

type View =
  | { status: 'idle' }
  | { status: 'working'; unit: string }
  | { status: 'shown'; explanation: UnitExplanation; changed: Changed | null }
  | { status: 'missing'; unit: string }
  | { status: 'errors'; errors: number }
  | { status: 'noRun'; sheet: string }
  | { status: 'noRuleSet'; sheet: string; ruleSet: string; stored: string | null }
  | { status: 'failed'; message: string };

type Copy = { status: 'idle' } | { status: 'copied' } | { status: 'bySelection'; text: string; copied: boolean };

interface ExplainState {
  el: HTMLElement;
  /** The language the section was last drawn in. */
  lang: Lang;
  /** The pane's run last seen: a new finished run offers its units. */
  seenRun: RunState;
  following: 'starting' | 'yes' | 'no';
  /** The result sheet whose units are offered and explained. */
  sheet: string | null;
  /** Its units in result order, for the picker. */
  units: string[];
  unit: string | null;
  view: View;
  copy: Copy;
  /** Counts requests: an answer to an older one is dropped. */
  seq: number;
  /** The store as last read; read again after each run of the pane. */
  store: Promise<Store | null> | null;
  parts: ExplainParts | null;
}

const states = new WeakMap<State, ExplainState>();

export function renderExplain(ctx: Ctx): HTMLElement {
  const s: ExplainState = {
    el: document.createElement('section'),
    lang: ctx.state.lang,
    seenRun: ctx.state.run,
    following: ctx.excel ? 'starting' : 'no',
    sheet: null,
    units: [],
    unit: null,
    view: { status: 'idle' },
    copy: { status: 'idle' },
    seq: 0,
    store: null,
    parts: null,
  };
  states.set(ctx.state, s);
  s.el = draw(ctx, s);
  if (ctx.excel) afterFirstFrame(() => void follow(ctx, s), 250);
  return s.el;
}

/** Called whenever the pane redraws: catches up with the language and with a finished run. */
export function followExplain(ctx: Ctx): void {
  const s = states.get(ctx.state);
  if (!s) return;
  const run = ctx.state.run;
  if (run !== s.seenRun) {
    s.seenRun = run;
    if (run.status === 'done') {
      offerRun(ctx, s, run.sheet, run.result.units.map((u) => u.unit));
      return;
    }
  }
  if (s.lang !== ctx.state.lang) {
    // A copied text is in the old language: drop it with its note.
    s.copy = { status: 'idle' };
    redraw(ctx, s);
  }
}

/** A run of the pane wrote `sheet`: its units are offered, and a unit shown from it is explained again. */
function offerRun(ctx: Ctx, s: ExplainState, sheet: string, units: string[]): void {
  s.store = null;
  const again = s.sheet === sheet && s.unit !== null && units.includes(s.unit) ? s.unit : null;
  s.sheet = sheet;
  s.units = units;
  if (again !== null) {
    void explain(ctx, s, sheet, again, false);
    return;
  }
  s.seq += 1;
  s.unit = null;
  s.view = { status: 'idle' };
  s.copy = { status: 'idle' };
  redraw(ctx, s);
}

async function follow(ctx: Ctx, s: ExplainState): Promise<void> {
  if (!ctx.excel) return;
  // The real Excel.run fits the structural type: this assignment is the compile-time proof.
  const run: SelRun = ctx.excel;
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  try {
    const ok = await watchSelection(run, (args) => void onSelection(ctx, s, args), {
      waitMs: SELECTION_WAIT_MS,
      ...(requirements ? { isSetSupported: (name: string, version: string) => requirements.isSetSupported(name, version) } : {}),
    });
    s.following = ok ? 'yes' : 'no';
  } catch {
    // Without the event the picker still works; say so instead of failing the pane.
    s.following = 'no';
  }
  if (s.following === 'no') redraw(ctx, s);
}

async function parts(s: ExplainState): Promise<ExplainParts> {
  s.parts ??= await loadExplain();
  return s.parts;
}

async function onSelection(ctx: Ctx, s: ExplainState, args: SelectionArgs): Promise<void> {
  if (!ctx.excel) return;
  try {
    const p = await parts(s);
    const picked = await p.readSelectedUnit(ctx.excel, args);
    if (picked === null) return;
    const shown = s.view.status === 'shown' || s.view.status === 'working';
    if (shown && picked.unit === s.unit && picked.sheet.toLowerCase() === s.sheet?.toLowerCase()) return;
    await explain(ctx, s, picked.sheet, picked.unit, true);
  } catch (error) {
    s.view = { status: 'failed', message: errorText(error) };
    redraw(ctx, s);
  }
}

/**
 * Explains `unit` of result sheet `sheet`. From a selection, a sheet that no stored run wrote is
 * left alone (the user is elsewhere in the workbook); from the picker it is said.
 */
async function explain(ctx: Ctx, s: ExplainState, sheet: string, unit: string, fromSelection: boolean): Promise<void> {
  const port = ctx.port;
  if (!port) return;
  const seq = ++s.seq;
  try {
    const p = await parts(s);
    s.store ??= port.readStore().catch((error: unknown) => {
      s.store = null;
      throw error;
    });
    const target = p.sheetTarget(await s.store, sheet);
    if (seq !== s.seq) return;
    if (target === null) {
      if (fromSelection) return;
      s.view = { status: 'noRun', sheet };
      redraw(ctx, s);
      return;
    }
    if (s.sheet?.toLowerCase() !== sheet.toLowerCase() || s.units.length === 0) s.units = target.run.units.map((u) => u.unit);
    s.sheet = target.sheet;
    s.unit = unit;
    s.copy = { status: 'idle' };
    if (target.status === 'ruleSetGone') {
      s.view = { status: 'noRuleSet', sheet: target.sheet, ruleSet: target.run.ruleSet, stored: target.storedRuleSet };
      redraw(ctx, s);
      return;
    }
    s.view = { status: 'working', unit };
    redraw(ctx, s);
    const outcome = await p.explainUnit(port, { run: target.run, ruleSet: target.ruleSet }, unit, s.lang);
    if (seq !== s.seq) return;
    s.units = outcome.units;
    if (outcome.status === 'shown') s.view = { status: 'shown', explanation: outcome.explanation, changed: outcome.changed };
    else if (outcome.status === 'missing') s.view = { status: 'missing', unit };
    else s.view = { status: 'errors', errors: outcome.errors };
    redraw(ctx, s);
    if (s.view.status === 'shown') ctx.announce(p.explanationText(s.view.explanation, ctx.state.lang).title);
  } catch (error) {
    if (seq !== s.seq) return;
    s.view = { status: 'failed', message: errorText(error) };
    redraw(ctx, s);
  }
}

async function copy(ctx: Ctx, s: ExplainState): Promise<void> {
  if (s.view.status !== 'shown' || !s.parts) return;
  const text = s.parts.explanationPlain(s.view.explanation, ctx.state.lang);
  let copied = await writeClipboard(text);
  if (copied) {
    s.copy = { status: 'copied' };
    redraw(ctx, s);
  } else {
    // The read-only textarea must be in the document to be selected and copied. When the copy
    // command fails too, it stays drawn as it is, its text selected for Ctrl+C.
    s.copy = { status: 'bySelection', text, copied: false };
    redraw(ctx, s);
    const area = s.el.querySelector<HTMLTextAreaElement>('#explain-copy-text');
    copied = area !== null && copySelection(area);
    if (copied) {
      s.copy = { status: 'bySelection', text, copied: true };
      redraw(ctx, s);
      s.el.querySelector<HTMLElement>('[data-focus="explain-copy"]')?.focus();
    }
  }
  ctx.announce(ctx.t(copied ? 'explain.copied' : 'explain.copyManual'));
}

function redraw(ctx: Ctx, s: ExplainState): void {
  const active = document.activeElement;
  const focusKey = active instanceof HTMLElement && s.el.contains(active) ? (active.dataset.focus ?? null) : null;
  const fresh = draw(ctx, s);
  s.el.replaceWith(fresh);
  s.el = fresh;
  s.lang = ctx.state.lang;
  if (focusKey !== null) fresh.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`)?.focus();
}

function draw(ctx: Ctx, s: ExplainState): HTMLElement {
  const { t } = ctx;
  const sheet = s.sheet;
  return section(
    'explain',
    t('section.explain'),
    h('p', { class: 'hint' }, t('explain.hint')),
    ctx.excel && s.following === 'no' ? h('p', { class: 'hint' }, t('explain.noEvents')) : null,
    s.units.length > 0 && sheet !== null
      ? selectField({
          label: t('explain.unit'),
          focus: 'explain-unit',
          value: s.unit !== null && s.units.includes(s.unit) ? s.unit : '',
          options: [{ value: '', label: t('explain.pickNone') }, ...s.units.map((u) => ({ value: u, label: u }))],
          onChange: (unit) => {
            if (unit !== '') void explain(ctx, s, sheet, unit, false);
          },
        })
      : null,
    sheet !== null ? h('p', { class: 'muted', id: 'explain-sheet' }, t('explain.sheet', { sheet })) : null,
    h('div', { id: 'explain-status', role: 'status', 'aria-live': 'polite' }, statusLine(ctx, s.view)),
    s.view.status === 'shown' && s.parts ? shown(ctx, s, s.view.explanation, s.view.changed, s.parts) : null,
  );
}

function statusLine(ctx: Ctx, view: View): HTMLElement | null {
  const { t } = ctx;
  switch (view.status) {
    case 'working':
      return h('div', { class: 'working' }, h('div', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, t('explain.working', { unit: view.unit })));
    case 'missing':
      return h('p', { class: 'bad' }, t('explain.missing', { unit: view.unit }));
    case 'errors':
      return h('p', { class: 'bad' }, t('explain.errors', { n: view.errors }));
    case 'noRun':
      return h('p', { class: 'bad' }, t('explain.noRun', { sheet: view.sheet }));
    case 'noRuleSet':
      return h('p', { class: 'bad' }, t('explain.noRuleSet', { sheet: view.sheet, ruleSet: view.ruleSet, stored: view.stored ?? '—' }));
    case 'failed':
      return h('p', { class: 'bad' }, t('app.error', { message: view.message }));
    default:
      return null;
  }
}

function shown(ctx: Ctx, s: ExplainState, explanation: UnitExplanation, changed: Changed | null, p: ExplainParts): HTMLElement {
  const { t } = ctx;
  const copyState = s.copy;
  return h(
    'div',
    { id: 'explain-view' },
    changed === null ? null : h('p', { class: 'notice', id: 'explain-changed' }, changedText(ctx, explanation.unit, changed)),
    explanationNode(p.explanationText(explanation, ctx.state.lang), 'explanation'),
    h('div', { class: 'row' }, button({ label: t('explain.copy'), kind: 'primary', focus: 'explain-copy', onClick: () => void copy(ctx, s) })),
    h(
      'p',
      { id: 'explain-copy-status', class: copyState.status === 'bySelection' && !copyState.copied ? 'hint' : 'ok' },
      copyState.status === 'copied' || (copyState.status === 'bySelection' && copyState.copied) ? t('explain.copied') : copyState.status === 'bySelection' ? t('explain.copyManual') : null,
    ),
    copyState.status === 'bySelection' ? h('textarea', { id: 'explain-copy-text', readonly: true, rows: 8, 'aria-label': t('explain.copyText'), value: copyState.text }) : null,
  );
}

function changedText(ctx: Ctx, unit: string, changed: Changed): string {
  if (changed.stored === null) return ctx.t('explain.newUnit', { unit });
  return ctx.t('explain.changed', { storedRank: changed.stored.rank, storedTotal: changed.stored.total, rank: changed.now.rank, total: changed.now.total });
}

