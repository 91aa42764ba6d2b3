// Rule sets travel inside shared workbooks: refuse shapes that could hurt whoever opens one
// (prototype keys, absurd nesting or size) before anything else looks at them.
import { rawError, type RawIssue } from '../issues';
import { jsonPath } from './zodIssues';

const MAX_DEPTH = 12;
const MAX_NODES = 100_000;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function checkHostile(input: unknown): RawIssue[] {
  const issues: RawIssue[] = [];
  let nodes = 0;
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (issues.length > 0) return;
    nodes += 1;
    if (nodes > MAX_NODES) {
      issues.push(rawError('too-large', { path: '$' }, { maximum: MAX_NODES, inclusive: 1, origin: 'nodes' }));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (path.length >= MAX_DEPTH) {
      issues.push(rawError('too-large', { path: jsonPath(path) }, { maximum: MAX_DEPTH, inclusive: 1, origin: 'depth' }));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) {
        issues.push(rawError('unsafe-key', { path: jsonPath([...path, key]) }, { field: key }));
        return;
      }
      walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(input, []);
  return issues;
}

/** Parses rule-set JSON text; a syntax error becomes an issue, not an exception. */
export function parseRuleSetText(text: string, maxBytes = 1_000_000): { value: unknown; issues: RawIssue[] } {
  if (text.length > maxBytes) {
    return { value: undefined, issues: [rawError('too-large', { path: '$' }, { maximum: maxBytes, inclusive: 1, origin: 'bytes' })] };
  }
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch (e) {
    return { value: undefined, issues: [rawError('bad-json', { path: '$' }, { detail: e instanceof Error ? e.message : String(e) })] };
  }
}
