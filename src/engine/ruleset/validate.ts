// Validates a rule set: the strict schema, each method's own schema, then the checks that span
// fields. Every problem found is reported, not only the first.
import { rawError, type RawIssue } from '../issues';
import { methodOf, METHOD_TYPES } from '../methods/registry';
import { parseRange } from '../address';
import { FORMAT, ruleSetSchema, type RuleSet } from './schema';
import { fromZodIssues, jsonPath } from './zodIssues';
import { checkHostile } from './hostile';

export interface Validated {
  ruleSet: RuleSet | null;
  issues: RawIssue[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const arrayAt = (v: unknown, key: string): unknown[] => (isObject(v) && Array.isArray(v[key]) ? (v[key] as unknown[]) : []);

export function validateRuleSet(input: unknown): Validated {
  const hostile = checkHostile(input);
  if (hostile.length > 0) return { ruleSet: null, issues: hostile };

  const issues: RawIssue[] = [];
  const parsed = ruleSetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues));
  if (isObject(input) && input.format !== undefined && input.format !== FORMAT) {
    issues.push(rawError('wrong-format', { path: 'format' }, { expected: FORMAT, received: typeof input.format === 'string' ? input.format : JSON.stringify(input.format) }));
  }

  const methods = arrayAt(input, 'indicators').map((indicator, i) => checkMethod(indicator, i, issues));
  checkAcrossFields(input, issues);

  if (issues.length > 0 || !parsed.success) return { ruleSet: null, issues };
  const ruleSet: RuleSet = {
    ...parsed.data,
    indicators: parsed.data.indicators.map((ind, i) => ({ ...ind, method: methods[i] as RuleSet['indicators'][number]['method'] })),
  };
  return { ruleSet, issues };
}

function checkMethod(indicator: unknown, i: number, issues: RawIssue[]): unknown {
  if (!isObject(indicator) || !isObject(indicator.method)) return undefined;
  const path = ['indicators', i, 'method'];
  const type = indicator.method.type;
  if (typeof type !== 'string') return undefined; // the schema already reported it
  const def = methodOf(type);
  if (!def) {
    issues.push(rawError('unknown-method', { path: jsonPath([...path, 'type']) }, { value: type, allowed: METHOD_TYPES.join(', ') }));
    return undefined;
  }
  const parsed = def.schema.safeParse(indicator.method, { reportInput: true });
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, path));
    return undefined;
  }
  if (def.needsTarget && (typeof indicator.target !== 'string' || indicator.target.trim() === '')) {
    issues.push(rawError('needs-target', { path: jsonPath(['indicators', i, 'target']) }, { method: type }));
  }
  if (indicator.direction === 'lower' && !def.allowsLower) {
    issues.push(rawError('direction-not-allowed', { path: jsonPath(['indicators', i, 'direction']) }, { method: type }));
  }
  if (type === 'bands') {
    arrayAt(indicator.method, 'bands').forEach((band, b) => {
      if (isObject(band) && typeof band.min === 'number' && typeof band.max === 'number' && band.min > band.max) {
        issues.push(rawError('band-min-max', { path: jsonPath([...path, 'bands', b]) }, { min: band.min, max: band.max }));
      }
    });
  }
  return parsed.data;
}

function checkAcrossFields(input: unknown, issues: RawIssue[]): void {
  const ids = new Map<string, number>();
  arrayAt(input, 'indicators').forEach((ind, i) => {
    if (!isObject(ind) || typeof ind.id !== 'string') return;
    const first = ids.get(ind.id);
    if (first !== undefined) {
      issues.push(rawError('duplicate-id', { path: jsonPath(['indicators', i, 'id']) }, { id: ind.id, first: jsonPath(['indicators', first, 'id']) }));
    } else ids.set(ind.id, i);
  });
  const ranking = isObject(input) ? input.ranking : undefined;
  arrayAt(ranking, 'tieBreak').forEach((id, t) => {
    if (typeof id === 'string' && !ids.has(id)) {
      issues.push(rawError('unknown-tiebreak', { path: jsonPath(['ranking', 'tieBreak', t]) }, { id, allowed: [...ids.keys()].join(', ') }));
    }
  });
  arrayAt(input, 'tiers').forEach((tier, t) => {
    const when = isObject(tier) ? tier.when : undefined;
    if (!isObject(when) || when.quota !== true) return;
    if (!['top', 'bottom', 'topPercent', 'bottomPercent'].some((k) => typeof when[k] === 'number')) {
      issues.push(rawError('quota-without-count', { path: jsonPath(['tiers', t, 'when', 'quota']) }));
    }
  });
  arrayAt(input, 'sources').forEach((source, s) => {
    if (typeof source === 'string' && source.trim() !== '' && parseRange(source)?.sheet == null) {
      issues.push(rawError('bad-range', { path: jsonPath(['sources', s]) }, { value: source }));
    }
  });
  const total = isObject(input) ? input.total : undefined;
  if (isObject(total) && typeof total.min === 'number' && typeof total.max === 'number' && total.min > total.max) {
    issues.push(rawError('too-large', { path: 'total.min' }, { maximum: total.max, inclusive: 1, origin: 'number' }));
  }
}
