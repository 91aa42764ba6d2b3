// The fake must hold the adapter to Office's rules, or the adapter tests prove nothing.
import { describe, expect, it } from 'vitest';
import { createFakeExcel } from '../../fakes/fakeExcel';
import { FakeOfficeError } from '../../fakes/fakeErrors';

const book = () => createFakeExcel({ 目标: [['单位', '计划'], ['城关镇', 100]], 空: [] });

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  const error: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FakeOfficeError);
  return error as FakeOfficeError;
}

describe('fake Excel: load before read', () => {
  it('throws PropertyNotLoaded before load, and before the sync that follows load', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('目标').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded', debugInfo: expect.objectContaining({ errorLocation: 'Range.values' }) }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['单位', '计划'],
        ['城关镇', 100],
      ]);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('gives items and isNullObject only after a sync', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const missing = sheets.getItemOrNullObject('无此表');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['目标', '空']);
      expect(() => sheets.items[0].id).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(missing.isNullObject).toBe(true);
    });
  });
});

describe('fake Excel: writes', () => {
  it('applies queued writes only at sync', async () => {
    const fake = book();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('空').getRange('A1').values = [['x']];
      expect(fake.cell('空!A1')).toBeUndefined();
      await context.sync();
      expect(fake.cell('空!A1')?.value).toBe('x');
    });
  });

  it('refuses values and number formats whose shape differs from the range', async () => {
    const fake = book();
    const values = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('空').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(values.code).toBe('InvalidArgument');
    expect(values.debugInfo.errorLocation).toBe('Range.values');
    const formats = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('空').getRange('A1:B1').numberFormat = [['@'], ['@']];
        await context.sync();
      }),
    );
    expect(formats.debugInfo.errorLocation).toBe('Range.numberFormat');
    expect(fake.snapshot().sheets[1].cells).toEqual({});
  });

  it('takes strings as typed: = makes a formula, digits a number, unless the cell is Text', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('空');
      sheet.getRange('A1:D1').values = [['=1+1', '-1', '001', "'=2"]];
      const text = sheet.getRange('A2:B2');
      text.numberFormat = [['@', '@']];
      text.values = [['=1+1', '001']];
      await context.sync();
    });
    expect(fake.cell('空!A1')).toMatchObject({ formula: '=1+1' });
    expect(fake.cell('空!B1')).toMatchObject({ value: -1, formula: null });
    expect(fake.cell('空!C1')).toMatchObject({ value: 1 });
    expect(fake.cell('空!D1')).toMatchObject({ value: '=2', formula: null });
    expect(fake.cell('空!A2')).toMatchObject({ value: '=1+1', formula: null, numberFormat: '@' });
    expect(fake.cell('空!B2')).toMatchObject({ value: '001', formula: null });
  });

  it('enforces Excel sheet-name rules, ignoring case', async () => {
    const fake = book();
    const clash = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('空').name = '目标';
        await context.sync();
      }),
    );
    expect(clash.code).toBe('ItemAlreadyExists');
    expect(clash.debugInfo.errorLocation).toBe('Worksheet.name');
    const latin = createFakeExcel({ Data: [] });
    const folded = await rejection(
      latin.run(async (context) => {
        context.workbook.worksheets.add('DATA');
        await context.sync();
      }),
    );
    expect(folded.debugInfo.errorLocation).toBe('WorksheetCollection.add');
    const bad = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.add('a/b');
        await context.sync();
      }),
    );
    expect(bad.code).toBe('InvalidArgument');
  });
});

describe('fake Excel: accounting and failures', () => {
  it('counts syncs and measures request and response bytes', async () => {
    const fake = book();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('空').getRange('A1:B1').values = [['ab', 1]];
      await context.sync();
      const r = context.workbook.worksheets.getItem('目标').getRange('A2:B2');
      r.load('values');
      await context.sync();
    });
    expect(fake.syncs).toHaveLength(2);
    expect(fake.syncs[0].requestBytes).toBe(JSON.stringify([{ set: 'Range.values', value: [['ab', 1]] }]).length);
    expect(fake.syncs[1].responseBytes).toBe(JSON.stringify([[['城关镇', 100]]]).length + 6);
  });

  it('fails the chosen sync without applying any of its batch', async () => {
    const fake = book();
    const before = fake.snapshot();
    fake.failAtSync(2);
    const error = await rejection(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('空');
        sheet.getRange('A1').values = [['first']];
        await context.sync();
        sheet.getRange('A2').values = [['second']];
        context.workbook.worksheets.add('新表');
        await context.sync();
      }),
    );
    expect(error.code).toBe('GeneralException');
    expect(fake.cell('空!A1')?.value).toBe('first');
    expect(fake.cell('空!A2')).toBeUndefined();
    expect(fake.sheetNames()).toEqual(['目标', '空']);
    expect(fake.syncs.map((s) => s.failed)).toEqual([null, 'GeneralException']);
    expect(before.sheets.map((s) => s.name)).toEqual(fake.sheetNames());
  });

  it('gives the cell-edit-mode and lost-session errors Office gives', async () => {
    const fake = book();
    fake.setCellEditMode(true);
    const edit = await rejection(fake.run((context) => context.sync()));
    expect(edit.code).toBe('InvalidOperationInCellEditMode');
    fake.setCellEditMode(false);
    fake.loseSession();
    const lost = await rejection(fake.run((context) => context.sync()));
    expect(lost.code).toBe('GeneralException');
    expect(lost.message).toMatch(/session has expired/);
  });
});

describe('fake Excel: null objects', () => {
  it('skips commands on a null object and anything reached through it, as Excel does', async () => {
    const fake = book();
    const before = fake.snapshot();
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有');
      // Microsoft's samples clear a sheet this way: a no-op when it is not there.
      missing.delete();
      const range = missing.getRange('A1:B2');
      range.load('values,numberFormat');
      range.values = [[1, 2], [3, 4]];
      const used = missing.getUsedRangeOrNullObject(true);
      used.load('rowCount');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      // Office.js reads a property of a null object as undefined.
      expect(range.values).toBeUndefined();
    });
    expect(fake.syncs.map((s) => s.failed)).toEqual([null]);
    expect(fake.snapshot()).toEqual(before);
  });

  it('still fails the request for a missing sheet reached with getItem', async () => {
    const fake = book();
    const error = await rejection(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('没有').getRange('A1').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
  });

  it('gives a null used range for a sheet without values, and its size otherwise', async () => {
    const fake = book();
    await fake.run(async (context) => {
      const empty = context.workbook.worksheets.getItem('空').getUsedRangeOrNullObject(true);
      const full = context.workbook.worksheets.getItem('目标').getUsedRangeOrNullObject(true);
      full.load('rowIndex,rowCount');
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(full.isNullObject).toBe(false);
      expect([full.rowIndex, full.rowCount]).toEqual([0, 2]);
    });
  });
});
