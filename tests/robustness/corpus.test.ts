// The bad-input corpus (tests/fixtures/workbooks, made by make-workbooks.ts): every case through
// the real CLI path — `standings rank` in-process over the .xlsx adapter, and a subset as a child
// process. Exact issues (severity, code, cell or path), exit code, nothing written on failure but
// the JSON result, the input byte-identical afterwards, and on success a result sheet that says
// what the JSON says, with no formula in any sheet the CLI wrote.
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/types';
import { LABELS } from '../../src/workbook/layout/labels';
import { resultSheetName, rulesSheetName } from '../../src/workbook/layout/sheetName';
import { STORE_SHEET } from '../../src/workbook/storeCodec';
import { ROOT, standings } from '../cli/helpers';
import type { Expected } from '../fixtures/workbooks/cases';
import { formulaCells, listing, loadBook, oddCells, resultRows, runCli, sha256 } from './helpers';

const CORPUS = join(ROOT, 'tests/fixtures/workbooks');
const cases = (await readdir(CORPUS, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function workspace(name: string): Promise<{ dir: string; hasRules: boolean; expected: Expected }> {
  const dir = await mkdtemp(join(tmpdir(), 'standings-corpus-'));
  made.push(dir);
  const files = await readdir(join(CORPUS, name));
  for (const f of ['book.xlsx', 'rules.json']) if (files.includes(f)) await copyFile(join(CORPUS, name, f), join(dir, f));
  const expected = JSON.parse(await readFile(join(CORPUS, name, 'expect.json'), 'utf8')) as Expected;
  return { dir, hasRules: files.includes('rules.json'), expected };
}

const key = (i: { severity: string; code: string; cell?: string; path?: string }): string => `${i.severity} ${i.code} ${i.cell ?? i.path ?? '(nowhere)'}`;
const argsOf = (hasRules: boolean, expected: Expected): string[] => ['rank', 'book.xlsx', ...(hasRules ? ['--rules', 'rules.json'] : []), ...expected.args];

describe('the bad-input corpus', () => {
  it('holds at least 40 cases, LibreOffice-saved ones among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.startsWith('lo.')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s', async (name) => {
    const { dir, hasRules, expected } = await workspace(name);
    const check = (): Promise<void> => checkCase(dir, hasRules, expected);
    // A case marked with a known bug must still fail, so that fixing the bug shows here.
    if (expected.knownBug === undefined) await check();
    else await expect(check(), expected.knownBug).rejects.toThrow();
  });
});

async function checkCase(dir: string, hasRules: boolean, expected: Expected): Promise<void> {
  const before = await sha256(join(dir, 'book.xlsx'));
  const rulesBefore = hasRules ? await sha256(join(dir, 'rules.json')) : null;
  const run = await runCli([...argsOf(hasRules, expected), '--json', 'result.json'], dir);
  const result = JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as RunResult;

  expect(result.issues.map(key).sort(), run.stderr).toEqual(expected.issues.map(key).sort());
  expect(run.code, run.stderr).toBe(expected.exit);
  // One line on standard error per issue, ending in its code.
  const lines = run.stderr === '' ? [] : run.stderr.trimEnd().split('\n');
  expect(lines.map((l) => /\[([a-z-]+)\]$/.exec(l)?.[1]).sort()).toEqual(result.issues.map((i) => i.code).sort());
  expect(await sha256(join(dir, 'book.xlsx'))).toBe(before);
  if (rulesBefore !== null) expect(await sha256(join(dir, 'rules.json'))).toBe(rulesBefore);

  const inputs = ['book.xlsx', 'result.json', ...(hasRules ? ['rules.json'] : [])];
  if (expected.exit !== 0) {
    expect(await listing(dir)).toEqual(inputs.sort());
    expect(result.units).toEqual([]);
    return;
  }
  expect(await listing(dir)).toEqual([...inputs, 'book.ranked.xlsx'].sort());
  const rows = result.units.map((u) => ({ unit: u.unit, rank: u.rank, total: u.total }));
  if (expected.units !== undefined) expect(rows).toEqual(expected.units);

  const book = await loadBook(join(dir, 'book.ranked.xlsx'));
  const resultName = resultSheetName(result.ruleSet, result.period.label);
  const written = [resultName, rulesSheetName(result.ruleSet, result.period.label, LABELS['zh-CN'].rulesSheetSuffix), STORE_SHEET];
  const ws = book.getWorksheet(resultName)!;
  expect(resultRows(ws, LABELS['zh-CN'].total)).toEqual(rows.map((u) => ({ rank: u.rank, unit: u.unit, total: u.total })));
  expect(book.getWorksheet(STORE_SHEET)!.state).toBe('veryHidden');
  expect(formulaCells(book).filter((c) => written.some((s) => c.startsWith(`${s}!`)))).toEqual([]);
  // Numbers Excel can hold, and no error cells, in what was written; a rate and a score wherever
  // the figures were there to make them.
  expect(oddCells(book, written)).toEqual([]);
  for (const u of result.units) {
    for (const [id, s] of Object.entries(u.indicators)) {
      if (s.target !== null && s.actual !== null) expect(s.rate, `${u.unit} ${id} rate`).not.toBeNull();
      if (s.actual !== null) expect(s.score, `${u.unit} ${id} score`).not.toBeNull();
    }
  }
}

/** A few cases through `node bin/standings.mjs`, as a user runs it. */
const CHILD_CASES = ['text-thousands-separators', 'error.excel-error-values', 'error.merged-header', 'error.store-proto-key', 'error.not-a-workbook', 'formula-injection-names'];

describe('the corpus through the command as a child process', () => {
  it('gives the same exit codes and issue codes, and writes nothing on failure', async () => {
    const runs = await Promise.all(
      CHILD_CASES.map(async (name) => {
        const { dir, hasRules, expected } = await workspace(name);
        const before = await sha256(join(dir, 'book.xlsx'));
        const run = await standings(argsOf(hasRules, expected), dir);
        return { name, dir, expected, before, run };
      }),
    );
    for (const { name, dir, expected, before, run } of runs) {
      expect(run.code, `${name}: ${run.stderr}`).toBe(expected.exit);
      const codes = run.stderr === '' ? [] : run.stderr.trimEnd().split('\n').map((l) => /\[([a-z-]+)\]$/.exec(l)?.[1]);
      expect(codes.sort(), name).toEqual(expected.issues.map((i) => i.code).sort());
      expect(await sha256(join(dir, 'book.xlsx'))).toBe(before);
      expect((await listing(dir)).includes('book.ranked.xlsx'), name).toBe(expected.exit === 0);
    }
  });
});
