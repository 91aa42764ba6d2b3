// One test per folder of tests/fixtures/engine: ruleset.json (read as text, the way a user's file
// is), input.json ({period, elapsed?, lang?, tables}) and expect.json ({issues, units?}).
// Folders named `error.*` must fail: no units, and at least one error. The issue list must match
// exactly (severity, code and cell or path; order does not matter); `message` lists words the
// message must contain; `units` lists expected rows (partial objects; in result order when
// every one gives its rank).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseRuleSetJson } from '../../src/engine/index';
import type { Issue, Lang, RunResult, Table } from '../../src/engine/index';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'engine');

interface ExpectedIssue {
  code: string;
  cell?: string;
  path?: string;
  severity?: 'error' | 'warning';
  message?: string[];
}

interface Expected {
  issues: ExpectedIssue[];
  units?: Record<string, unknown>[];
}

interface Input {
  period: string;
  elapsed?: number;
  lang?: Lang;
  tables: Table[];
}

/** JSON cannot hold a Date: `{"$date": "2026-03-31"}` stands for one (as exceljs hands them over). */
function revive(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { $date?: unknown }).$date === 'string') {
    return new Date((value as { $date: string }).$date);
  }
  return value;
}

function run(folder: string): { result: RunResult; expected: Expected } {
  const dir = join(ROOT, folder);
  const input = JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8'), revive) as Input;
  const expected = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expected;
  const lang = input.lang ?? 'zh-CN';
  const parsed = parseRuleSetJson(readFileSync(join(dir, 'ruleset.json'), 'utf8'), lang);
  if (parsed.issues.length > 0) {
    return { result: { format: 'standings/result@1', ruleSet: '', period: { label: input.period, elapsed: 0 }, units: [], issues: parsed.issues }, expected };
  }
  const options = input.elapsed === undefined ? { lang } : { lang, elapsed: input.elapsed };
  return { result: evaluate(parsed.value, input.tables, input.period, options), expected };
}

const key = (severity: string, code: string, where: string | undefined): string => `${severity} ${code} ${where ?? '(nowhere)'}`;

const folders = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('engine fixtures', () => {
  it('has error and success cases', () => {
    expect(folders.filter((f) => f.startsWith('error.')).length).toBeGreaterThanOrEqual(25);
    expect(folders.filter((f) => !f.startsWith('error.')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(folders)('%s', (folder) => {
    const { result, expected } = run(folder);
    const failing = folder.startsWith('error.');
    const defaultSeverity = failing ? 'error' : 'warning';

    const actualKeys = result.issues.map((i) => key(i.severity, i.code, i.cell ?? i.path)).sort();
    const expectedKeys = expected.issues.map((e) => key(e.severity ?? defaultSeverity, e.code, e.cell ?? e.path)).sort();
    expect(actualKeys).toEqual(expectedKeys);

    for (const e of expected.issues) {
      const issue = result.issues.find((i: Issue) => i.code === e.code && (i.cell ?? i.path) === (e.cell ?? e.path))!;
      for (const words of e.message ?? []) expect(issue.message, `${e.code} ${e.cell ?? e.path ?? ''}`).toContain(words);
    }

    if (failing) {
      expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
      expect(result.units).toEqual([]);
    } else {
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      if (expected.units) {
        expect(result.units.map((u) => u.unit).sort()).toEqual(expected.units.map((u) => String(u.unit)).sort());
        for (const want of expected.units) expect(result.units.find((u) => u.unit === want.unit)).toMatchObject(want);
        // Rows come by rank (spec 3.3); expected rows that give ranks are listed in result order.
        if (expected.units.every((u) => 'rank' in u)) expect(result.units.map((u) => u.unit)).toEqual(expected.units.map((u) => u.unit));
      }
    }
  });
});
