// Dates in big inputs, looked for after the read: input too big for one request with its number
// formats is read as values, and the formats of its numbers ride on the write's first requests.
// A run must come out as if the formats had come with the values: same result, same errors,
// nothing written when a number was a date.
import { describe, expect, it } from 'vitest';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { REQUEST_BUDGET } from '../../../src/workbook/office/budget';
import { evaluateWorkbook, runRanking, type RunRequest } from '../../../src/workbook/run';
import { STORE_SHEET } from '../../../src/workbook/storeCodec';
import { createFakeExcel, type FakeExcel } from '../../fakes/fakeExcel';
import { colName } from '../../fakes/a1';

const UNITS = 1_500;
const INDICATORS = 5;
/** Small enough that 1,500 units of 11 cells do not fit one request with their formats. */
const BUDGET = 100_000;

/** With `dated`, a last column the rules do not read: a date a unit, as serial numbers. */
function rows(dated = false): unknown[][] {
  const header = ['单位', ...Array.from({ length: INDICATORS }, (_, k) => [`计划${k + 1}`, `完成${k + 1}`]).flat(), ...(dated ? ['填报日期'] : [])];
  const body = Array.from({ length: UNITS }, (_, i) => [
    `单位${i + 1}`,
    ...Array.from({ length: INDICATORS }, (_, k) => [1000 + ((i * 7 + k) % 500), 800 + ((i * 13 + k * 31) % 700) / 4]).flat(),
    ...(dated ? [46_000 + (i % 30)] : []),
  ]);
  return [header, ...body];
}

const request: RunRequest = {
  ruleSet: {
    format: 'standings/ruleset@1',
    name: '大表考核',
    unit: { column: '单位' },
    indicators: Array.from({ length: INDICATORS }, (_, k) => ({
      id: `i${k + 1}`,
      weight: 20,
      target: `计划${k + 1}`,
      actual: `完成${k + 1}`,
      method: { type: 'ratio', cap: 1.2 },
    })),
    sources: [`数据!A1:${colName(2 * INDICATORS)}${UNITS + 1}`],
  },
  period: '2026Q3',
  lang: 'zh-CN',
  replace: false,
  now: new Date(Date.UTC(2026, 9, 8, 1, 30)),
};

/** The workbook as a user sees it: sheet ids left out (sheets added and removed on the way use some up). */
const contents = (fake: FakeExcel) => {
  const { active, sheets } = fake.snapshot();
  return { active, sheets: sheets.map(({ id: _id, ...rest }) => rest) };
};

const book = (options?: { payloadLimit?: number; dated?: boolean }): FakeExcel => createFakeExcel({ 数据: rows(options?.dated) }, options);
const port = (fake: FakeExcel, budget = BUDGET) => new OfficeWorkbook({ run: fake.run, requestBudget: budget });

/** The same run with the formats read with the values (the default budget holds this input). */
async function eager(prepare: (fake: FakeExcel) => void, dated = false, req: RunRequest = request) {
  const fake = book({ dated });
  prepare(fake);
  const outcome = await runRanking(port(fake, REQUEST_BUDGET), req);
  return { fake, outcome };
}

/** A date in a header cell, and the text the engine reads it as (cellText of the Date). */
const HEADER_SERIAL = 46_000;
const HEADER_TEXT = new Date(Math.round((HEADER_SERIAL - 25_569) * 86_400_000)).toISOString().slice(0, 10);

/** The request with a bonus read from the column headed `column`, the range reaching column index `last`. */
const bonusNamed = (column: string, last: number): RunRequest => ({
  ...request,
  ruleSet: { ...(request.ruleSet as object), adjustments: [{ type: 'bonus', column }], sources: [`数据!A1:${colName(last)}${UNITS + 1}`] },
});

const errorsOf = (issues: readonly { severity: string; code: string; cell?: string }[]) => issues.filter((i) => i.severity === 'error').map((i) => `${i.code}@${i.cell ?? ''}`);

