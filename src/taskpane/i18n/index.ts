// The pane's words: one table per language, `{name}` placeholders filled by t().
import type { Lang } from '../../engine/types';
import { en } from './en';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type { MessageKey, Messages };
export const TABLES: Readonly<Record<Lang, Messages>> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params = {}) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Office's display language (`zh-CN`, `zh-TW`, `en-US`, ...) to a language we have. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
