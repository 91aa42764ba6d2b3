// Explanation tables: the same keys in zh-CN and en, a wording for every step code, and words in
// the right language.
import { describe, expect, it } from 'vitest';
import { EXPLAIN_WORDS } from '../../../src/engine/explain/render';
import { STEP_CODES } from '../../../src/engine/explain/stepCodes';

/** Every key path of a table, functions as leaves. */
function paths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => paths(v, prefix === '' ? k : `${prefix}.${k}`));
}

/** Calls every leaf with permissive arguments and collects the words. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const anyArg = new Proxy({}, { get: (_t, key) => (typeof key === 'symbol' ? undefined : key === 'tiedWith' ? [] : key === 'scaled' || key === 'clamp' || key === 'cell' || key === 'group' || key === 'tier' || key === 'counted' ? null : '1'), });
    const f = value as (p: unknown) => unknown;
    // Object parameters get the proxy; plain ones (a rank, a label) a string.
    const arg = f.toString().startsWith('(p)') ? anyArg : '1';
    return [String(f(arg))];
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('explanation words', () => {
  it('zh-CN and en have the same keys', () => {
    expect(paths(EXPLAIN_WORDS.en).sort()).toEqual(paths(EXPLAIN_WORDS['zh-CN']).sort());
  });

  it.each(Object.keys(EXPLAIN_WORDS))('%s words every step code and no other', (lang) => {
    expect(Object.keys(EXPLAIN_WORDS[lang as keyof typeof EXPLAIN_WORDS].steps).sort()).toEqual([...STEP_CODES].sort());
  });

  it('zh-CN is Chinese and en is not', () => {
    // Lines of figures only (`1 1`) carry no words.
    const zh = texts(EXPLAIN_WORDS['zh-CN']).filter((t) => /[A-Za-z\u4e00-\u9fff]/.test(t));
    const en = texts(EXPLAIN_WORDS.en);
    expect(zh.length).toBeGreaterThan(60);
    for (const t of zh) expect(t).toMatch(/[\u4e00-\u9fff]/);
    for (const t of en) expect(t).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
