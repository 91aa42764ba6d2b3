// Message tables: one wording per issue code in each language, and none left over.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/engine/i18n/describe';
import { ISSUE_CODES } from '../../src/engine/issues';

describe('issue messages', () => {
  it.each(Object.keys(MESSAGES))('%s words every issue code and nothing else', (lang) => {
    const table = MESSAGES[lang as keyof typeof MESSAGES];
    expect(Object.keys(table).sort()).toEqual([...ISSUE_CODES].sort());
    for (const code of ISSUE_CODES) expect(table[code]({}).length, code).toBeGreaterThan(3);
  });

  it('zh-CN messages are Chinese and en messages are not', () => {
    for (const code of ISSUE_CODES) {
      expect(MESSAGES['zh-CN'][code]({}), code).toMatch(/[\u4e00-\u9fff]/);
      expect(MESSAGES.en[code]({ text: '' }), code).not.toMatch(/[\u4e00-\u9fff]{2}/);
    }
  });
});
