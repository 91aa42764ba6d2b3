// The rank history sheet through the Office adapter on the fake Excel: the table, the line chart
// (a series per unit, rank axis reversed), the store left as it was, and the fake's chart objects.
import { describe, expect, it } from 'vitest';
import { SheetExistsError } from '../../../src/workbook/errors';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { STORE_FORMAT, type Store, type StoredRun } from '../../../src/workbook/store';
import { decodeStore, encodeStore, STORE_SHEET } from '../../../src/workbook/storeCodec';
import { writeHistory } from '../../../src/workbook/writeHistory';
import { createFakeExcel, type FakeExcel, type FakeRequestContext } from '../../fakes/fakeExcel';

function run(ruleSet: string, label: string, time: string, units: [string, number, number][]): StoredRun {
  return { time, period: { label, elapsed: 0.5 }, ruleSet, sources: ['目标!A1:C4'], units: units.map(([unit, rank, total]) => ({ unit, group: null, rank, total })) };
}

const STORE: Store = {
  format: STORE_FORMAT,
  ruleSet: { name: '考核' },
  runs: [
    run('考核', '2026Q2', '2026-07-02T08:00:00Z', [['城关镇', 2, 88], ['东湖镇', 1, 91.5], ['西河镇', 3, 70]]),
    run('招商', '2026Q2', '2026-07-03T08:00:00Z', [['城关镇', 1, 60]]),
    run('考核', '2026Q1', '2026-07-04T08:00:00Z', [['城关镇', 1, 95], ['东湖镇', 2, 90]]),
  ],
};
const SHEET = '考核 排名走势';

function book(extra: Record<string, unknown[][]> = {}): FakeExcel {
  const fake = createFakeExcel({ 目标: [['单位', '计划']], ...extra, [STORE_SHEET]: encodeStore(STORE) });
  fake.book.setVisibility(fake.book.byName(STORE_SHEET)!, 'VeryHidden');
  return fake;
}

function storeOf(fake: FakeExcel): Store | null {
  const sheet = fake.snapshot().sheets.find((s) => s.name === STORE_SHEET)!;
  return decodeStore(Object.keys(sheet.cells).map((a) => [sheet.cells[a].value])).store;
}

describe('writeHistory through the Office adapter', () => {
  it('writes the table and a line chart of ranks, one series per unit, rank 1 at the top; the store is unchanged', async () => {
    const fake = book();
    const asked: string[] = [];
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true) });
    const outcome = await writeHistory(port, { lang: 'zh-CN', replace: false });
    expect(outcome).toMatchObject({ status: 'written', sheetName: SHEET, ruleSets: ['考核', '招商'] });
    // The store is rewritten in its place; the new sheet comes last and is shown.
    expect(fake.sheetNames()).toEqual(['目标', STORE_SHEET, SHEET]);
    expect(fake.snapshot().active).toBe(SHEET);
    expect(asked).toEqual(['ExcelApi 1.7', 'ExcelApi 1.8']);

    expect(fake.cell(`${SHEET}!A1`)?.value).toBe('考核 排名走势');
    expect(fake.cell(`${SHEET}!B6`)?.value).toBe('2026Q1');
    expect(fake.cell(`${SHEET}!C6`)?.value).toBe('2026Q2');
    // Rows by the latest period's rank: 东湖镇, 城关镇, 西河镇 (missing from 2026Q1: blank).
    expect(fake.cell(`${SHEET}!A7`)).toMatchObject({ value: '东湖镇', numberFormat: '@' });
    expect(fake.cell(`${SHEET}!B7`)).toMatchObject({ value: 2, numberFormat: '0' });
    expect(fake.cell(`${SHEET}!E7`)).toMatchObject({ value: 91.5, numberFormat: '0.0' });
    expect(fake.cell(`${SHEET}!B9`)).toMatchObject({ value: '', numberFormat: '0' });
    const sheet = fake.snapshot().sheets[2];
    expect(sheet.freeze).toEqual({ rows: 6, columns: 1 });
    expect(sheet.merges).toEqual(['A5:A6', 'B5:C5', 'D5:E5']);

    expect(fake.charts(SHEET)).toEqual([
      {
        name: 'Chart 1',
        type: 'LineMarkers',
        title: '考核 名次变化',
        legendVisible: true,
        series: [
          { name: '东湖镇', values: `${SHEET}!B7:C7`, xAxis: `${SHEET}!B6:C6` },
          { name: '城关镇', values: `${SHEET}!B8:C8`, xAxis: `${SHEET}!B6:C6` },
          { name: '西河镇', values: `${SHEET}!B9:C9`, xAxis: `${SHEET}!B6:C6` },
        ],
        valueAxis: { reversePlotOrder: true, minimum: 1, position: 'Maximum', title: '名次', titleVisible: true },
        categoryAxis: { reversePlotOrder: false, minimum: null, position: 'Automatic', title: null, titleVisible: false },
        position: 'A11:J30',
      },
    ]);
    expect(storeOf(fake)).toEqual(STORE);
    // The look, then one request.
    expect(fake.syncs).toHaveLength(3);
  });

  it('names series after units as they are: a leading = is not a reference, long names are cut to 255', async () => {
    const long = '长'.repeat(300);
    const store: Store = { ...STORE, runs: [run('考核', '2026Q1', '2026-04-02T08:00:00Z', [['=1+1', 1, 90], [long, 2, 80], ['😀'.repeat(200), 3, 70]])] };
    const fake = createFakeExcel({ 目标: [['单位']], [STORE_SHEET]: encodeStore(store) });
    await writeHistory(new OfficeWorkbook({ run: fake.run }), { lang: 'zh-CN', replace: false });
    const names = fake.charts(SHEET)[0]?.series.map((s) => s.name);
    expect(names).toEqual(['\u200B=1+1', '长'.repeat(255), '😀'.repeat(127)]);
    expect(fake.cell(`${SHEET}!A7`)).toMatchObject({ value: '=1+1', formula: null });
  });

  it('keeps to ExcelApi 1.7 on a host without 1.8: the axis is reversed but not moved', async () => {
    const fake = book();
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: (_name, version) => version !== '1.8' });
    await writeHistory(port, { ruleSet: '考核', lang: 'en', replace: false });
    const [chart] = fake.charts('考核 rank history');
    expect(chart?.valueAxis).toEqual({ reversePlotOrder: true, minimum: 1, position: 'Automatic', title: 'Rank', titleVisible: true });
  });

  it('refuses an existing history sheet unless told to replace it, and replaces it in place', async () => {
    const fake = book({ [SHEET]: [['旧的']], 其他: [['x']] });
    const port = new OfficeWorkbook({ run: fake.run });
    const before = fake.snapshot();
    await expect(writeHistory(port, { lang: 'zh-CN', replace: false })).rejects.toEqual(new SheetExistsError([SHEET]));
    expect(fake.snapshot()).toEqual(before);
    await writeHistory(port, { lang: 'zh-CN', replace: true });
    expect(fake.sheetNames()).toEqual(['目标', SHEET, '其他', STORE_SHEET]);
    expect(fake.cell(`${SHEET}!A1`)?.value).toBe('考核 排名走势');
    expect(fake.charts(SHEET)).toHaveLength(1);
    expect(storeOf(fake)).toEqual(STORE);
  });

  it('writes nothing for a rule set without runs or a workbook without a store', async () => {
    const fake = book();
    const before = fake.snapshot();
    const port = new OfficeWorkbook({ run: fake.run });
    await expect(writeHistory(port, { ruleSet: '没有', lang: 'zh-CN', replace: false })).resolves.toEqual({ status: 'unknown-rule-set', ruleSet: '没有', ruleSets: ['考核', '招商'] });
    expect(fake.snapshot()).toEqual(before);
    const bare = createFakeExcel({ 目标: [['单位']] });
    await expect(writeHistory(new OfficeWorkbook({ run: bare.run }), { lang: 'zh-CN', replace: false })).resolves.toEqual({ status: 'no-runs' });
    expect(bare.sheetNames()).toEqual(['目标']);
  });
});

