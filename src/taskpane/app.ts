// Wires the sections to the state: one place that knows them all (thin wiring, style rule 2).
import { templateById, TEMPLATES, validateRuleSet, type Lang } from '../engine/index';
import type { WorkbookPort } from '../workbook/port';
import type { Ctx, SlotId } from './context';
import type { ExcelRun } from './excel/excelRun';
import { translator } from './i18n/index';
import { cloneJson, setAt, type Draft, type Json } from './model/draft';
import { defaultChoice } from './model/period';
import { renderCheck } from './sections/check';
import { renderEditor, markInvalidFields } from './sections/editor';
import { renderHeader } from './sections/header';
import { renderHistory } from './sections/history';
import { renderPeriod } from './sections/period';
import { renderRuleSet } from './sections/ruleSet';
import { renderRun } from './sections/run';
import { readAllHeaders, renderSources } from './sections/sources';
import type { State } from './state';
import { errorText } from './ui/errors';
import { storeLang } from './ui/langPreference';

export interface AppOptions {
  lang: Lang;
  excel: ExcelRun | null;
  port: WorkbookPort | null;
  today: Date;
}

export function startApp(root: HTMLElement, options: AppOptions): Ctx {
  const first = TEMPLATES[0];
  const state: State = {
    lang: options.lang,
    templateId: first.id,
    draft: cloneJson(templateById(first.id) ?? first.ruleSet) as unknown as Draft,
    draftIssues: [],
    editorOpen: false,
    ruleSetNote: null,
    sources: [],
    headers: new Map(),
    period: defaultChoice(options.today),
    elapsedText: '',
    checkIssues: null,
    checking: false,
    run: { status: 'idle' },
    history: null,
    error: null,
  };
  state.sources = sourcesOf(state.draft);

  const slots = new Map<SlotId, { el: HTMLElement; render: () => HTMLElement }>();
  const validate = (): void => {
    state.draftIssues = validateRuleSet(state.draft, state.lang).issues;
  };

  const ctx: Ctx = {
    state,
    get t() {
      return translator(state.lang);
    },
    excel: options.excel,
    port: options.port,
    slot(id, render) {
      const el = render();
      slots.set(id, { el, render });
      return el;
    },
    redraw(...ids) {
      for (const id of ids) {
        const entry = slots.get(id);
        if (!entry) continue;
        const focusKey = focusedKey(entry.el);
        const fresh = entry.render();
        entry.el.replaceWith(fresh);
        entry.el = fresh;
        restoreFocus(fresh, focusKey);
      }
      markInvalidFields(root, state.draftIssues);
    },
    replaceDraft(draft, note) {
      state.draft = draft;
      state.ruleSetNote = note;
      const sources = sourcesOf(draft);
      if (sources.length > 0) state.sources = sources;
      validate();
      ctx.redraw('ruleSet', 'editor', 'sources');
      // New rules, maybe new ranges: show at once which of their columns the headers have.
      if (sources.length > 0) void readAllHeaders(ctx);
    },
    edit(path, value, structural = false) {
      setAt(state.draft, path, value as Json | undefined);
      validate();
      ctx.redraw(...(structural ? (['editor'] as const) : (['validation', 'weightSum'] as const)), 'ruleSet', 'sources');
    },
    change(mutate) {
      mutate(state.draft);
      validate();
      ctx.redraw('editor', 'ruleSet', 'sources');
    },
    announce(text) {
      // Cleared first so that the same words twice are read twice.
      announcer.textContent = '';
      setTimeout(() => {
        announcer.textContent = text;
      }, 50);
    },
    fail(error) {
      state.error = errorText(error);
      ctx.redraw('header');
      ctx.announce(ctx.t('app.error', { message: state.error }));
    },
  };
  const announcer = document.createElement('div');
  announcer.id = 'announcer';
  announcer.className = 'visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  announcer.setAttribute('role', 'status');

  validate();
  const main = document.createElement('main');
  main.append(
    renderRuleSet(ctx),
    renderEditor(ctx),
    renderSources(ctx),
    renderPeriod(ctx),
    renderCheck(ctx),
    renderRun(ctx),
    renderHistory(ctx),
  );
  root.replaceChildren(renderHeader(ctx, () => switchLanguage(ctx, root)), main, announcer);
  root.setAttribute('aria-busy', 'false');
  markInvalidFields(root, state.draftIssues);
  return ctx;
}

/** Every text follows the language, the engine's messages included, so redraw it all. */
function switchLanguage(ctx: Ctx, root: HTMLElement): void {
  ctx.state.draftIssues = validateRuleSet(ctx.state.draft, ctx.state.lang).issues;
  ctx.state.checkIssues = null;
  document.documentElement.lang = ctx.state.lang;
  storeLang(ctx.state.lang);
  ctx.redraw('header', 'ruleSet', 'editor', 'sources', 'period', 'check', 'run', 'history');
  root.querySelector<HTMLElement>('#lang-switch')?.focus();
}

function sourcesOf(draft: Draft): string[] {
  const sources = draft.sources;
  return Array.isArray(sources) ? sources.filter((s): s is string => typeof s === 'string') : [];
}

function focusedKey(container: HTMLElement): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && container.contains(active) ? active.dataset.focus ?? null : null;
}

function restoreFocus(container: HTMLElement, key: string | null): void {
  if (key === null) return;
  container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus();
}
