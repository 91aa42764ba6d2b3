// `standings rank --explain` and `standings explain` end to end on the example county workbook:
// the explanation sheet read back holds exactly the engine's words; `explain` prints one unit.
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explanationPlain, explanationText } from '../../src/engine/index';
import type { Lang, RunResult } from '../../src/engine/types';
import { FIXTURES, readBook, ROOT, sheet, snapshot, standings, workspace } from './helpers';

const BOOK = 'county-2026.xlsx';
const RULES = join(ROOT, 'examples/county-rules.json');
const SHEET = '县重点工作考核 2026Q3 解释';
const TITLE = '柳溪乡（乡镇）：第 8 名，总分 72.03';

/** A fresh folder holding a copy of the example workbook. */
async function countyCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'standings-explain-'));
  await copyFile(join(ROOT, 'examples', BOOK), join(dir, BOOK));
  return dir;
}

/** Column A of the explanation sheet as the engine's words should fill it. */
function expectedLines(result: RunResult, lang: Lang, heading: readonly string[]): (string | null)[] {
  const blocks = (result.explanations ?? []).map((e) => {
    const text = explanationText(e, lang);
    return [text.title, ...text.sections.flatMap((s) => [s.heading, ...s.lines])];
  });
  return [...heading, null, ...blocks.flatMap((b, i) => (i === 0 ? b : [null, ...b]))];
}

