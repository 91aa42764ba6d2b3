// validate, templates, template, --help and the command-line errors (exit 2).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/engine/index';
import { FIXTURES, standings, workspace } from './helpers';

describe('standings validate', () => {
  it('accepts a valid rule set: exit 0', async () => {
    const run = await standings(['validate', join(FIXTURES, 'basic-rules.json')]);
    expect(run).toEqual({ code: 0, stdout: '规则有效：完成率考核（1 个指标）\n', stderr: '' });
  });

  it('reports every error with its JSON path, one a line: exit 1', async () => {
    const dir = await workspace();
    const rules = {
      format: 'standings/ruleset@1',
      name: 'x',
      unit: { column: '单位' },
      indicators: [{ id: 'a', weight: 0, actual: '完成', method: { type: 'ratio' }, colour: 'red' }],
    };
    await writeFile(join(dir, 'bad.json'), JSON.stringify(rules));
    const run = await standings(['validate', 'bad.json', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const where = run.stderr.trimEnd().split('\n').map((l) => l.split(': ')[0]).sort();
    expect(where).toEqual(['indicators[0].colour', 'indicators[0].target', 'indicators[0].weight']);
  });

  it('a missing file is a command-line error: exit 2', async () => {
    const run = await standings(['validate', 'no-such-file.json', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cannot read no-such-file\.json: ENOENT/);
  });
});

describe('standings templates and template', () => {
  it('lists every built-in rule set', async () => {
    const run = await standings(['templates']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(TEMPLATES.map((t) => t.id));
  });

  it('prints one as JSON that validates', async () => {
    const run = await standings(['template', 'key-projects']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(TEMPLATES.find((t) => t.id === 'key-projects')?.ruleSet);
  });

  it('an unknown ID: exit 2', async () => {
    const run = await standings(['template', 'nope', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`no template with ID "nope"; the IDs are ${TEMPLATES.map((t) => t.id).join(', ')}\n`);
  });
});

describe('help and command-line errors', () => {
  it.concurrent.for(['rank', 'validate', 'templates', 'template'])('%s --help prints its usage: exit 0', async (command, { expect }) => {
    const run = await standings([command, '--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: standings ${command}\\b`));
  });

  it('--help lists the commands', async () => {
    const run = await standings(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^用法：standings <命令>/);
  });

  it.concurrent.for<[string[], RegExp]>([
    [[], /^用法：standings <命令>/],
    [['frobnicate'], /^未知命令“frobnicate”/],
    [['rank'], /^需要指定一个工作簿/],
    [['rank', 'a.xlsx', 'b.xlsx'], /^多余的参数：b\.xlsx/],
    [['rank', 'a.xlsx', '--colour', 'red'], /^命令行有误：.*--colour/],
    [['rank', 'a.xlsx', '--elapsed', 'half'], /^--elapsed 应为数字，实际为“half”/],
    [['rank', 'a.xlsx', '--lang', 'fr'], /^不支持的语言“fr”/],
    [['rank', 'no-such-book.xlsx', '--period', '2026Q1'], /^无法读取工作簿 no-such-book\.xlsx：.*ENOENT/],
    [['validate'], /^需要指定规则文件/],
  ])('%j: exit 2', async ([args, message], { expect }) => {
    const run = await standings(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('no rule set given and none stored: exit 2', async () => {
    const dir = await workspace('basic.xlsx');
    const run = await standings(['rank', 'basic.xlsx', '--period', '2026Q2'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'basic.xlsx 中没有保存的规则，请用 --rules 指定规则文件\n' });
  });

  it('--period defaults to the current quarter', async () => {
    const dir = await workspace('basic.xlsx');
    const run = await standings(['rank', 'basic.xlsx', '--rules', join(FIXTURES, 'basic-rules.json'), '--json', '-'], dir);
    expect(run.code).toBe(0);
    const now = new Date();
    expect(JSON.parse(run.stdout).period.label).toBe(`${now.getFullYear()}Q${Math.floor(now.getMonth() / 3) + 1}`);
  });
});
