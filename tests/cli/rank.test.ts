// `standings rank` end to end: run the command on fixture workbooks and read the output back.
import ExcelJS, { type ConditionalFormattingOptions } from 'exceljs';
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/types';
import { decodeStore, STORE_SHEET } from '../../src/workbook/storeCodec';
import { FIXTURES, grid, readBook, sheet, snapshot, standings, workspace } from './helpers';

const RULES = join(FIXTURES, 'basic-rules.json');
const Q2_SHEET = '完成率考核 2026Q2';
const Q3_SHEET = '完成率考核 2026Q3';
const HEADER = ['排名', '单位', '完成率 目标', '完成率 完成', '完成率 完成率', '完成率 得分', '加分', '总分', '等次', '名次变化', '备注'];

describe('standings rank on basic.xlsx, 2026Q2', () => {
  it('writes the result sheet with values, formats, fills, frozen header and a data bar', async () => {
    const dir = await workspace('basic.xlsx');
    const run = await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`已写入 basic.ranked.xlsx：${Q2_SHEET}, ${Q2_SHEET} 说明\n`);

    const book = await readBook(join(dir, 'basic.ranked.xlsx'));
    const ws = sheet(book, Q2_SHEET);
    expect(ws.getCell('A1').value).toBe('完成率考核');
    expect(ws.getCell('A2').value).toBe('考核期：2026Q2（序时进度 50%）');
    expect(ws.getCell('A3').text).toMatch(/^生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(grid(ws, 5, 1, 5, 11)[0]).toEqual(HEADER);
    expect(grid(ws, 6, 1, 11, 11)).toEqual([
      [1, '城关镇', 100, 95, 0.95, 95, 0, 95, '表彰', null, null],
      [2, '+1', 100, 90, 0.9, 90, 2, 92, '表彰', null, null],
      [3, '=1+1', 100, 80, 0.8, 80, 0, 80, null, null, null],
      [4, '-1', 100, 70, 0.7, 70, 0, 70, null, null, null],
      [5, '@SUM(A1)', 100, 60, 0.6, 60, 0, 60, '通报批评', null, null],
      [6, '东湖镇', 100, 100, 1, 100, 0, 100, '一票否决', null, '一票否决：安全事故'],
    ]);
    expect(ws.getCell('E6').numFmt).toBe('0.0%');
    expect(ws.getCell('F6').numFmt).toBe('0.00');
    expect(ws.getCell('H11').numFmt).toBe('0.00');
    expect(ws.getCell('A6').numFmt).toBe('0');
    const fill = (cell: string): unknown => (ws.getCell(cell).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect([fill('A6'), fill('K6'), fill('A7'), fill('A8'), fill('A10'), fill('K11')]).toEqual([
      'FFC6EFCE',
      'FFC6EFCE',
      'FFC6EFCE',
      undefined,
      'FFFFC7CE',
      'FFFFC7CE',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(ws.getCell('A5').font?.bold).toBe(true);
    // exceljs reads conditional formats back into this field, which its typings leave out.
    const { conditionalFormattings } = ws as unknown as { conditionalFormattings: ConditionalFormattingOptions[] };
    const bars = conditionalFormattings.map((cf) => ({ ref: cf.ref, type: cf.rules[0]?.type }));
    expect(bars).toEqual([{ ref: 'H6:H11', type: 'dataBar' }]);
    // CJK-aware widths: `完成率 完成率` is 6 CJK characters (12) + 1 space, plus 2 padding.
    expect(ws.getColumn(5).width).toBe(15);
    expect(ws.getColumn(2).width).toBe(10);
  });

  it('keeps formula-like unit names as text, never formulas', async () => {
    const dir = await workspace('basic.xlsx');
    expect((await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2'], dir)).code).toBe(0);
    const ws = sheet(await readBook(join(dir, 'basic.ranked.xlsx')), Q2_SHEET);
    const names = [7, 8, 9, 10].map((r) => ws.getCell(r, 2));
    expect(names.map((c) => c.value)).toEqual(['+1', '=1+1', '-1', '@SUM(A1)']);
    expect(names.map((c) => c.formula)).toEqual([undefined, undefined, undefined, undefined]);
    expect(names.map((c) => c.type)).toEqual([3, 3, 3, 3]); // ExcelJS.ValueType.String
  });

  it('stores the rule set and the run in a very hidden sheet', async () => {
    const dir = await workspace('basic.xlsx');
    expect((await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2'], dir)).code).toBe(0);
    const book = await readBook(join(dir, 'basic.ranked.xlsx'));
    const ws = sheet(book, STORE_SHEET);
    expect(ws.state).toBe('veryHidden');
    const values = grid(ws, 1, 1, ws.rowCount, 1);
    const { store, issues } = decodeStore(values);
    expect(issues).toEqual([]);
    expect(store?.ruleSet).toEqual(JSON.parse(await readFile(RULES, 'utf8')));
    expect(store?.runs.map((r) => ({ period: r.period, ruleSet: r.ruleSet, sources: r.sources, units: r.units }))).toEqual([
      {
        period: { label: '2026Q2', elapsed: 0.5 },
        ruleSet: '完成率考核',
        sources: ['二季度!A1:E7'],
        units: [
          { unit: '城关镇', group: null, rank: 1, total: 95 },
          { unit: '+1', group: null, rank: 2, total: 92 },
          { unit: '=1+1', group: null, rank: 3, total: 80 },
          { unit: '-1', group: null, rank: 4, total: 70 },
          { unit: '@SUM(A1)', group: null, rank: 5, total: 60 },
          { unit: '东湖镇', group: null, rank: 6, total: 100 },
        ],
      },
    ]);
  });

  it('leaves the input sheets as they were and explains the rules on a second sheet', async () => {
    const dir = await workspace('basic.xlsx');
    expect((await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2'], dir)).code).toBe(0);
    const book = await readBook(join(dir, 'basic.ranked.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['二季度', '三季度', '坏数据', Q2_SHEET, `${Q2_SHEET} 说明`, STORE_SHEET]);
    expect(grid(sheet(book, '二季度'), 1, 1, 2, 5)).toEqual([
      ['单位', '计划', '完成', '加分', '一票否决'],
      ['城关镇', 100, { formula: '50+45', result: 95 }, null, null],
    ]);
    const rules = sheet(book, `${Q2_SHEET} 说明`);
    const lines: string[] = [];
    rules.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(cell.text));
      lines.push(cells.join(' | '));
    });
    expect(lines).toContain('完成率 | 100 | 完成率 = 完成 ÷ 计划 | 缺数即报错 | 得分 = 权重 × 完成率，完成率最高按 100% 计；完成率低于 0% 得 0 分');
    expect(lines).toContain('加分：取“加分”列，最多加 5 分');
    expect(lines).toContain('表彰 | 表彰 | 前 2 名');
  });
});

describe('rank change across two runs of two periods', () => {
  it('compares 2026Q3 with the stored 2026Q2 run, the rule set read from the workbook', async () => {
    const dir = await workspace('basic.xlsx');
    expect((await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2'], dir)).code).toBe(0);
    const second = await standings(['rank', 'basic.ranked.xlsx', '--source', '三季度!A1:E7', '--period', '2026Q3', '--out', 'q3.xlsx'], dir);
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const book = await readBook(join(dir, 'q3.xlsx'));
    expect(book.getWorksheet(Q2_SHEET)).toBeDefined();
    const ws = sheet(book, Q3_SHEET);
    expect(grid(ws, 6, 1, 11, 11).map((r) => [r[0], r[1], r[7], r[8], r[9]])).toEqual([
      [1, '东湖镇', 100, '表彰', '↑5'],
      [2, '=1+1', 97, '表彰', '↑1'],
      [3, '+1', 92, null, '↓1'],
      [4, '城关镇', 85, null, '↓3'],
      [5, '@SUM(A1)', 75, null, '持平'],
      [6, '-1', 70, '通报批评', '↓2'],
    ]);
    const { store } = decodeStore(grid(sheet(book, STORE_SHEET), 1, 1, sheet(book, STORE_SHEET).rowCount, 1));
    expect(store?.runs.map((r) => [r.period.label, r.sources])).toEqual([
      ['2026Q2', ['二季度!A1:E7']],
      ['2026Q3', ['三季度!A1:E7']],
    ]);
  });

  it('labels the sheet in English with --lang en', async () => {
    const dir = await workspace('basic.xlsx');
    const run = await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2', '--lang', 'en'], dir);
    expect(run.stdout).toBe(`wrote basic.ranked.xlsx: ${Q2_SHEET}, ${Q2_SHEET} rules\n`);
    const ws = sheet(await readBook(join(dir, 'basic.ranked.xlsx')), Q2_SHEET);
    expect(ws.getCell('A2').value).toBe('Period: 2026Q2 (time progress 50%)');
    expect(grid(ws, 5, 1, 5, 11)[0]).toEqual([
      'Rank', 'Unit', '完成率 target', '完成率 actual', '完成率 rate', '完成率 score', 'Bonus', 'Total', 'Tier', 'Change', 'Notes',
    ]);
    expect(ws.getCell('K11').value).toBe('Veto: 安全事故');
  });
});

describe('failed runs change nothing', () => {
  it('data errors: exit 1, one error a line with its cell, every file byte-identical, none created', async () => {
    const dir = await workspace('basic.xlsx', 'basic-rules.json');
    const before = await snapshot(dir);
    const run = await standings(['rank', 'basic.xlsx', '--rules', 'basic-rules.json', '--source', '坏数据!A1:E4', '--period', '2026Q2'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/: 错误: .*\[/, ' [')).sort()).toEqual(['坏数据!A4 [duplicate-unit]', '坏数据!C2 [not-a-number]']);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('data errors with --json: writes only the JSON, with the issues and no units', async () => {
    const dir = await workspace('basic.xlsx');
    const before = await snapshot(dir);
    const run = await standings(['rank', 'basic.xlsx', '--rules', RULES, '--source', '坏数据!A1:E4', '--period', '2026Q2', '--json', 'r.json'], dir);
    expect(run.code).toBe(1);
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual(['basic.xlsx', 'r.json']);
    expect(after.get('basic.xlsx')).toBe(before.get('basic.xlsx'));
    const result = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as RunResult;
    expect(result.units).toEqual([]);
    expect(result.issues.map((i) => `${i.cell} ${i.code}`).sort()).toEqual([
      '坏数据!A4 duplicate-unit',
      '坏数据!C2 not-a-number',
    ]);
  });

  it('an existing result sheet without --replace: exit 1 with sheet-exists, nothing written; --replace overwrites', async () => {
    const dir = await workspace('basic.xlsx');
    expect((await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2'], dir)).code).toBe(0);
    const before = await snapshot(dir);
    const again = await standings(['rank', 'basic.ranked.xlsx', '--period', '2026Q2', '--out', 'basic.ranked.xlsx'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `${Q2_SHEET}: 错误: 工作表“${Q2_SHEET}”已存在；如要覆盖请加 --replace [sheet-exists]\n` +
        `${Q2_SHEET} 说明: 错误: 工作表“${Q2_SHEET} 说明”已存在；如要覆盖请加 --replace [sheet-exists]\n`,
    );
    expect(await snapshot(dir)).toEqual(before);

    const replaced = await standings(['rank', 'basic.ranked.xlsx', '--period', '2026Q2', '--out', 'basic.ranked.xlsx', '--replace'], dir);
    expect(replaced.code).toBe(0);
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual(['basic.ranked.xlsx', 'basic.xlsx']);
    expect(after.get('basic.xlsx')).toBe(before.get('basic.xlsx'));
    const book = await readBook(join(dir, 'basic.ranked.xlsx'));
    expect(book.worksheets.filter((w) => w.name === Q2_SHEET)).toHaveLength(1);
    expect(sheet(book, Q2_SHEET).getCell('B6').value).toBe('城关镇');
  });

  it('an unwritable output path: exit 2, no file anywhere', async () => {
    const dir = await workspace('basic.xlsx');
    const before = await snapshot(dir);
    const run = await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2', '--out', 'missing-folder/out.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^无法写入 missing-folder\/out\.xlsx：.*ENOENT.*\n$/);
    expect(await snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });

  it('a macro-enabled workbook asked to be written as .xlsx: exit 2 naming the extension; its default output keeps .xlsm', async () => {
    const dir = await workspace('basic.xlsx');
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'basic.xlsx')));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
    await writeFile(join(dir, 'basic.xlsm'), await zip.generateAsync({ type: 'nodebuffer' }));
    const before = await snapshot(dir);
    const run = await standings(['rank', 'basic.xlsm', '--rules', RULES, '--period', '2026Q2', '--out', 'out.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('输出文件 out.xlsx 须以 .xlsm 结尾：这个工作簿（启用宏或模板）换成别的扩展名后 Excel 会拒绝打开\n');
    expect(await snapshot(dir)).toEqual(before);
    const ranked = await standings(['rank', 'basic.xlsm', '--rules', RULES, '--period', '2026Q2'], dir);
    expect(ranked.code).toBe(0);
    expect(existsSync(join(dir, 'basic.ranked.xlsm'))).toBe(true);
  });

  it('a rule-set error: exit 1 with the JSON path, nothing written', async () => {
    const dir = await workspace('basic.xlsx');
    const before = await snapshot(dir);
    const bad = join(dir, '..', `bad-${Date.now()}.json`);
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, JSON.stringify({ format: 'standings/ruleset@1', name: 'x', unit: { column: '单位' }, indicators: [{ id: 'a', weight: -1, actual: '完成', method: { type: 'ratio' } }] })));
    const run = await standings(['rank', 'basic.xlsx', '--rules', bad, '--period', '2026Q2'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toMatch(/^indicators\[0\]\.weight: 错误: /);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('workbooks the CLI refuses', () => {
  it('merged header cells: exit 1 naming the cells, nothing written', async () => {
    const dir = await workspace();
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('二季度');
    ws.addRow(['单位', '计划', null, '加分', '一票否决']);
    ws.addRow(['城关镇', 100, 90, null, null]);
    ws.mergeCells('B1:C1');
    await writeFile(join(dir, 'merged.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
    const before = await snapshot(dir);
    const run = await standings(['rank', 'merged.xlsx', '--rules', RULES, '--period', '2026Q2', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      '二季度!B1:C1: error: the header row of 二季度!A1:E7 has merged cells 二季度!B1:C1; unmerge them and give each column its own header [merged-header]\n',
    );
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('workbooks the CLI refuses, continued', () => {
  it('a file that is not a workbook: exit 1, nothing written', async () => {
    const dir = await workspace();
    await writeFile(join(dir, 'fake.xlsx'), 'this is not a zip file');
    const before = await snapshot(dir);
    const run = await standings(['rank', 'fake.xlsx', '--rules', RULES, '--period', '2026Q2', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fake\.xlsx: error: cannot read workbook fake\.xlsx: .+ \[unreadable-workbook\]\n$/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a damaged store: exit 1 naming the store cell, nothing written', async () => {
    const dir = await workspace();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('二季度').addRow(['单位', '计划', '完成']);
    const store = book.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
    store.getCell('A1').value = 'standings/store@1';
    store.getCell('A2').value = '{"format":"standings/store@1", "ruleSet": {}, "ru';
    await writeFile(join(dir, 'damaged.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
    const before = await snapshot(dir);
    const run = await standings(['rank', 'damaged.xlsx', '--period', '2026Q2', '--lang', 'en'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^_standings_store!A2: error: the rule set and run log stored in the workbook are damaged: .+ \[store-bad-json\]\n$/);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('--json and --out', () => {
  it('--json - writes only the JSON result to standard output', async () => {
    const dir = await workspace('basic.xlsx');
    const run = await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2', '--json', '-'], dir);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as RunResult;
    expect(result.format).toBe('standings/result@1');
    expect(result.units.map((u) => [u.unit, u.rank, u.total])).toEqual([
      ['城关镇', 1, 95],
      ['+1', 2, 92],
      ['=1+1', 3, 80],
      ['-1', 4, 70],
      ['@SUM(A1)', 5, 60],
      ['东湖镇', 6, 100],
    ]);
    expect(run.stderr).toBe(`已写入 basic.ranked.xlsx：${Q2_SHEET}, ${Q2_SHEET} 说明\n`);
  });

  it('--out naming the input replaces it in place and leaves no other file', async () => {
    const dir = await workspace('basic.xlsx');
    const before = await snapshot(dir);
    const run = await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2', '--out', 'basic.xlsx'], dir);
    expect(run.code).toBe(0);
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual(['basic.xlsx']);
    expect(after.get('basic.xlsx')).not.toBe(before.get('basic.xlsx'));
    expect((await readBook(join(dir, 'basic.xlsx'))).getWorksheet(Q2_SHEET)).toBeDefined();
  });

  it('the input is left alone when --out names another file', async () => {
    const dir = await workspace('basic.xlsx');
    const before = await snapshot(dir);
    expect((await standings(['rank', 'basic.xlsx', '--rules', RULES, '--period', '2026Q2', '--out', 'other.xlsx'], dir)).code).toBe(0);
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual(['basic.xlsx', 'other.xlsx']);
    expect(after.get('basic.xlsx')).toBe(before.get('basic.xlsx'));
  });
});
