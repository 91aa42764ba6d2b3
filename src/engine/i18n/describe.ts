// Puts an issue into words in the chosen language.
import type { Issue, RawIssue } from '../issues';
import type { Lang } from '../types';
import { en } from './en';
import type { MessageTable } from './messages';
import { zhCN } from './zh-CN';

export const MESSAGES: Readonly<Record<Lang, MessageTable>> = { 'zh-CN': zhCN, en };

export function describeIssue(issue: RawIssue, lang: Lang): Issue {
  return { ...issue, message: MESSAGES[lang][issue.code](issue.params) };
}