describe('dates looked for after the read', () => {
  it('a clean run: the formats ride on the write, no sync of their own, and the result is the one read with formats', async () => {
    const fake = book();
    const { result, sheetNames } = await runRanking(port(fake), request);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(sheetNames).toHaveLength(2);
    const reference = await eager(() => undefined);
    expect(result).toEqual(reference.outcome.result);
    expect(fake.snapshot()).toEqual(reference.fake.snapshot());
    // Requests that brought formats back also carried the write (a look at the sheets, a few
    // hundred bytes, is all the read requests send).
    const carrying = fake.syncs.filter((s) => s.requestBytes > 10_000 && s.responseBytes > 10_000);
    expect(carrying.length).toBeGreaterThan(0);
    const formatsAlone = fake.syncs.filter((s) => s.requestBytes < 10_000 && s.responseBytes > 10_000 && s.index > 2);
    expect(formatsAlone).toEqual([]);
    expect(Math.max(...fake.syncs.map((s) => s.requestBytes))).toBeLessThan(BUDGET);
  });

  it('dates anywhere in the input: every one reported at its cell, as with formats read at once, and nothing written', async () => {
    const mark = (fake: FakeExcel): void => {
      fake.setNumberFormat('数据!C1201', 'yyyy-mm-dd');
      fake.setNumberFormat('数据!J40', 'h:mm');
      fake.setNumberFormat(`数据!E${UNITS + 1}`, '[$-804]yyyy"年"m"月"d"日"');
    };
    const fake = book();
    mark(fake);
    const before = fake.snapshot();
    const { result, sheetNames } = await runRanking(port(fake), request);
    expect(sheetNames).toEqual([]);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => [e.code, e.cell])).toEqual(
      expect.arrayContaining([
        ['not-a-number', '数据!C1201'],
        ['not-a-number', '数据!J40'],
        ['not-a-number', `数据!E${UNITS + 1}`],
      ]),
    );
    expect(errors).toHaveLength(3);
    expect(result).toEqual((await eager(mark)).outcome.result);
    // Temporary sheets the write had added are gone: the workbook is as it was.
    expect(fake.snapshot()).toEqual(before);
    expect(fake.sheetNames()).toEqual(['数据']);
  });

  it('formats longer than assumed: Excel refuses the response, the write is undone and done again after a look of its own', async () => {
    const long = '#,##0.00_);[Red](#,##0.00);"-"_)';
    const format = (fake: FakeExcel): void => {
      for (let r = 2; r <= UNITS + 1; r++) for (let c = 2; c <= 2 * INDICATORS + 1; c++) fake.setNumberFormat(`数据!${colName(c - 1)}${r}`, long);
    };
    const fake = book({ payloadLimit: BUDGET * 1.25 });
    format(fake);
    const { result, sheetNames } = await runRanking(port(fake), request);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(sheetNames).toHaveLength(2);
    expect(fake.syncs.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.sheetNames()).toEqual(['数据', ...sheetNames, STORE_SHEET]);
    const reference = await eager(format);
    expect(result).toEqual(reference.outcome.result);
    expect(contents(fake)).toEqual(contents(reference.fake));
  });

  it('an evaluation that writes nothing looks for the dates itself', async () => {
    const fake = book();
    fake.setNumberFormat('数据!B700', 'yyyy/m/d');
    const { result, read } = await evaluateWorkbook(port(fake), request);
    expect(result.issues.filter((i) => i.severity === 'error').map((e) => e.cell)).toEqual(['数据!B700']);
    expect(read?.dates).toBeUndefined();
  });

  it('dates where no number belongs (a column the rules do not read, a unit name) are text, as when read with formats: the run writes', async () => {
    const dated: RunRequest = { ...request, ruleSet: { ...(request.ruleSet as object), sources: [`数据!A1:${colName(2 * INDICATORS + 1)}${UNITS + 1}`] } };
    const mark = (fake: FakeExcel): void => {
      for (let r = 2; r <= UNITS + 1; r++) fake.setNumberFormat(`数据!${colName(2 * INDICATORS + 1)}${r}`, 'yyyy-mm-dd');
      fake.book.byName('数据')!.patch(9, 0, { value: 46_010, numberFormat: 'yyyy/m/d' });
    };
    const fake = book({ dated: true });
    mark(fake);
    const { result, sheetNames } = await runRanking(port(fake), dated);
    expect(errorsOf(result.issues)).toEqual([]);
    expect(sheetNames).toHaveLength(2);
    expect(result.units.filter((u) => /^\d{4}-\d{2}-\d{2}$/.test(u.unit))).toHaveLength(1);
    const reference = await eager(mark, true, dated);
    expect(result).toEqual(reference.outcome.result);
    expect(contents(fake)).toEqual(contents(reference.fake));
  });

  it('a date and sheets already there without replace: the date is reported, as when read with formats, not the question', async () => {
    const setUp = async (): Promise<FakeExcel> => {
      const fake = book();
      await runRanking(port(fake, REQUEST_BUDGET), request);
      fake.setNumberFormat('数据!C100', 'yyyy-mm-dd');
      return fake;
    };
    const late = await setUp();
    const before = contents(late);
    const { result, sheetNames } = await runRanking(port(late), request);
    expect(sheetNames).toEqual([]);
    expect(errorsOf(result.issues)).toEqual(['not-a-number@数据!C100']);
    expect(result).toEqual((await runRanking(port(await setUp(), REQUEST_BUDGET), request)).result);
    expect(contents(late)).toEqual(before);
    // Without the date the same run asks whether to replace.
    const clean = book();
    await runRanking(port(clean, REQUEST_BUDGET), request);
    await expect(runRanking(port(clean), request)).rejects.toMatchObject({ name: 'SheetExistsError' });
  });

  it('dates found and the undo fails: the failed undo is reported, and the leftovers go before the next call', async () => {
    const probe = book();
    probe.setNumberFormat('数据!C100', 'yyyy-mm-dd');
    await runRanking(port(probe), request);
    const rollbackSync = probe.syncs.length - 1;
    const fake = book();
    fake.setNumberFormat('数据!C100', 'yyyy-mm-dd');
    const before = contents(fake);
    const adapter = port(fake);
    fake.failAtSync(rollbackSync);
    await expect(runRanking(adapter, request)).rejects.toMatchObject({ name: 'OfficeRequestError', restored: false });
    expect(adapter.hasPendingRollback).toBe(true);
    expect(fake.sheetNames().length).toBeGreaterThan(1);
    await adapter.listSheets();
    expect(adapter.hasPendingRollback).toBe(false);
    expect(contents(fake)).toEqual(before);
  });

  it('a date column the rules do not read, under a header shown as a month, costs nothing: its formats are not loaded', async () => {
    const dated: RunRequest = { ...request, ruleSet: { ...(request.ruleSet as object), sources: [`数据!A1:${colName(2 * INDICATORS + 1)}${UNITS + 1}`] } };
    const mark = (fake: FakeExcel): void => {
      fake.book.byName('数据')!.patch(0, 2 * INDICATORS + 1, { value: 46_023, numberFormat: 'yyyy"年"m"月"' });
      for (let r = 2; r <= UNITS + 1; r++) fake.setNumberFormat(`数据!${colName(2 * INDICATORS + 1)}${r}`, 'yyyy-mm-dd');
    };
    const fake = book({ dated: true });
    mark(fake);
    const { result, sheetNames } = await runRanking(port(fake), dated);
    expect(sheetNames).toHaveLength(2);
    expect(result).toEqual((await eager(mark, true, dated)).outcome.result);
    const plain = book();
    await runRanking(port(plain), request);
    expect(fake.syncs.map((s) => s.failed)).toEqual(plain.syncs.map(() => null));
    // The same requests but the reads (one column more); the same formats come back.
    expect(fake.syncs.slice(-3).map((s) => s.responseBytes)).toEqual(plain.syncs.slice(-3).map((s) => s.responseBytes));
  });

  it('a header shown as a date that names a column the rules read: every cell is looked at, as when read with formats', async () => {
    const withBonus = bonusNamed(HEADER_TEXT, 2 * INDICATORS + 1);
    const extra = colName(2 * INDICATORS + 1);
    const mark = (fake: FakeExcel): void => {
      fake.book.byName('数据')!.patch(0, 2 * INDICATORS + 1, { value: HEADER_SERIAL, numberFormat: 'yyyy-mm-dd' });
      for (let r = 2; r <= 40; r++) fake.setNumberFormat(`数据!${extra}${r}`, 'yyyy-mm-dd');
    };
    const fake = book({ dated: true });
    mark(fake);
    const { result, sheetNames } = await runRanking(port(fake), withBonus);
    expect(sheetNames).toEqual([]);
    expect(errorsOf(result.issues)).toHaveLength(39);
    expect(result).toEqual((await eager(mark, true, withBonus)).outcome.result);
  });

  it('a header shown as a date before a column of the same name: the first is read, as when read with formats', async () => {
    const withBonus = bonusNamed(HEADER_TEXT, 2 * INDICATORS + 2);
    // Two bonus columns: the first headed by the date (1 point each), then one headed by its text (2 points).
    const mark = (fake: FakeExcel): void => {
      const sheet = fake.book.byName('数据')!;
      sheet.patch(0, 2 * INDICATORS + 1, { value: HEADER_SERIAL, numberFormat: 'yyyy-mm-dd' });
      sheet.patch(0, 2 * INDICATORS + 2, { value: HEADER_TEXT });
      for (let r = 1; r <= UNITS; r++) {
        sheet.patch(r, 2 * INDICATORS + 1, { value: r % 3 === 0 ? 1 : 0 });
        sheet.patch(r, 2 * INDICATORS + 2, { value: r % 5 === 0 ? 2 : 0 });
      }
    };
    const fake = book({ dated: true });
    mark(fake);
    const { result, sheetNames } = await runRanking(port(fake), withBonus);
    expect(errorsOf(result.issues)).toEqual([]);
    expect(sheetNames).toHaveLength(2);
    const reference = await eager(mark, true, withBonus);
    expect(result.units.filter((u) => u.bonus === 1).length).toBeGreaterThan(0);
    expect(result).toEqual(reference.outcome.result);
    expect(contents(fake)).toEqual(contents(reference.fake));
  });
});
