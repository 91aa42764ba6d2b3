// Rule-set validation as the outside sees it: issues in words.
import { describeIssue } from '../i18n/describe';
import type { Issue } from '../issues';
import type { Lang } from '../types';
import { parseRuleSetText } from './hostile';
import type { RuleSet } from './schema';
import { validateRuleSet as validateRaw } from './validate';

export function validateRuleSet(input: unknown, lang: Lang = 'zh-CN'): { ruleSet: RuleSet | null; issues: Issue[] } {
  const { ruleSet, issues } = validateRaw(input);
  return { ruleSet, issues: issues.map((i) => describeIssue(i, lang)) };
}

export function parseRuleSetJson(text: string, lang: Lang = 'zh-CN'): { value: unknown; issues: Issue[] } {
  const { value, issues } = parseRuleSetText(text);
  return { value, issues: issues.map((i) => describeIssue(i, lang)) };
}
