// Telling dates from numbers by their number format, as Excel's `Range.numberFormat` gives it.
import { describe, expect, it } from 'vitest';
import { isDateFormat, serialToDate, withDates } from '../../../src/workbook/office/dateCells';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { createFakeExcel } from '../../fakes/fakeExcel';

describe('isDateFormat', () => {
  const dates = ['m/d/yyyy', 'yyyy/m/d', 'yyyy-mm-dd', 'd-mmm-yy', 'mmm-yy', '[$-804]yyyy"年"m"月"d"日"', 'h:mm AM/PM', 'hh:mm:ss', '[h]:mm:ss', 'mm:ss.0', 'yyyy"年"m"月"', '[DBNum1][$-804]m"月"d"日"', 'ge.m.d', 'dddd'];
  const numbers = ['General', '0', '0.00', '#,##0.00', '0%', '0.00E+00', '0.0e-0', '@', '#,##0.00_);[Red](#,##0.00)', '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', '[$¥-804]#,##0.00', '0.00 "万元"', '"Day "0', '0\\d', '[Red]General;[Blue]-General', '# ?/?'];
  for (const format of dates) it(`${format} is a date or time`, () => expect(isDateFormat(format)).toBe(true));
  for (const format of numbers) it(`${format} is not`, () => expect(isDateFormat(format)).toBe(false));
});

describe('dates in input ranges', () => {
  it('serial numbers become the Date exceljs gives (UTC midnight for whole days)', () => {
    expect(serialToDate(46_022)).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(serialToDate(45_658.5)).toEqual(new Date(Date.UTC(2025, 0, 1, 12)));
  });

  it('only numbers shown as dates change; texts, blanks and other numbers stay', () => {
    const values = [[46_022, 46_022, '2025-12-31', '', 0.5, true]];
    const formats = [['yyyy/m/d', '0.00', 'yyyy/m/d', 'yyyy/m/d', 'h:mm', 'yyyy/m/d']];
    expect(withDates(values, formats)).toEqual([[new Date(Date.UTC(2025, 11, 31)), 46_022, '2025-12-31', '', new Date(Date.UTC(1899, 11, 30, 12)), true]]);
  });

  it('readRanges hands a date-formatted cell over as a Date, in the same one sync', async () => {
    const fake = createFakeExcel({ 完成情况: [['单位', '完成'], ['城关镇', 46_022], ['河西乡', 80]] });
    fake.setNumberFormat('完成情况!B2', 'yyyy/m/d');
    fake.setNumberFormat('完成情况!B3', '#,##0.00');
    const [table] = await new OfficeWorkbook({ run: fake.run }).readRanges(['完成情况!A1:B3']);
    expect(table.values).toEqual([['单位', '完成'], ['城关镇', new Date(Date.UTC(2025, 11, 31))], ['河西乡', 80]]);
    expect(fake.syncs).toHaveLength(1);
  });
});
