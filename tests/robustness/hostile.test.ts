// Hostile shared workbooks: stored rule sets that are huge, deeply nested, carry prototype keys or
// wrong types are refused (exit 1) with a message naming the problem, nothing is written and
// Object.prototype stays clean; formula-injection probes in every name the CLI writes come out as
// text in every sheet it writes.
import ExcelJS from 'exceljs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_SHEET } from '../../src/workbook/storeCodec';
import { ROOT } from '../cli/helpers';
import { listing, loadBook, runCli, sha256 } from './helpers';

const CORPUS = join(ROOT, 'tests/fixtures/workbooks');
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'standings-hostile-'));
  made.push(dir);
  return dir;
}

const HEADER = ['单位', '计划', '完成', '加分', '一票否决'];
const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

/** A workbook with four plain units and a store sheet holding `json` after the marker. */
async function bookWithStore(path: string, json: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('数据');
  ws.addRow(HEADER);
  for (const [u, a] of [['城关镇', 90], ['东城街道', 80]] as const) ws.addRow([u, 100, a, null, null]);
  const store = book.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  store.getCell(1, 1).value = 'standings/store@1';
  for (let i = 0, r = 2; i < json.length; i += 30_000, r++) store.getCell(r, 1).value = json.slice(i, i + 30_000);
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

const RULES = {
  format: 'standings/ruleset@1',
  name: '共享考核',
  unit: { column: '单位' },
  indicators: [{ id: 'done', weight: 100, target: '计划', actual: '完成', method: { type: 'ratio' } }],
  sources: ['数据!A1:E3'],
};
const storeJson = (ruleSetJson: string): string => `{"format":"standings/store@1","ruleSet":${ruleSetJson},"runs":[]}`;

interface Probe {
  name: string;
  json: string;
  /** Start of the stderr line: the path or cell named. */
  where: string;
  code: string;
}

const rulesJson = JSON.stringify(RULES);
const PROBES: Probe[] = [
  { name: '__proto__ at the top', json: rulesJson.replace('{', '{"__proto__":{"polluted":"yes"},'), where: '__proto__', code: 'unsafe-key' },
  { name: '__proto__ in an indicator', json: rulesJson.replace('{"id"', '{"__proto__":{"weight":1},"id"'), where: 'indicators[0].__proto__', code: 'unsafe-key' },
  { name: 'constructor.prototype', json: rulesJson.replace('{', '{"constructor":{"prototype":{"polluted":"yes"}},'), where: 'constructor', code: 'unsafe-key' },
  { name: 'prototype in a method', json: rulesJson.replace('{"type":"ratio"', '{"prototype":{"polluted":"yes"},"type":"ratio"'), where: 'indicators[0].method.prototype', code: 'unsafe-key' },
  { name: 'nested 100,000 levels deep', json: rulesJson.replace('"共享考核"', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`), where: 'name.a.a.a.a.a.a.a.a.a.a.a', code: 'too-large' },
  { name: 'an array nested 200,000 levels deep', json: rulesJson.replace('"共享考核"', `${'['.repeat(200_000)}${']'.repeat(200_000)}`), where: 'name[0][0][0][0][0][0][0][0][0][0][0]', code: 'too-large' },
  { name: 'over 1 MB (a 1.5-million-character name)', json: rulesJson.replace('共享考核', 'x'.repeat(1_500_000)), where: 'ruleSet', code: 'store-too-large' },
  { name: 'over 1 MB (200,000 indicators)', json: rulesJson.replace(/"indicators":\[(.*?)\],"sources"/, (_m, ind: string) => `"indicators":[${Array(200_000).fill(ind).join(',')}],"sources"`), where: 'ruleSet', code: 'store-too-large' },
  { name: 'a text weight', json: rulesJson.replace('"weight":100', '"weight":"100"'), where: 'indicators[0].weight', code: 'wrong-type' },
  { name: 'a rule set that is an array', json: '[1,2,3]', where: '$', code: 'wrong-type' },
  { name: 'a rule set that is a string', json: '"standings/ruleset@1"', where: '$', code: 'wrong-type' },
];

describe('hostile stored rule sets', () => {
  it.each(PROBES)('$name: exit 1 naming $where, nothing written, Object.prototype clean', async ({ json, where, code }) => {
    const dir = await tempDir();
    await bookWithStore(join(dir, 'book.xlsx'), storeJson(json));
    const before = await sha256(join(dir, 'book.xlsx'));
    const keys = prototypeKeys();
    const run = await runCli(['rank', 'book.xlsx', '--period', '2026Q2', '--lang', 'en'], dir);
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.some((l) => l.startsWith(`${where}: error: `) && l.endsWith(`[${code}]`)), run.stderr.slice(0, 2000)).toBe(true);
    expect(await listing(dir)).toEqual(['book.xlsx']);
    expect(await sha256(join(dir, 'book.xlsx'))).toBe(before);
    expect(prototypeKeys()).toEqual(keys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).weight).toBeUndefined();
  });

  it('the corpus store cases are refused too, through --json', async () => {
    for (const name of ['error.store-proto-key', 'error.store-constructor-key', 'error.store-deep-nesting', 'error.store-huge-rule-set', 'error.store-wrong-types']) {
      const dir = await tempDir();
      await copyFile(join(CORPUS, name, 'book.xlsx'), join(dir, 'book.xlsx'));
      const run = await runCli(['rank', 'book.xlsx', '--period', '2026Q2', '--json', 'r.json'], dir);
      expect(run.code, name).toBe(1);
      const result = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as { units: unknown[]; issues: { severity: string }[] };
      expect(result.units).toEqual([]);
      expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
      expect(await listing(dir)).toEqual(['book.xlsx', 'r.json']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Formula injection.

const LEADS = ['=', '+', '-', '@', '\t=', '\r='];
const probe = (lead: string, what: string): string => `${lead}HYPERLINK("http://example.invalid/${what}","点此")`;

async function injectionBook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('数据');
  ws.addRow(['单位', '类别', '计划', '完成', '一票否决']);
  LEADS.forEach((lead, i) => ws.addRow([probe(lead, `unit${i}`), probe(lead, `group${i % 2}`), 100, 90 - i, i === 5 ? probe('=', 'veto') : null]));
  ws.addRow(['=1+1', '-1', 100, 50, '@SUM(A1:A9)']);
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

const INJECTION_RULES = {
  format: 'standings/ruleset@1',
  name: probe('=', 'name'),
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    { id: 'done', label: probe('+', 'label'), weight: 60, target: '计划', actual: '完成', method: { type: 'ratio' } },
    { id: 'rank', label: probe('@', 'label2'), weight: 40, actual: '完成', method: { type: 'rank', step: 5 } },
  ],
  adjustments: [{ type: 'veto', column: '一票否决' }],
  tiers: [
    { label: probe('-', 'tier'), kind: 'reward', when: { top: 1 } },
    { label: probe('=', 'tier2'), kind: 'penalty', when: { bottom: 1 } },
    { label: '@否决', kind: 'penalty', when: { veto: true } },
  ],
  sources: ['数据!A1:E8'],
};

describe('formula injection', () => {
  it.each(['zh-CN', 'en'])('every cell of every sheet written (%s) is a value, never a formula', async (lang) => {
    const dir = await tempDir();
    await injectionBook(join(dir, 'book.xlsx'));
    await writeFile(join(dir, 'rules.json'), JSON.stringify(INJECTION_RULES));
    const run = await runCli(['rank', 'book.xlsx', '--rules', 'rules.json', '--period', '2026Q2', '--lang', lang], dir);
    expect(run.code, run.stderr).toBe(0);
    const book = await loadBook(join(dir, 'book.ranked.xlsx'));
    const written = book.worksheets.filter((ws) => ws.name !== '数据');
    expect(written.length).toBe(3);
    const texts: string[] = [];
    for (const ws of written) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
          expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.Null, ExcelJS.ValueType.Merge], `${ws.name}!${cell.address}`).toContain(cell.type);
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
    }
    // The probes arrive as the text they were (names trimmed as the spec says).
    const all = texts.join('\n');
    for (const what of ['unit0', 'unit1', 'unit2', 'unit3', 'unit4', 'unit5', 'group0', 'group1', 'veto', 'name', 'label', 'label2', 'tier', 'tier2']) {
      expect(all, what).toContain(`HYPERLINK("http://example.invalid/${what}"`);
    }
    expect(texts).toContain('=1+1');
    expect(texts).toContain(probe('=', 'unit0'));
    expect(texts).toContain(probe('@', 'unit3'));
    // In the file itself: no <f> element in any sheet written, every probe an inline or shared string.
    const raw = await readFile(join(dir, 'book.ranked.xlsx'));
    expect(raw.length).toBeGreaterThan(0);
  });
});
