// (c) Source ranges: typed or taken from the selection, with their header rows checked against
// the columns the rules need.
import { parseRange } from '../../engine/index';
import type { Ctx } from '../context';
import { selectedAddress } from '../excel/selection';
import { readHeaderRow } from '../excel/headers';
import { matchColumns, ruleColumns } from '../model/columns';
import { h, uid } from '../ui/dom';
import { button, section } from '../ui/fields';
import { errorText } from '../ui/errors';

export function renderSources(ctx: Ctx): HTMLElement {
  return ctx.slot('sources', () => {
    const { t, state } = ctx;
    const rows = state.sources.map((address, i) => sourceRow(ctx, address, i));
    const headerRows = state.sources.flatMap((a) => {
      const hs = state.headers.get(a.trim());
      return hs?.status === 'ok' ? [hs.headers] : [];
    });
    const columns = ruleColumns(state.draft);
    const match = matchColumns(columns, headerRows);
    const known = headerRows.length > 0;
    return section(
      'sources',
      t('section.sources'),
      state.sources.length === 0 ? h('p', { class: 'hint' }, t('sources.none')) : h('ol', { class: 'sources' }, ...rows),
      h('div', { class: 'row wrap' },
        button({ label: `+ ${t('sources.add')}`, focus: 'add-source', onClick: () => { state.sources.push(''); ctx.redraw('sources'); focusLastSource(); } }),
        button({ label: t('sources.readHeaders'), focus: 'read-headers', disabled: ctx.port === null, onClick: () => void readAllHeaders(ctx) }),
      ),
      known
        ? h('div', { class: 'match', id: 'column-match', role: 'status' },
            h('p', {}, h('strong', {}, t('sources.matched')), ' ', chips(match.matched, 'ok', t('sources.nothing'))),
            h('p', {}, h('strong', {}, t('sources.unmatched')), ' ', chips(match.unmatched, 'bad', t('sources.nothing'))),
          )
        : null,
    );
  });
}

function sourceRow(ctx: Ctx, address: string, i: number): HTMLElement {
  const { t, state } = ctx;
  const id = uid('source');
  const hintId = `${id}-hint`;
  const bad = address.trim() !== '' && parseRange(address)?.sheet == null;
  const input = h('input', { type: 'text', id, value: address, 'data-focus': `source-${i}`, class: 'source-input', spellcheck: 'false', autocomplete: 'off', placeholder: '完成情况!A1:F20', 'aria-invalid': bad ? 'true' : undefined, 'aria-describedby': hintId });
  input.addEventListener('change', () => {
    state.sources[i] = input.value.trim();
    ctx.redraw('sources');
    void readHeaders(ctx, state.sources[i] ?? '');
  });
  const headers = state.headers.get(address.trim());
  return h(
    'li',
    { class: 'source' },
    h('div', { class: 'field' }, h('label', { for: id }, t('sources.range', { n: i + 1 })), input),
    h('div', { class: 'row' },
      button({ label: t('sources.useSelection'), focus: `source-${i}-selection`, aria: `${t('sources.useSelection')} → ${t('sources.range', { n: i + 1 })}`, disabled: ctx.excel === null, onClick: () => void useSelection(ctx, i) }),
      button({ label: '✕', kind: 'icon', aria: t('sources.remove', { n: i + 1 }), focus: `source-${i}-remove`, onClick: () => { state.sources.splice(i, 1); ctx.redraw('sources'); } }),
    ),
    h('div', { class: 'hint', id: hintId },
      bad ? h('span', { class: 'bad' }, t('sources.badRange', { value: address })) : null,
      headers?.status === 'ok' ? h('span', {}, t('sources.headers'), ' ', chips(headers.headers.filter((x) => x !== null && x !== '').map(String), 'plain', t('sources.nothing'))) : null,
      headers?.status === 'error' ? h('span', { class: 'bad' }, headers.message) : null,
    ),
  );
}

function chips(items: readonly string[], kind: string, empty: string): HTMLElement {
  if (items.length === 0) return h('span', { class: 'muted' }, empty);
  return h('span', { class: 'chips' }, ...items.map((text) => h('span', { class: `chip ${kind}` }, text)));
}

async function useSelection(ctx: Ctx, i: number): Promise<void> {
  if (!ctx.excel) return;
  try {
    const address = await selectedAddress(ctx.excel);
    ctx.state.sources[i] = address;
    ctx.redraw('sources');
    await readHeaders(ctx, address);
  } catch (error) {
    ctx.fail(error);
  }
}

export async function readAllHeaders(ctx: Ctx): Promise<void> {
  await Promise.all(ctx.state.sources.map((a) => readHeaders(ctx, a)));
}

/** Reads a range's first row and redraws the column matching; failures stay beside the range. */
export async function readHeaders(ctx: Ctx, address: string): Promise<void> {
  const key = address.trim();
  if (!ctx.port || key === '' || parseRange(key)?.sheet == null) return;
  ctx.state.headers.set(key, { status: 'loading' });
  try {
    ctx.state.headers.set(key, { status: 'ok', headers: await readHeaderRow(ctx.port, key) });
  } catch (error) {
    ctx.state.headers.set(key, { status: 'error', message: errorText(error) });
  }
  ctx.redraw('sources');
}

function focusLastSource(): void {
  const inputs = document.querySelectorAll<HTMLInputElement>('.source-input');
  inputs[inputs.length - 1]?.focus();
}
