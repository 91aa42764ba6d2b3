// Every word table has the same keys in zh-CN and en (sheet labels, workbook and CLI messages).
import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { LABELS } from '../../src/workbook/layout/labels';
import { WORKBOOK_MESSAGES } from '../../src/workbook/messages';

/** Dotted key paths with the kind of each leaf: `methods.ratio:function`. */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? shape(value as object, `${prefix}${key}.`) : [`${prefix}${key}:${typeof value}`],
    )
    .sort();
}

describe.each([
  ['sheet labels', LABELS],
  ['workbook messages', WORKBOOK_MESSAGES],
  ['CLI messages', CLI_MESSAGES],
])('%s', (_name, tables) => {
  it('zh-CN and en have the same keys, each a non-empty text or a wording function', () => {
    expect(shape(tables.en)).toEqual(shape(tables['zh-CN']));
    for (const lang of ['zh-CN', 'en'] as const) {
      const empty = Object.entries(tables[lang]).filter(([, v]) => v === '').map(([k]) => k);
      expect(empty).toEqual([]);
    }
  });
});
