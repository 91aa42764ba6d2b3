// Turns zod's issues into ours: one issue per problem, each with its JSON path.
import type { z } from 'zod';
import { rawError, type IssueCode, type RawIssue } from '../issues';

type ZodIssue = z.core.$ZodIssue;

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '$' : out;
}

function describeValues(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

export function fromZodIssues(issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []): RawIssue[] {
  const out: RawIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const at = { path: jsonPath(path) };
    switch (issue.code) {
      case 'invalid_type':
        out.push(
          issue.input === undefined
            ? rawError('required', at, { expected: issue.expected })
            : rawError('wrong-type', at, { expected: issue.expected, received: typeName(issue.input) }),
        );
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(rawError('unknown-field', { path: jsonPath([...path, key]) }, { field: key }));
        break;
      case 'too_small':
        out.push(rawError('too-small', at, { minimum: Number(issue.minimum), inclusive: issue.inclusive === false ? 0 : 1, origin: issue.origin }));
        break;
      case 'too_big':
        out.push(rawError('too-large', at, { maximum: Number(issue.maximum), inclusive: issue.inclusive === false ? 0 : 1, origin: issue.origin }));
        break;
      case 'invalid_value':
        out.push(rawError('not-allowed', at, { allowed: describeValues(issue.values) }));
        break;
      case 'invalid_format':
        out.push(rawError('bad-format', at, { pattern: issue.pattern ?? issue.format }));
        break;
      case 'invalid_union':
        out.push(...fromUnion(issue, path));
        break;
      case 'not_multiple_of':
        out.push(rawError('wrong-type', at, { expected: `multiple of ${issue.divisor}`, received: 'number' }));
        break;
      default: {
        const params = (issue as { params?: { code?: IssueCode } }).params;
        out.push(rawError(params?.code ?? 'not-allowed', at, { allowed: issue.message }));
      }
    }
  }
  return out;
}

function fromUnion(issue: Extract<ZodIssue, { code: 'invalid_union' }>, path: PropertyKey[]): RawIssue[] {
  if (issue.discriminator !== undefined && issue.errors.length === 0) {
    const at = { path: jsonPath(path) };
    const options = 'options' in issue ? (issue.options ?? []) : [];
    return [rawError('not-allowed', at, { allowed: describeValues(options) })];
  }
  // No branch matched: report the branch that came closest.
  const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
  return fromZodIssues(closest, path);
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
