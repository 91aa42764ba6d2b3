// `standings history` end to end: the printed table, the history sheet written with --out and
// read back, the input left alone, and the exit codes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STORE_FORMAT, type Store, type StoredRun } from '../../src/workbook/store';
import { decodeStore, STORE_SHEET } from '../../src/workbook/storeCodec';
import { XlsxWorkbook } from '../../src/workbook/xlsx/XlsxWorkbook';
import { FIXTURES, grid, readBook, sheet, snapshot, standings, workspace } from './helpers';

function run(ruleSet: string, label: string, time: string, units: [string, string | null, number, number][]): StoredRun {
  return { time, period: { label, elapsed: 0.5 }, ruleSet, sources: ['完成情况!A1:E7'], units: units.map(([unit, group, rank, total]) => ({ unit, group, rank, total })) };
}

const STORE: Store = {
  format: STORE_FORMAT,
  ruleSet: { name: '完成率考核' },
  runs: [
    run('完成率考核', '2026Q2', '2026-07-02T08:00:00Z', [['城关镇', '乡镇', 1, 95], ['东湖镇', '乡镇', 2, 80.5], ['财政局', '部门', 1, 90]]),
    run('完成率考核', '2026Q1', '2026-07-03T08:00:00Z', [['城关镇', '乡镇', 2, 70], ['东湖镇', '乡镇', 1, 88], ['=1+1', '部门', 1, 60]]),
    run('招商考核', '2026Q1', '2026-04-03T08:00:00Z', [['城关镇', null, 1, 50]]),
  ],
};
const SHEET = '完成率考核 排名走势';
let dir: string;

/** basic.xlsx with the store above: the log of three earlier runs. */
beforeAll(async () => {
  dir = await workspace('basic.xlsx');
  const book = await XlsxWorkbook.open(join(FIXTURES, 'basic.xlsx'), { outPath: join(dir, 'runs.xlsx') });
  await book.writeRun([], STORE, { replace: false });
});

describe('standings history', () => {
  it('prints the table of the latest rule set, aligned, and writes nothing', async () => {
    const before = await snapshot(dir);
    const out = await standings(['history', 'runs.xlsx'], dir);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        '完成率考核 排名走势',
        '共 2 期：2026Q1 至 2026Q2',
        '',
        '单位    类别    2026Q1    2026Q2',
        '──────  ────  ────────  ────────',
        '城关镇  乡镇  2 (70.0)  1 (95.0)',
        '东湖镇  乡镇  1 (88.0)  2 (80.5)',
        '财政局  部门         -  1 (90.0)',
        '=1+1    部门  1 (60.0)         -',
        '',
        '工作簿中还有这些规则的记录（用 --rule-set 选择）：招商考核',
        '',
      ].join('\n'),
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('picks another rule set with --rule-set, in English', async () => {
    const out = await standings(['history', 'runs.xlsx', '--rule-set', '招商考核', '--lang', 'en'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      ['招商考核: rank history', '1 period: 2026Q1', '', 'Unit    2026Q1', '──────  ──────', '城关镇  1 (50)', '', 'the workbook also has runs of (choose with --rule-set): 完成率考核', ''].join('\n'),
    );
  });

  it('writes the history sheet into the --out copy, table only, store unchanged, input untouched', async () => {
    const before = await snapshot(dir);
    const out = await standings(['history', 'runs.xlsx', '--out', 'history.xlsx'], dir);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout.endsWith(`\n已写入 history.xlsx：${SHEET}\n`)).toBe(true);
    const after = await snapshot(dir);
    expect(after.get('runs.xlsx')).toBe(before.get('runs.xlsx'));

    const book = await readBook(join(dir, 'history.xlsx'));
    const ws = sheet(book, SHEET);
    expect(ws.getCell('A1').value).toBe(SHEET);
    expect(ws.getCell('A2').value).toBe('共 2 期：2026Q1 至 2026Q2');
    expect(grid(ws, 5, 1, 10, 6)).toEqual([
      ['单位', '类别', '排名', '排名', '总分', '总分'],
      ['单位', '类别', '2026Q1', '2026Q2', '2026Q1', '2026Q2'],
      ['城关镇', '乡镇', 2, 1, 70, 95],
      ['东湖镇', '乡镇', 1, 2, 88, 80.5],
      ['财政局', '部门', null, 1, null, 90],
      ['=1+1', '部门', 1, null, 60, null],
    ]);
    expect(ws.getCell('A10').type).toBe(3); // ExcelJS.ValueType.String: text, not a formula
    expect(ws.getCell('C7').numFmt).toBe('0');
    expect(ws.getCell('F8').numFmt).toBe('0.0');
    expect(ws.model.merges.sort()).toEqual(['A5:A6', 'B5:B6', 'C5:D5', 'E5:F5']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 6 });
    const store = sheet(book, STORE_SHEET);
    expect(store.state).toBe('veryHidden');
    const rows: unknown[][] = [];
    for (let r = 1; r <= store.rowCount; r++) rows.push([store.getCell(r, 1).value]);
    expect(decodeStore(rows).store).toEqual(STORE);
  });

  it('refuses to overwrite a history sheet without --replace (exit 1), and replaces it with', async () => {
    await standings(['history', 'runs.xlsx', '--out', 'twice.xlsx'], dir);
    const before = await snapshot(dir);
    const again = await standings(['history', 'twice.xlsx', '--out', 'again.xlsx'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`${SHEET}: 错误: 工作表“${SHEET}”已存在；如要覆盖请加 --replace [sheet-exists]\n`);
    expect(await snapshot(dir)).toEqual(before);
    const replaced = await standings(['history', 'twice.xlsx', '--out', 'twice.xlsx', '--replace'], dir);
    expect(replaced.code).toBe(0);
    const book = await readBook(join(dir, 'twice.xlsx'));
    expect(book.worksheets.filter((w) => w.name === SHEET)).toHaveLength(1);
  });

  it('says so when there are no runs (exit 1) or no runs of the rule set named (exit 2)', async () => {
    const none = await standings(['history', 'basic.xlsx', '--out', 'none.xlsx'], dir);
    expect(none).toEqual({ code: 1, stdout: '', stderr: 'basic.xlsx 中没有保存的排名记录；先用 standings rank 排名\n' });
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
    const unknown = await standings(['history', 'runs.xlsx', '--rule-set', '没有'], dir);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: '工作簿中没有规则“没有”的排名记录；有：完成率考核, 招商考核\n' });
    const missing = await standings(['history'], dir);
    expect(missing.code).toBe(2);
  });

  it('documents itself in --help and in the command list', async () => {
    const help = await standings(['history', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法：standings history BOOK\.xlsx \[--rule-set 名称\] \[--out OUT\.xlsx\] \[--replace\]/);
    const main = await standings(['--help', '--lang', 'en'], dir);
    expect(main.stdout).toContain('  history BOOK.xlsx    ');
  });
});