describe('standings rank --explain', () => {
  it('writes the explanation sheet with the same words as the JSON result explanations', async () => {
    const dir = await countyCopy();
    const run = await standings(['rank', BOOK, '--rules', RULES, '--period', '2026Q3', '--explain', '--json', '-'], dir);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as RunResult;
    expect(result.explanations?.map((e) => e.unit)).toEqual(result.units.map((u) => u.unit));
    expect(result.explanations).toHaveLength(20);
    expect(run.stderr).toContain(`已写入 county-2026.ranked.xlsx：县重点工作考核 2026Q3, 县重点工作考核 2026Q3 说明, ${SHEET}\n`);

    const ws = sheet(await readBook(join(dir, 'county-2026.ranked.xlsx')), SHEET);
    const cells = Array.from({ length: ws.rowCount }, (_, r) => ws.getCell(r + 1, 1).value as string | null);
    expect(cells).toEqual(
      expectedLines(result, 'zh-CN', ['县重点工作考核 2026Q3 逐单位解释', '考核期：2026Q3（序时进度 75%）', '每个单位一段：各项指标的得分算式、加减分、总分、排名、等次，以及要前进需要多少分']),
    );
    // Nothing beside column A; the unit titles and headings bold, tier rows filled.
    expect(ws.columnCount).toBe(1);
    const row = cells.indexOf(TITLE) + 1;
    expect(row).toBeGreaterThan(4);
    expect(ws.getCell(row, 1).font?.bold).toBe(true);
    expect(ws.getCell(row + 1, 1).value).toBe('指标得分');
    expect(ws.getCell(row + 1, 1).font?.bold).toBe(true);
    expect(ws.getCell(row + 2, 1).font?.bold).not.toBe(true);
    const fill = (r: number): unknown => (ws.getCell(r, 1).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fill(5)).toBe('FFC6EFCE'); // 桃源乡, 表彰
    expect(fill(row)).toBeUndefined();
  });

  it('keeps formula-like unit names as text in the explanation sheet; prints the three sheets', async () => {
    const dir = await workspace('basic.xlsx');
    const run = await standings(['rank', 'basic.xlsx', '--rules', join(FIXTURES, 'basic-rules.json'), '--period', '2026Q2', '--explain'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('已写入 basic.ranked.xlsx：完成率考核 2026Q2, 完成率考核 2026Q2 说明, 完成率考核 2026Q2 解释\n');
    const ws = sheet(await readBook(join(dir, 'basic.ranked.xlsx')), '完成率考核 2026Q2 解释');
    const titles = Array.from({ length: ws.rowCount }, (_, r) => ws.getCell(r + 1, 1)).filter((c) => typeof c.value === 'string' && /^(\+1|=1\+1|-1|@SUM\(A1\))：/.test(c.value));
    expect(titles.map((c) => c.value)).toEqual(['+1：第 2 名，总分 92，表彰', '=1+1：第 3 名，总分 80', '-1：第 4 名，总分 70', '@SUM(A1)：第 5 名，总分 60，通报批评']);
    expect(titles.map((c) => [c.type, c.formula])).toEqual(new Array(4).fill([3, undefined])); // ExcelJS.ValueType.String
  });

  it('in English names the sheet "explained"', async () => {
    const dir = await workspace('basic.xlsx');
    const run = await standings(['rank', 'basic.xlsx', '--rules', join(FIXTURES, 'basic-rules.json'), '--period', '2026Q2', '--explain', '--lang', 'en'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('wrote basic.ranked.xlsx: 完成率考核 2026Q2, 完成率考核 2026Q2 rules, 完成率考核 2026Q2 explained\n');
    const ws = sheet(await readBook(join(dir, 'basic.ranked.xlsx')), '完成率考核 2026Q2 explained');
    expect(ws.getCell('A1').value).toBe('完成率考核 2026Q2: each unit explained');
    expect(ws.getCell('A5').value).toBe('城关镇: rank 1, total 95, 表彰');
  });
});

describe('standings explain', () => {
  it('prints the unit explanation (title, sections, gaps) with the stored rule set, exit 0, writing nothing', async () => {
    const dir = await countyCopy();
    const before = await snapshot(dir);
    const run = await standings(['explain', BOOK, '柳溪乡', '--period', '2026Q3'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`${TITLE}\n\n【指标得分】\n固定资产投资（权重 35）：`)).toBe(true);
    expect(run.stdout).toContain('\n【差距】\n升到第 7 名：总分需达到 72.6，还差 0.57 分（届时总分 72.6，第 7 名）\n');
    expect(run.stdout).toContain('· 固定资产投资：累计完成投资需增加 774.9 万元，从 39,864.7 万元 到 40,639.6 万元（届时总分 72.6，第 7 名）\n');
    // Warnings about the data, as rank prints them; no note about changed figures (no stored run).
    expect(run.stderr).toContain('完成情况!B21: 警告: 文本“46,433.8”按数字 46433.8 读取 [text-as-number]');
    expect(run.stderr).not.toContain('注意');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('prints what explanationPlain makes of the JSON explanation; --json - carries only the JSON', async () => {
    const dir = await countyCopy();
    const [text, json] = await Promise.all([
      standings(['explain', BOOK, '柳溪乡', '--rules', RULES, '--period', '2026Q3', '--json', 'out.json'], dir),
      standings(['explain', BOOK, '  柳溪乡 ', '--rules', RULES, '--period', '2026Q3', '--json', '-'], dir),
    ]);
    expect([text.code, json.code]).toEqual([0, 0]);
    const result = JSON.parse(json.stdout) as RunResult;
    expect(result.units.map((u) => [u.unit, u.rank, u.total])).toEqual([['柳溪乡', 8, 72.03]]);
    expect(result.explanations).toHaveLength(1);
    expect(text.stdout).toBe(`${explanationPlain(result.explanations![0], 'zh-CN')}\n`);
    expect(JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'))).toEqual(result);
  });

  it('speaks English with --lang en', async () => {
    const run = await standings(['explain', 'examples/county-2026.xlsx', '柳溪乡', '--period', '2026Q3', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('柳溪乡 (乡镇): rank 8, total 72.03\n\nIndicator scores:\n')).toBe(true);
    expect(run.stdout).toContain('\nWhat would move it:\nReach rank 7: a total of 72.6 is needed, 0.57 points more (then total 72.6, rank 7)\n');
    expect(run.stderr).toContain('warning: text "46,433.8" read as the number 46433.8 [text-as-number]');
  });

  it('an unknown unit is exit 1, suggesting close names or listing some', async () => {
    const [close, far, farEn] = await Promise.all([
      standings(['explain', 'examples/county-2026.xlsx', '柳溪', '--period', '2026Q3']),
      standings(['explain', 'examples/county-2026.xlsx', '火星', '--period', '2026Q3']),
      standings(['explain', 'examples/county-2026.xlsx', 'Mars', '--period', '2026Q3', '--lang', 'en']),
    ]);
    expect([close.code, far.code, farEn.code]).toEqual([1, 1, 1]);
    expect([close.stdout, far.stdout, farEn.stdout]).toEqual(['', '', '']);
    expect(close.stderr.endsWith('没有单位“柳溪”；是不是：柳溪乡\n')).toBe(true);
    expect(far.stderr.endsWith('没有单位“火星”；共 20 个单位，例如：桃源乡、龙泉乡、白沙镇、石门乡、南山镇、城关镇、北岭镇、柳溪乡\n')).toBe(true);
    expect(farEn.stderr.endsWith('no unit "Mars"; the 20 units include: 桃源乡, 龙泉乡, 白沙镇, 石门乡, 南山镇, 城关镇, 北岭镇, 柳溪乡\n')).toBe(true);
  });

  it('an unknown unit with --json -: the JSON says why, with no units', async () => {
    const run = await standings(['explain', 'examples/county-2026.xlsx', '柳溪', '--period', '2026Q3', '--json', '-']);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as RunResult;
    expect(json.units).toEqual([]);
    expect(json.explanations).toEqual([]);
    expect(json.issues.at(-1)).toEqual({ severity: 'error', code: 'unknown-unit', path: 'UNIT', message: '没有单位“柳溪”；是不是：柳溪乡', params: {} });
  });

  it('data errors are printed as rank prints them, exit 1', async () => {
    const run = await standings(['explain', 'examples/county-2026.xlsx', '柳溪乡', '--source', '无此表!A1:C5', '--period', '2026Q3']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('sources[0]: 错误: 区域 无此表!A1:C5 所在的工作表“无此表”不存在 [bad-range]\n');
  });

  it('says when the workbook stores a run of the same period whose total for the unit differs', async () => {
    const dir = await countyCopy();
    expect((await standings(['rank', BOOK, '--period', '2026Q3', '--elapsed', '0.5'], dir)).code).toBe(0);
    const ranked = 'county-2026.ranked.xlsx';
    const [same, changed] = await Promise.all([
      standings(['explain', ranked, '柳溪乡', '--period', '2026Q3', '--elapsed', '0.5'], dir),
      standings(['explain', ranked, '柳溪乡', '--period', '2026Q3'], dir),
    ]);
    expect([same.code, changed.code]).toEqual([0, 0]);
    expect(same.stderr).not.toContain('注意');
    const note = changed.stderr.split('\n').filter((l) => l.startsWith('注意'));
    expect(note).toHaveLength(1);
    expect(note[0]).toMatch(/^注意：工作簿中 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 的 2026Q3 排名记录里“柳溪乡”总分为 [\d.]+，按现在的数据重算为 72\.03；那次排名之后数据或规则已有改动$/);
    expect(changed.stdout.startsWith(`${TITLE}\n`)).toBe(true);
  });

  it('a wrong command line is exit 2', async () => {
    const [noUnit, extra] = await Promise.all([
      standings(['explain', 'examples/county-2026.xlsx']),
      standings(['explain', 'examples/county-2026.xlsx', '柳溪乡', '多余']),
    ]);
    expect([noUnit.code, extra.code]).toEqual([2, 2]);
    expect(noUnit.stderr).toBe('需要指定工作簿和单位：standings explain BOOK.xlsx 单位名称\n');
    expect(extra.stderr).toBe('多余的参数：多余\n');
  });
});
