// Each scoring method in words for the rules sheet. The method says what its rule is
// (`describe`, beside its scorer in engine/methods/); this file only formats the numbers and
// picks the words for the rule's code.
import type { MethodRule } from '../../engine/methods/method';
import { methodOf } from '../../engine/methods/registry';
import type { IndicatorRule } from '../../engine/ruleset/schema';
import type { Labels, RuleText } from './labels';
import { percent, plain } from './numbers';

/** A setting as its name says: `x…` like the scored figure (a rate in percent), `pct…` in percent, others plain. */
function formatted(name: string, value: number, isRate: boolean): string {
  if (/^x[A-Z]/.test(name)) return isRate ? percent(value) : plain(value);
  if (/^pct[A-Z]/.test(name)) return percent(value);
  return plain(value);
}

function ruleText(rule: MethodRule, words: Labels, isRate: boolean, measure: string): string {
  const text: Record<string, string> = { measure };
  for (const [name, value] of Object.entries(rule.params)) text[name] = formatted(name, value, isRate);
  if (rule.parts !== undefined) text.parts = rule.parts.map((part) => ruleText(part, words, isRate, measure)).join(words.listSep);
  return words.methods[rule.code](text as RuleText);
}

export function explainMethod(indicator: IndicatorRule, words: Labels): string {
  const method = indicator.method as { type: string };
  const def = methodOf(method.type);
  if (def === undefined) return words.methods.unknown({ type: method.type, json: JSON.stringify(method) });
  const isRate = indicator.target !== undefined;
  const rule = def.describe(method, { weight: indicator.weight, direction: indicator.direction ?? 'higher' });
  return ruleText(rule, words, isRate, isRate ? words.measureRate : words.measureValue);
}