describe('the fake Excel charts', () => {
  it('makes a series per row or column of the source, reads properties only after load and sync', async () => {
    const fake = createFakeExcel({ S: [['', 'a', 'b'], ['x', 1, 2], ['y', 3, 4]] });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const chart = ws.charts.add('LineMarkers', ws.getRange('B2:C3'), 'Rows');
      const axis = chart.axes.valueAxis;
      const added = chart.series.add('z');
      expect(() => axis.reversePlotOrder).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      expect(() => chart.series.count).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      axis.reversePlotOrder = true;
      axis.load('reversePlotOrder');
      chart.series.load('count');
      chart.load('name,chartType');
      added.load('name');
      chart.title.load('text');
      await context.sync();
      expect(axis.reversePlotOrder).toBe(true);
      expect(chart.series.count).toBe(3);
      expect([chart.name, chart.chartType, added.name, chart.title.text]).toEqual(['Chart 1', 'LineMarkers', 'z', '']);
    });
    expect(fake.charts('S')[0]?.series).toEqual([
      { name: 'Series1', values: 'S!B2:C2', xAxis: null },
      { name: 'Series2', values: 'S!B3:C3', xAxis: null },
      { name: 'z', values: null, xAxis: null },
    ]);
  });

  it('fails the sync for a series that is not there, an unknown chart type, or a bad axis setting', async () => {
    const fake = createFakeExcel({ S: [[1, 2], [3, 4]] });
    const attempt = (queue: (context: FakeRequestContext) => void) =>
      fake.run(async (context) => {
        queue(context);
        await context.sync();
      });
    await expect(
      attempt((c) => {
        const ws = c.workbook.worksheets.getItem('S');
        ws.charts.add('BarClustered', ws.getRange('A1:A2'), 'Columns').series.getItemAt(1).setXAxisValues(ws.getRange('B1:B2'));
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      attempt((c) => {
        const ws = c.workbook.worksheets.getItem('S');
        ws.charts.add('Sparkle', ws.getRange('A1:B2'));
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'ChartCollection.add' } });
    await expect(
      attempt((c) => {
        const ws = c.workbook.worksheets.getItem('S');
        ws.charts.add('Line', ws.getRange('A1:B2')).axes.valueAxis.position = 'Middle';
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument', debugInfo: { errorLocation: 'ChartAxis.position' } });
  });
});
