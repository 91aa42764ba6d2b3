// Reading through the Office adapter: one sync when the input fits, row blocks under 4 MB when not.
import { describe, expect, it } from 'vitest';
import { SheetNotFoundError, StoreError } from '../../../src/workbook/errors';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { REQUEST_BUDGET } from '../../../src/workbook/office/budget';
import { encodeStore, STORE_SHEET } from '../../../src/workbook/storeCodec';
import { createFakeExcel, EXCEL_WEB_PAYLOAD_LIMIT, type FakeExcel } from '../../fakes/fakeExcel';
import { storeWith, unitNames } from './plans';

const adapter = (fake: FakeExcel) => new OfficeWorkbook({ run: fake.run });

describe('readRanges', () => {
  it('reads several ranges with one sync, loading values and number formats', async () => {
    const fake = createFakeExcel({
      目标: [
        ['单位', '计划'],
        ['城关镇', 100],
      ],
      完成情况: [
        ['单位', '完成'],
        ['城关镇', '80'],
      ],
    });
    const tables = await adapter(fake).readRanges(['目标!A1:B2', '完成情况!A1:B3']);
    expect(tables).toEqual([
      { sheet: '目标', address: 'A1:B2', values: [['单位', '计划'], ['城关镇', 100]] },
      { sheet: '完成情况', address: 'A1:B3', values: [['单位', '完成'], ['城关镇', '80'], ['', '']] },
    ]);
    expect(fake.syncs).toHaveLength(1);
  });

  it('reads 100,000 rows in row blocks, every request under 4 MB and every response but the guessed first', async () => {
    const rows: unknown[][] = [['单位', '年度计划投资', '累计完成投资', '到位资金', '加分', '备注']];
    for (let i = 1; i <= 100_000; i++) rows.push([`单位${i}`, 1000 + i, 812.5 + i / 100, i % 7, i % 3 === 0 ? 1 : '', '按期推进']);
    const fake = createFakeExcel({ 明细: rows });
    const [table] = await adapter(fake).readRanges(['明细!A1:F100001']);
    expect(table.values).toHaveLength(100_001);
    expect(table.values[100_000]).toEqual(['单位100000', 101000, 1812.5, 100_000 % 7, '', '按期推进']);
    // The first block: 6 columns × 18 guessed bytes (a value and its number format), 37,037 rows.
    // These cells weigh 20.6 bytes, so 4.1 MB come back: over our budget, under the 5 MB Excel on
    // the web refuses. The rest sized by the largest data row read (120 bytes) and a quarter more:
    // 26,666 rows (3 MB) a block, so 3 more. Guessing 64 bytes took 5 syncs, and 10 before rows
    // read sized the later requests.
    expect(fake.syncs.map((s) => s.responseBytes)).toEqual([4_119_513, 2_979_892, 3_004_844, 1_180_999]);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(REQUEST_BUDGET);
    expect(fake.syncs[0].responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(Math.max(...fake.syncs.slice(1).map((s) => s.responseBytes))).toBeLessThan(REQUEST_BUDGET);
  });

  it('asks again in smaller blocks when Excel refuses a response as too large', async () => {
    const long = 'x'.repeat(200);
    const rows = Array.from({ length: 30_000 }, () => [long]);
    // 6 MB of text in one column, far above the assumed 32 bytes a cell.
    const fake = createFakeExcel({ 长: rows });
    const [table] = await adapter(fake).readRanges(['长!A1:A30000']);
    expect(table.values).toHaveLength(30_000);
    // 18 guessed, then 64 and 128 assumed bytes a cell (value and format) still ask for all 6 MB
    // at once; 256 gives two blocks.
    const tooLarge = 'ResponsePayloadSizeLimitExceeded';
    expect(fake.syncs.map((s) => s.failed)).toEqual([tooLarge, tooLarge, tooLarge, null, null]);
    expect(Math.max(...fake.syncs.slice(3).map((s) => s.responseBytes))).toBeLessThan(REQUEST_BUDGET);
  });

  it('names the missing sheet', async () => {
    const fake = createFakeExcel({ 目标: [['单位']] });
    await expect(adapter(fake).readRanges(['目标!A1:A2', '完成情况!A1:B2'])).rejects.toEqual(new SheetNotFoundError('完成情况'));
  });
});

describe('readStore and listSheets', () => {
  it('returns null without a store, in one sync', async () => {
    const fake = createFakeExcel({ 目标: [] });
    expect(await adapter(fake).readStore()).toBeNull();
    expect(fake.syncs).toHaveLength(1);
  });

  it('reads back a stored store in one sync', async () => {
    const store = storeWith('重点项目推进考核', unitNames(20));
    const fake = createFakeExcel({ 目标: [], [STORE_SHEET]: encodeStore(store) });
    expect(await adapter(fake).readStore()).toEqual(store);
    expect(fake.syncs).toHaveLength(1);
  });

  it('reads a store bigger than one request in blocks', async () => {
    const store = storeWith('大', unitNames(60_000));
    const rows = encodeStore(store);
    expect(rows.length).toBeGreaterThan(40);
    const fake = createFakeExcel({ 目标: [], [STORE_SHEET]: rows });
    expect(await adapter(fake).readStore()).toEqual(store);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(REQUEST_BUDGET);
  });

  it('reports an unreadable store as StoreError', async () => {
    const fake = createFakeExcel({ [STORE_SHEET]: [['not a store']] });
    await expect(adapter(fake).readStore()).rejects.toBeInstanceOf(StoreError);
  });

  it('lists visible and hidden sheets, not the very hidden store', async () => {
    const fake = createFakeExcel({ 目标: [], 隐藏: [], [STORE_SHEET]: [] });
    fake.book.setVisibility(fake.book.byName('隐藏')!, 'Hidden');
    fake.book.setVisibility(fake.book.byName(STORE_SHEET)!, 'VeryHidden');
    expect(await adapter(fake).listSheets()).toEqual(['目标', '隐藏']);
    expect(fake.syncs).toHaveLength(1);
  });
});

describe('read requests sized by the rows read', () => {
  it('asks again with more room when later rows are larger than those read first, every row read once', async () => {
    // Short rows first; from row 40,001 on a 150-character note, 8× the size of the rows measured.
    const rows: unknown[][] = [['单位', '完成', '备注']];
    for (let i = 1; i <= 60_000; i++) rows.push([`单位${i}`, i, i > 40_000 ? '注'.repeat(150) : '']);
    const fake = createFakeExcel({ 明细: rows });
    const [table] = await adapter(fake).readRanges(['明细!A1:C60001']);
    expect(table.values).toHaveLength(60_001);
    expect(table.values[60_000]).toEqual(['单位60000', 60_000, '注'.repeat(150)]);
    const tooLarge = 'ResponsePayloadSizeLimitExceeded';
    // The guess of 18 bytes a cell asks for all 60,000 rows and is refused (the long notes alone
    // are 9 MB). Then 64 bytes a cell; the block sized by the short rows read first holds 20,000
    // long ones and is refused; the run starts again sizing by cells: 64 bytes a cell, refused,
    // 128, refused, 256. No response it took is over the 4 MB budget.
    const x = null;
    expect(fake.syncs.map((s) => s.failed)).toEqual([tooLarge, x, tooLarge, x, x, tooLarge, x, x, x, x, tooLarge, x, x, x, x, x, x, x, x, x, x, x, x]);
    expect(Math.max(...fake.syncs.filter((s) => s.failed === null).map((s) => s.responseBytes))).toBeLessThan(REQUEST_BUDGET);
  });

  it('after a refused request sized by rows read, never falls back to the typical guess', async () => {
    // Short rows the first guess reads in one request, then rows of two 150-character notes.
    const rows: unknown[][] = [];
    for (let i = 0; i < 120_000; i++) rows.push([i, 1]);
    for (let i = 0; i < 20_000; i++) rows.push(['注'.repeat(50), 'x'.repeat(150)]);
    const fake = createFakeExcel({ 明细: rows });
    const [table] = await adapter(fake).readRanges(['明细!A1:B140000']);
    expect(table.values).toHaveLength(140_000);
    expect(table.values[139_999]).toEqual(['注'.repeat(50), 'x'.repeat(150)]);
    const first = fake.syncs[0];
    expect(first.failed).toBeNull();
    expect(fake.syncs[1].failed).toBe('ResponsePayloadSizeLimitExceeded');
    // The run starts again at 64 bytes a cell, not with the first guess's block once more.
    expect(fake.syncs[2].responseBytes).toBeLessThan(first.responseBytes);
  });
});
