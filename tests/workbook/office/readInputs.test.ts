// Reading everything a run needs through the Office adapter: one sync when it fits.
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/workbook/errors';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { REQUEST_BUDGET } from '../../../src/workbook/office/budget';
import { encodeStore, STORE_SHEET } from '../../../src/workbook/storeCodec';
import { createFakeExcel, EXCEL_WEB_PAYLOAD_LIMIT, type FakeExcel } from '../../fakes/fakeExcel';
import { storeWith, unitNames } from './plans';

const adapter = (fake: FakeExcel) => new OfficeWorkbook({ run: fake.run });

function bookWithStore(): FakeExcel {
  const fake = createFakeExcel({
    目标: [
      ['单位', '计划'],
      ['城关镇', 100],
    ],
    说明: [['x']],
    [STORE_SHEET]: encodeStore(storeWith('考核', unitNames(20))),
  });
  fake.book.setVisibility(fake.book.byName('说明')!, 'Hidden');
  fake.book.setVisibility(fake.book.byName(STORE_SHEET)!, 'VeryHidden');
  return fake;
}

describe('readInputs', () => {
  it('reads the ranges, the store and the sheets in one sync', async () => {
    const fake = bookWithStore();
    const inputs = await adapter(fake).readInputs(['目标!A1:B2', '目标!A1:A1']);
    expect(fake.syncs).toHaveLength(1);
    expect(inputs.tables).toEqual([
      { sheet: '目标', address: 'A1:B2', values: [['单位', '计划'], ['城关镇', 100]] },
      { sheet: '目标', address: 'A1:A1', values: [['单位']] },
    ]);
    expect(inputs.store).toEqual(storeWith('考核', unitNames(20)));
    expect(inputs.sheets).toEqual(['目标', '说明']);
    const ids = fake.snapshot().sheets.map((s) => s.id);
    expect(inputs.seen).toEqual({
      sheets: [
        { id: ids[0], name: '目标', visibility: 'Visible' },
        { id: ids[1], name: '说明', visibility: 'Hidden' },
        { id: ids[2], name: STORE_SHEET, visibility: 'VeryHidden' },
      ],
      activeId: ids[0],
    });
  });

  it('gives null for a range on a missing sheet and no store when there is none, still in one sync', async () => {
    const fake = createFakeExcel({ 目标: [['单位']] });
    const before = fake.snapshot();
    const inputs = await adapter(fake).readInputs(['完成情况!A1:B2', '目标!A1:A1', "'缺 表'!A1"]);
    expect(fake.syncs.map((s) => s.failed)).toEqual([null]);
    expect(inputs.tables).toEqual([null, { sheet: '目标', address: 'A1:A1', values: [['单位']] }, null]);
    expect(inputs.store).toBeNull();
    expect(inputs.sheets).toEqual(['目标']);
    expect(fake.snapshot()).toEqual(before);
  });

  it('spells the sheet as Excel does when the address uses another case', async () => {
    const fake = createFakeExcel({ Data: [['unit']] });
    const { tables } = await adapter(fake).readInputs(['data!A1']);
    expect(tables).toEqual([{ sheet: 'Data', address: 'A1:A1', values: [['unit']] }]);
  });

  it('reads 100,000 rows and a store bigger than one request in more syncs, each under 4 MB, the formats left for later', async () => {
    const rows: unknown[][] = [['单位', '年度计划投资', '累计完成投资', '到位资金', '加分', '备注']];
    for (let i = 1; i <= 100_000; i++) rows.push([`单位${i}`, 1000 + i, 812.5 + i / 100, i % 7, i % 3 === 0 ? 1 : '', '按期推进']);
    const store = storeWith('大', unitNames(60_000));
    const fake = createFakeExcel({ 明细: rows, [STORE_SHEET]: encodeStore(store) });
    fake.setNumberFormat('明细!C90001', 'yyyy-mm-dd');
    const port = adapter(fake);
    const inputs = await port.readInputs(['明细!A1:F100001']);
    expect(inputs.tables[0]?.values).toHaveLength(100_001);
    expect(inputs.tables[0]?.values[100_000]).toEqual(['单位100000', 101000, 1812.5, 100_000 % 7, '', '按期推进']);
    expect(inputs.store).toEqual(store);
    // Too big for one request with its number formats, so values alone: a block at the guessed
    // 8 bytes a cell (with room for the sheets), one sized by the largest row read, then the
    // store in blocks of 33 rows of up to 120 KB.
    const storeRows = encodeStore(store).length;
    expect(fake.syncs).toHaveLength(1 + 1 + Math.ceil(storeRows / 33));
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(REQUEST_BUDGET);
    // The guess may bring back more than the budget, never what Excel on the web refuses.
    expect(fake.syncs[0].responseBytes).toBeLessThan(EXCEL_WEB_PAYLOAD_LIMIT);
    expect(Math.max(...fake.syncs.slice(1).map((s) => s.responseBytes))).toBeLessThan(REQUEST_BUDGET);
    // The date is still a number; the formats, looked at on their own, find it.
    expect(inputs.tables[0]?.values[90_000]?.[2]).toBe(812.5 + 90_000 / 100);
    expect(inputs.dates).toBeDefined();
    const before = fake.syncs.length;
    const found = await port.findDates(inputs.dates!);
    expect(found).toEqual([{ table: 0, row: 90_000, column: 2, date: new Date(Math.round((812.5 + 900 - 25_569) * 86_400_000)) }]);
    // 100,000 rows of 5 numbers at 12 bytes a format: two requests, each under 4 MB.
    expect(fake.syncs.length - before).toBe(2);
    expect(Math.max(...fake.syncs.slice(before).map((s) => s.responseBytes))).toBeLessThan(REQUEST_BUDGET);
  });

  it('reads input that fits one request with its formats at once, leaving nothing to check', async () => {
    const fake = createFakeExcel({ 目标: [['单位', '计划'], ['城关镇', 45_000]] });
    fake.setNumberFormat('目标!B2', 'yyyy/m/d');
    const inputs = await adapter(fake).readInputs(['目标!A1:B2']);
    expect(inputs.dates).toBeUndefined();
    expect(inputs.tables[0]?.values[1]?.[1]).toBeInstanceOf(Date);
  });

  it('reports an unreadable store as StoreError', async () => {
    const fake = createFakeExcel({ 目标: [['单位']], [STORE_SHEET]: [['not a store']] });
    await expect(adapter(fake).readInputs(['目标!A1'])).rejects.toBeInstanceOf(StoreError);
  });

  it('an empty store sheet is unreadable too, as with readStore', async () => {
    const fake = createFakeExcel({ 目标: [['单位']], [STORE_SHEET]: [] });
    await expect(adapter(fake).readInputs(['目标!A1'])).rejects.toMatchObject({ name: 'StoreError', issues: [{ code: 'store-no-marker' }] });
    await expect(adapter(fake).readStore()).rejects.toMatchObject({ name: 'StoreError', issues: [{ code: 'store-no-marker' }] });
  });
});

describe('listSheets', () => {
  it('leaves out the store sheet even when someone made it visible', async () => {
    const fake = createFakeExcel({ 目标: [], [STORE_SHEET]: [], 完成情况: [] });
    expect(await adapter(fake).listSheets()).toEqual(['目标', '完成情况']);
  });
});
