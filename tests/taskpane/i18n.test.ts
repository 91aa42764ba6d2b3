import { describe, expect, it } from 'vitest';
import { en } from '../../src/taskpane/i18n/en';
import { langOf, translator } from '../../src/taskpane/i18n/index';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('task pane words', () => {
  it('has the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('uses the same placeholders in both languages, and no empty text', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('zh-CN')('run.rankUnit', { rank: 1, unit: '城关镇', total: 98.5 })).toBe('第 1 名 城关镇（98.5 分）');
    expect(translator('en')('run.rankUnit', { rank: 2 })).toBe('#2 {unit} ({total})');
  });

  it('picks Chinese for any zh display language, English otherwise', () => {
    expect(langOf('zh-CN')).toBe('zh-CN');
    expect(langOf('zh-TW')).toBe('zh-CN');
    expect(langOf('ZH-hk')).toBe('zh-CN');
    expect(langOf('en-US')).toBe('en');
    expect(langOf('fr-FR')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
});
