// Which unit a selected row of a result sheet stands for, and which stored run wrote the sheet:
// the pure parts, then over the fake Excel with a result sheet written by a real run.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sheetTarget, readSelectedUnit, runForSheet, selectionRow, unitOfRow, UNIT_COLUMN } from '../../src/taskpane/excel/resultRow';
import { watchSelection, type SelectionArgs, type SelRun } from '../../src/taskpane/excel/selectionEvents';
import { OfficeWorkbook } from '../../src/workbook/office';
import { runRanking } from '../../src/workbook/run';
import type { Store, StoredRun } from '../../src/workbook/store';
import { selectionHandlerCount, userSelects } from '../fakes/fakeEvents';
import type { FakeExcel } from '../fakes/fakeExcel';
import { fakeFromXlsx } from '../workbook/office/fromXlsx';

const storedRun = (ruleSet: string, period: string, time: string): StoredRun => ({
  time,
  period: { label: period, elapsed: 0.75 },
  ruleSet,
  sources: ['目标!A1:E21'],
  units: [{ unit: '城关镇', group: null, rank: 1, total: 90 }],
});
const store = (ruleSetName: string, runs: StoredRun[]): Store => ({ format: 'standings/store@1', ruleSet: { name: ruleSetName }, runs });

describe('selected row', () => {
  it('is the first row of the selection, with or without the sheet, for cells and whole rows', () => {
    expect(selectionRow('B7')).toBe(7);
    expect(selectionRow('$B$7')).toBe(7);
    expect(selectionRow('C9:D12')).toBe(9);
    expect(selectionRow('7:9')).toBe(7);
    expect(selectionRow("'县重点工作考核 2026Q3'!B8")).toBe(8);
    expect(selectionRow('B8:C8, E2')).toBe(8);
  });

  it('is none for whole columns and malformed addresses', () => {
    expect(selectionRow('B:B')).toBeNull();
    expect(selectionRow('')).toBeNull();
    expect(selectionRow('B0')).toBeNull();
    expect(selectionRow('名字')).toBeNull();
  });

  it('names a unit only under a unit header, in either language, taking names as written', () => {
    expect(unitOfRow('单位', '城关镇')).toBe('城关镇');
    expect(unitOfRow('Unit', '<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(unitOfRow('单位', '=1+1')).toBe('=1+1');
    expect(unitOfRow('单位', 1001)).toBe('1001');
    expect(unitOfRow('单位', '')).toBeNull();
    expect(unitOfRow('单位', '  ')).toBeNull();
    expect(unitOfRow('单位', true)).toBeNull();
    expect(unitOfRow('排名', '城关镇')).toBeNull();
    expect(unitOfRow('', '城关镇')).toBeNull();
  });
});

describe('the run that wrote a sheet', () => {
  const q2 = storedRun('县重点工作考核', '2026Q2', '2026-07-01T08:00:00.000Z');
  const q3 = storedRun('县重点工作考核', '2026Q3', '2026-10-01T08:00:00.000Z');
  const q3again = storedRun('县重点工作考核', '2026Q3', '2026-10-02T08:00:00.000Z');
  const other = storedRun('重点项目推进考核', '2026Q3', '2026-10-03T08:00:00.000Z');

  it('is the latest stored run whose result sheet has the name, ignoring case as Excel does', () => {
    const s = store('县重点工作考核', [q2, q3again, q3, other]);
    expect(runForSheet(s, '县重点工作考核 2026Q3')).toBe(q3again);
    expect(runForSheet(s, '县重点工作考核 2026q2')).toBe(q2);
    expect(runForSheet(s, '重点项目推进考核 2026Q3')).toBe(other);
    expect(runForSheet(s, '完成情况')).toBeNull();
    expect(runForSheet(null, '县重点工作考核 2026Q3')).toBeNull();
  });

  it('comes with the stored rule set, or says a later run replaced it', () => {
    const s = store('重点项目推进考核', [q3, other]);
    expect(sheetTarget(s, '重点项目推进考核 2026Q3')).toEqual({ status: 'ok', sheet: '重点项目推进考核 2026Q3', run: other, ruleSet: { name: '重点项目推进考核' } });
    expect(sheetTarget(s, '县重点工作考核 2026Q3')).toEqual({ status: 'ruleSetGone', sheet: '县重点工作考核 2026Q3', run: q3, storedRuleSet: '重点项目推进考核' });
    expect(sheetTarget(s, 'Sheet1')).toBeNull();
  });
});

describe('following the selection in the fake Excel', () => {
  const SHEET = '县重点工作考核 2026Q3';
  let fake: FakeExcel;
  let units: string[];

  beforeAll(async () => {
    fake = await fakeFromXlsx('examples/county-2026.xlsx');
    const ruleSet: unknown = JSON.parse(await readFile('examples/county-rules.json', 'utf8'));
    const { result, sheetNames } = await runRanking(new OfficeWorkbook({ run: fake.run }), { ruleSet, period: '2026Q3', lang: 'zh-CN', replace: false, now: new Date('2026-10-08T09:00:00Z') });
    expect(sheetNames[0]).toBe(SHEET);
    units = result.units.map((u) => u.unit);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const run = (): SelRun => fake.run;
  const idOf = (name: string): string => fake.book.byName(name)!.id;

  it('finds the unit column where the result sheet puts it', () => {
    expect(fake.cell(`'${SHEET}'!${UNIT_COLUMN}5`)?.value).toBe('单位');
    expect(fake.cell(`'${SHEET}'!${UNIT_COLUMN}6`)?.value).toBe(units[0]);
  });

  it('reads the unit of a selected row in one sync, and nothing for the rows above the units', async () => {
    const before = fake.syncs.length;
    await expect(readSelectedUnit(run(), { address: 'D8', worksheetId: idOf(SHEET) })).resolves.toEqual({ sheet: SHEET, unit: units[2] });
    expect(fake.syncs.length - before).toBe(1);
    await expect(readSelectedUnit(run(), { address: `${SHEET}!A6:C7`, worksheetId: idOf(SHEET) })).resolves.toEqual({ sheet: SHEET, unit: units[0] });
    const between = fake.syncs.length;
    await expect(readSelectedUnit(run(), { address: 'B5', worksheetId: idOf(SHEET) })).resolves.toBeNull();
    await expect(readSelectedUnit(run(), { address: 'A1', worksheetId: idOf(SHEET) })).resolves.toBeNull();
    expect(fake.syncs.length).toBe(between);
  });

  it('finds no unit below the last unit, nor in a sheet without the result header', async () => {
    await expect(readSelectedUnit(run(), { address: `B${6 + units.length}`, worksheetId: idOf(SHEET) })).resolves.toBeNull();
    await expect(readSelectedUnit(run(), { address: 'B7', worksheetId: idOf('完成情况') })).resolves.toBeNull();
  });

  it('registers once in one sync and reports the last of quick selections after the pause', async () => {
    const seen: SelectionArgs[] = [];
    const before = fake.syncs.length;
    await expect(watchSelection(run(), (args) => seen.push(args), { waitMs: 200 })).resolves.toBe(true);
    expect(fake.syncs.length - before).toBe(1);
    expect(selectionHandlerCount(fake)).toBe(1);
    vi.useFakeTimers();
    for (const cell of ['B6', 'B7', 'C8']) await userSelects(fake, `'${SHEET}'!${cell}`);
    vi.advanceTimersByTime(199);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([{ address: 'C8', worksheetId: idOf(SHEET) }]);
    expect(fake.snapshot().active).toBe(SHEET);
  });

  it('registers nothing when the host lacks ExcelApi 1.9', async () => {
    const before = fake.syncs.length;
    const asked: string[] = [];
    const ok = await watchSelection(run(), () => undefined, { waitMs: 10, isSetSupported: (name, version) => (asked.push(`${name} ${version}`), false) });
    expect(ok).toBe(false);
    expect(asked).toEqual(['ExcelApi 1.9']);
    expect(fake.syncs.length).toBe(before);
  });
});
