// The same workbook read through the .xlsx adapter and through the Office adapter (over a fake
// Excel holding the same cells) must give identical `evaluate` results (style point 10).
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseRuleSetJson } from '../../../src/engine';
import { SheetExistsError } from '../../../src/workbook/errors';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { REQUEST_BUDGET } from '../../../src/workbook/office/budget';
import type { WorkbookPort } from '../../../src/workbook/port';
import { runRanking, type RunRequest } from '../../../src/workbook/run';
import { decodeStore, STORE_SHEET } from '../../../src/workbook/storeCodec';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import type { FakeExcel } from '../../fakes/fakeExcel';
import { fakeFromXlsx } from './fromXlsx';

const DATE_RULES = {
  format: 'standings/ruleset@1',
  name: '日期考核',
  unit: { column: '单位' },
  indicators: [{ id: 'done', weight: 100, target: '计划', actual: '完成', method: { type: 'ratio' } }],
  sources: ['数据!A1:C4'],
};

/** A numeric column holding a date (C3, as a user typing 2025/12/31 gets it) and a percentage (C4, a number). */
async function makeDateBook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('数据');
  ws.addRow(['单位', '计划', '完成']);
  ws.addRow(['城关镇', 100, 90]);
  ws.addRow(['河西乡', 100, new Date(Date.UTC(2025, 11, 31))]);
  ws.getCell('C3').numFmt = 'yyyy/m/d';
  ws.addRow(['东湖镇', 1, 0.85]);
  ws.getCell('C4').numFmt = '0.0%';
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
}

let dateBook = '';
beforeAll(async () => {
  dateBook = join(await mkdtemp(join(tmpdir(), 'standings-dates-')), 'dates.xlsx');
  await makeDateBook(dateBook);
});

const CASES = [
  { book: () => 'examples/county-2026.xlsx', rules: () => readFile('examples/county-rules.json', 'utf8'), period: '2026Q3' },
  { book: () => 'tests/fixtures/basic.xlsx', rules: () => readFile('tests/fixtures/basic-rules.json', 'utf8'), period: '2026Q3' },
  { book: () => 'tests/fixtures/basic-libreoffice.xlsx', rules: () => readFile('tests/fixtures/basic-rules.json', 'utf8'), period: '2026H1' },
  { book: () => dateBook, rules: () => Promise.resolve(JSON.stringify(DATE_RULES)), period: '2026Q3', name: 'a date in a numeric column' },
];

async function rank(port: WorkbookPort, ruleSet: unknown, period: string) {
  const sources = (ruleSet as { sources: string[] }).sources;
  const tables = await port.readRanges(sources);
  // What the Office adapter saw for its write has no .xlsx counterpart: compared apart.
  const { tables: both, store, sheets } = await port.readInputs!(sources);
  const together = { tables: both, store, sheets };
  return { tables, store: await port.readStore(), sheets: await port.listSheets(), together, result: evaluate(ruleSet, tables, period) };
}

describe('Office adapter agrees with the .xlsx adapter', () => {
  for (const { book, rules, period, name } of CASES) {
    it(name ?? book(), async () => {
      const { value: ruleSet, issues } = parseRuleSetJson(await rules());
      expect(issues).toEqual([]);
      const viaXlsx = await rank(await XlsxWorkbook.open(book()), ruleSet, period);
      const fake = await fakeFromXlsx(book());
      const viaOffice = await rank(new OfficeWorkbook({ run: fake.run }), ruleSet, period);
      // Something to compare: ranked units, or (the date case) the errors that stop the run.
      expect(viaXlsx.result.units.length + viaXlsx.result.issues.length).toBeGreaterThan(0);
      expect(viaOffice.result).toEqual(viaXlsx.result);
      expect(viaOffice.store).toEqual(viaXlsx.store);
      expect(viaOffice.tables).toEqual(viaXlsx.tables);
      expect(viaOffice.sheets).toEqual(viaXlsx.sheets);
      expect(viaOffice.together).toEqual(viaXlsx.together);
      expect(viaOffice.together).toEqual({ tables: viaOffice.tables, store: viaOffice.store, sheets: viaOffice.sheets });
    });
  }

  it('reports the date where a number belongs as not-a-number at its cell, through both', async () => {
    const fake = await fakeFromXlsx(dateBook);
    expect(fake.cell('数据!C3')).toMatchObject({ value: 46_022, numberFormat: 'yyyy/m/d' });
    for (const port of [await XlsxWorkbook.open(dateBook), new OfficeWorkbook({ run: fake.run })]) {
      const { result } = await rank(port, DATE_RULES, '2026Q3');
      expect(result.issues.filter((i) => i.severity === 'error')).toMatchObject([{ code: 'not-a-number', cell: '数据!C3', params: { text: '2025-12-31' } }]);
    }
  });
});

