// Wires the sections to the state: one place that knows them all (thin wiring, style rule 2).
import { afterFirstFrame } from './ui/afterFirstFrame';
import { templateById, TEMPLATES, type Lang } from '../engine/index';
import type { WorkbookPort } from '../workbook/port';
import type { Ctx, SlotId } from './context';
import type { ExcelRun } from './excel/excelRun';
import { translator } from './i18n/index';
import { loadEngine, type Engine } from './loadEngine';
import { cloneJson, setAt, type Draft, type Json } from './model/draft';
import { defaultChoice } from './model/period';
import { renderCheck } from './sections/check';
import { renderEditor, markInvalidFields } from './sections/editor';
import { followExplain, renderExplain } from './sections/explain';
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
    explainSheet: true,
    checkIssues: null,
    checking: false,
    run: { status: 'idle' },
    history: null,
    error: null,
  };
  state.sources = sourcesOf(state.draft);

  const slots = new Map<SlotId, { el: HTMLElement; render: () => HTMLElement }>();
  // The engine comes after the first render (loadEngine.ts); until then the draft is unchecked
  // and the editor, which shows the verdict, stays unbuilt (ctx.checked).
  let engine: Engine | null = null;
  let checking: Promise<boolean> | null = null;
  const validate = (): void => {
    if (engine) state.draftIssues = engine.validateRuleSet(state.draft, state.lang).issues;
    else void checked();
  };
  const checked = (): Promise<boolean> => {
    checking ??= loadEngine().then(
      (loaded) => {
        engine = loaded;
        validate();
        ctx.redraw('validation');
        // The pane has all its code and has checked its rules: read by bench/pane.ts.
        performance.mark('standings-checked');
        return true;
      },
      (error: unknown) => {
        checking = null;
        ctx.fail(error);
        return false;
      },
    );
    return checking;
  };

  const ctx: Ctx = {
    state,
    get t() {
      return translator(state.lang);
    },
    excel: options.excel,
    port: options.port,
    checked,
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
      followExplain(ctx);
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

  const main = document.createElement('main');
  main.append(
    renderRuleSet(ctx),
    renderEditor(ctx),
    renderSources(ctx),
    renderPeriod(ctx),
    renderCheck(ctx),
    renderRun(ctx),
    renderExplain(ctx),
    renderHistory(ctx),
  );
  root.replaceChildren(renderHeader(ctx, () => switchLanguage(ctx, root, validate)), main, announcer);
  root.setAttribute('aria-busy', 'false');
  // Once the first frame is drawn, load the engine and check the draft while the user reads.
  afterFirstFrame(() => void checked(), 1000);
  return ctx;
}


/** Every text follows the language, the engine's messages included, so redraw it all. */
function switchLanguage(ctx: Ctx, root: HTMLElement, validate: () => void): void {
  validate();
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
