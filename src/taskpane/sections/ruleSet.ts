// (a) Choosing the rule set: a built-in template, the workbook's own, or a JSON file; export.
import { templateById, TEMPLATES } from '../../engine/index';
import type { Ctx } from '../context';
import { loadEngine } from '../loadEngine';
import { cloneJson, type Draft } from '../model/draft';
import { h, uid } from '../ui/dom';
import { button, section, selectField } from '../ui/fields';

export function renderRuleSet(ctx: Ctx): HTMLElement {
  return ctx.slot('ruleSet', () => {
    const { t, state } = ctx;
    const templates = TEMPLATES.map((tpl) => ({ value: tpl.id, label: tpl.ruleSet.name }));
    const fileId = uid('import');
    const file = h('input', { type: 'file', id: fileId, accept: '.json,application/json', class: 'visually-hidden', 'data-focus': 'import' });
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (chosen) void importFile(ctx, chosen);
    });
    const json = h('textarea', { id: 'rules-json', rows: 8, spellcheck: 'false', 'data-focus': 'json', 'aria-label': t('ruleSet.json') });
    json.value = JSON.stringify(state.draft, null, 2);
    return section(
      'rule-set',
      t('section.ruleSet'),
      h(
        'div',
        { class: 'row' },
        selectField({ label: t('ruleSet.template'), value: state.templateId, options: templates, focus: 'template', class: 'grow', onChange: (v) => { state.templateId = v; } }),
        button({
          label: t('ruleSet.useTemplate'),
          focus: 'use-template',
          onClick: () => {
            const chosen = templateById(state.templateId);
            if (chosen) ctx.replaceDraft(cloneJson(chosen) as unknown as Draft, t('ruleSet.loaded', { name: chosen.name }));
          },
        }),
      ),
      h(
        'div',
        { class: 'row wrap' },
        button({ label: t('ruleSet.loadStored'), focus: 'load-stored', disabled: ctx.port === null, title: ctx.port ? undefined : t('app.needsExcel'), onClick: () => void loadStored(ctx) }),
        // The file input stays reachable: its label is styled as a button and takes the focus ring.
        h('label', { for: fileId, class: 'btn file-btn' }, t('ruleSet.import')),
        file,
        button({ label: t('ruleSet.export'), focus: 'export', onClick: () => exportJson(ctx) }),
      ),
      state.ruleSetNote === null ? null : h('p', { class: 'note', role: 'status' }, state.ruleSetNote),
      h(
        'details',
        { class: 'json' },
        h('summary', {}, t('ruleSet.json')),
        json,
        button({
          label: t('ruleSet.applyJson'),
          focus: 'apply-json',
          onClick: () => void applyJson(ctx, json.value),
        }),
      ),
    );
  });
}

async function loadStored(ctx: Ctx): Promise<void> {
  if (!ctx.port) return;
  try {
    const store = await ctx.port.readStore();
    if (!store) {
      ctx.state.ruleSetNote = ctx.t('ruleSet.noStored');
      ctx.redraw('ruleSet');
      return;
    }
    const lastRun = store.runs[store.runs.length - 1];
    const draft = cloneJson(store.ruleSet) as Draft;
    const name = typeof draft.name === 'string' ? draft.name : '';
    ctx.replaceDraft(draft, ctx.t('ruleSet.loaded', { name }));
    if (!Array.isArray(draft.sources) && lastRun) {
      ctx.state.sources = [...lastRun.sources];
      ctx.redraw('sources');
    }
  } catch (error) {
    ctx.fail(error);
  }
}

async function importFile(ctx: Ctx, file: File): Promise<void> {
  try {
    await applyText(ctx, await file.text(), file.name);
  } catch (error) {
    ctx.fail(error);
  }
}

async function applyJson(ctx: Ctx, text: string): Promise<void> {
  try {
    await applyText(ctx, text, 'JSON');
  } catch (error) {
    ctx.fail(error);
  }
}

/** Parses JSON the way the engine does (size and nesting limits, unsafe keys) before taking it. */
async function applyText(ctx: Ctx, text: string, name: string): Promise<void> {
  const { parseRuleSetJson, validateRuleSet } = await loadEngine();
  const parsed = parseRuleSetJson(text, ctx.state.lang);
  if (parsed.issues.length > 0 || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    ctx.state.ruleSetNote = ctx.t('ruleSet.importFailed', { file: name });
    ctx.state.checkIssues = parsed.issues.length > 0 ? parsed.issues : validateRuleSet(parsed.value, ctx.state.lang).issues;
    ctx.redraw('ruleSet', 'check');
    return;
  }
  const draft = parsed.value as Draft;
  ctx.replaceDraft(draft, ctx.t('ruleSet.loaded', { name: typeof draft.name === 'string' ? draft.name : name }));
}

function exportJson(ctx: Ctx): void {
  const text = `${JSON.stringify(ctx.state.draft, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const name = typeof ctx.state.draft.name === 'string' ? ctx.state.draft.name : 'rules';
  const link = h('a', { href: url, download: `${name.replace(/[\\/:*?"<>|]/g, '_')}.json`, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