describe('a whole run through the Office adapter', () => {
  const request = async (replace: boolean): Promise<RunRequest> => ({
    ruleSet: parseRuleSetJson(await readFile('examples/county-rules.json', 'utf8')).value,
    period: '2026Q3',
    lang: 'zh-CN',
    replace,
    now: new Date(Date.UTC(2026, 9, 8, 1, 30)),
  });

  /** The county example as a workbook that has never been ranked: no store. */
  async function freshCounty(): Promise<FakeExcel> {
    const fake = await fakeFromXlsx('examples/county-2026.xlsx');
    fake.book.remove(fake.book.byName(STORE_SHEET)!);
    return fake;
  }

  /** The county example after one run: its result sheets and store are there. */
  async function rankedCounty(): Promise<FakeExcel> {
    const fake = await freshCounty();
    await runRanking(new OfficeWorkbook({ run: fake.run }), await request(false));
    return fake;
  }

  function storeOf(fake: FakeExcel) {
    const sheet = fake.snapshot().sheets.find((s) => s.name === STORE_SHEET)!;
    return decodeStore(Object.values(sheet.cells).map((c) => [c.value])).store;
  }

  it('ranks the county example (20 units) in exactly 2 syncs: one read, one write, each under 4 MB', async () => {
    const fake = await freshCounty();
    const { result, sheetNames } = await runRanking(new OfficeWorkbook({ run: fake.run }), await request(false));
    expect(result.units).toHaveLength(20);
    expect(fake.syncs.map((s) => s.failed)).toEqual([null, null]);
    expect(Math.max(...fake.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(REQUEST_BUDGET);
    expect(fake.sheetNames()).toEqual(['目标', '完成情况', ...sheetNames, STORE_SHEET]);
    expect(storeOf(fake)?.runs).toHaveLength(1);
  });

  it('re-runs it, replacing both sheets and the store, in exactly 2 syncs too', async () => {
    const fake = await rankedCounty();
    const before = fake.syncs.length;
    const { sheetNames } = await runRanking(new OfficeWorkbook({ run: fake.run }), await request(true));
    expect(fake.syncs.slice(before).map((s) => s.failed)).toEqual([null, null]);
    expect(fake.sheetNames()).toEqual(['目标', '完成情况', ...sheetNames, STORE_SHEET]);
    expect(storeOf(fake)?.runs).toHaveLength(2);
  });

  it('refuses the existing sheets without replace after the one read, changing nothing', async () => {
    const fake = await rankedCounty();
    const snapshot = fake.snapshot();
    const before = fake.syncs.length;
    const error: unknown = await runRanking(new OfficeWorkbook({ run: fake.run }), await request(false)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetExistsError);
    expect(fake.syncs.length - before).toBe(1);
    expect(fake.snapshot()).toEqual(snapshot);
  });

  it('a re-run failing at either sync, whole or after part of its batch, leaves the workbook as it was', async () => {
    const probe = await rankedCounty();
    const start = probe.syncs.length;
    await runRanking(new OfficeWorkbook({ run: probe.run }), await request(true));
    const ops = probe.syncs.slice(start).map((s) => s.ops);
    expect(ops).toHaveLength(2);
    // The write ends by deleting the 3 replaced sheets (both results and the store).
    for (const [n, afterOps] of [[1, 0], [1, 2], [2, 0], [2, 1], [2, 5], [2, ops[1] - 3]]) {
      const fake = await rankedCounty();
      const snapshot = fake.snapshot();
      fake.failAtSync(n, { afterOps });
      const error: unknown = await runRanking(new OfficeWorkbook({ run: fake.run }), await request(true)).catch((e: unknown) => e);
      expect(error, `sync ${n} after ${afterOps}`).toMatchObject({ name: 'OfficeRequestError', restored: n === 2 ? true : null });
      expect(fake.snapshot(), `sync ${n} after ${afterOps}`).toEqual(snapshot);
    }
  });
});
