// Writing a run through the Office adapter: few syncs, texts kept as texts, and a workbook left
// exactly as it was whenever any sync fails.
import { describe, expect, it } from 'vitest';
import { SheetExistsError } from '../../../src/workbook/errors';
import { CellEditModeError, OfficeWorkbook, RunInProgressError, SessionLostError, UnsupportedHostError } from '../../../src/workbook/office';
import { REQUEST_BUDGET, utf8Length } from '../../../src/workbook/office/budget';
import { textMask } from '../../../src/workbook/office/textCells';
import { decodeStore, encodeStore, STORE_SHEET } from '../../../src/workbook/storeCodec';
import { createFakeExcel, type FakeExcel } from '../../fakes/fakeExcel';
import { FakeOfficeError, MESSAGES, officeError } from '../../fakes/fakeErrors';
import type { PlanValue } from '../../../src/workbook/sheetPlan';
import { resultPlan, storeWith, unitNames } from './plans';

const INPUT = { 目标: [['单位', '计划'], ['城关镇', 100]] };
const adapter = (fake: FakeExcel) => new OfficeWorkbook({ run: fake.run });
const units = unitNames(20);
const plan = resultPlan('考核 2026Q3', units);
const store = storeWith('考核', units);

/** A workbook that already has a result sheet of the same name and a store: a re-run. */
function rerunBook(): FakeExcel {
  const fake = createFakeExcel({ ...INPUT, '考核 2026Q3': [['旧结果']], 说明: [['x']], [STORE_SHEET]: encodeStore(storeWith('考核', ['旧单位'])) });
  fake.book.setVisibility(fake.book.byName(STORE_SHEET)!, 'VeryHidden');
  return fake;
}

function storeOf(fake: FakeExcel) {
  const sheet = fake.snapshot().sheets.find((s) => s.name === STORE_SHEET)!;
  const rows = Object.keys(sheet.cells).map((a) => [sheet.cells[a].value]);
  return { visibility: sheet.visibility, store: decodeStore(rows).store };
}

describe('writeRun', () => {
  it('writes a 20-unit run in 2 syncs on a fresh workbook, with every part of the plan', async () => {
    const fake = createFakeExcel(INPUT);
    await adapter(fake).writeRun([plan], store, { replace: false });
    expect(fake.syncs).toHaveLength(2);
    expect(fake.syncs[1].calculationSuspended).toBe(true);
    expect(fake.sheetNames()).toEqual(['目标', '考核 2026Q3', STORE_SHEET]);
    const sheet = fake.snapshot().sheets[1];
    expect(sheet.visibility).toBe('Visible');
    expect(fake.snapshot().active).toBe('考核 2026Q3');
    expect(sheet.cells.A3).toEqual({ value: 1, formula: null, numberFormat: 'General', fill: '#C6EFCE', bold: false });
    expect(sheet.cells.B3).toEqual({ value: '单位001', formula: null, numberFormat: '@', fill: '#C6EFCE', bold: false });
    expect(sheet.cells.C22).toEqual({ value: 90.5, formula: null, numberFormat: '0.00', fill: null, bold: false });
    expect(sheet.cells.A2.bold).toBe(true);
    expect(sheet.merges).toEqual(['A1:D1']);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 2 });
    expect(sheet.columnWidths).toEqual({ A: 35.25, B: 77.25, C: 45.75, D: 45.75 });
    expect(sheet.conditionalFormats).toEqual([{ type: 'DataBar', range: 'C3:C22', fillColor: '#638EC6' }]);
    expect(sheet.charts).toEqual([
      { type: 'BarClustered', source: '考核 2026Q3!C3:C22', seriesBy: 'Columns', title: '得分', legendVisible: false, xAxis: '考核 2026Q3!B3:B22' },
    ]);
    expect(storeOf(fake)).toEqual({ visibility: 'VeryHidden', store });
  });

  it('replaces the old result and store in 2 syncs when told to, in their places', async () => {
    const fake = rerunBook();
    await adapter(fake).writeRun([plan], store, { replace: true });
    expect(fake.syncs).toHaveLength(2);
    expect(fake.sheetNames()).toEqual(['目标', '考核 2026Q3', '说明', STORE_SHEET]);
    expect(fake.cell('考核 2026Q3!A1')?.value).toBe('重点项目推进考核 2026Q3');
    expect(storeOf(fake)).toEqual({ visibility: 'VeryHidden', store });
  });

  it('refuses an existing sheet without replace, after one look and no change', async () => {
    const fake = rerunBook();
    const before = fake.snapshot();
    await expect(adapter(fake).writeRun([plan], store, { replace: false })).rejects.toEqual(new SheetExistsError(['考核 2026Q3']));
    expect(fake.syncs).toHaveLength(1);
    expect(fake.snapshot()).toEqual(before);
  });

  it('stores formula-like unit names as text, never as formulas', async () => {
    const probes = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '001', '2026-05', 'TRUE'];
    const fake = createFakeExcel(INPUT);
    await adapter(fake).writeRun([resultPlan('注入', probes)], store, { replace: false });
    probes.forEach((probe, i) => {
      expect(fake.cell(`注入!B${i + 3}`)).toMatchObject({ value: probe, formula: null });
    });
  });

  it('stores them as text in a big sheet too, where rectangles of Text format go before the values', async () => {
    const probes = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '001', '2026-05', 'TRUE'];
    const names = Array.from({ length: 1_000 }, (_, i) => probes[i % probes.length]);
    const big = resultPlan('注入大表', names);
    const fake = createFakeExcel(INPUT);
    await adapter(fake).writeRun([big], store, { replace: false });
    names.forEach((name, i) => expect(fake.cell(`注入大表!B${i + 3}`)).toMatchObject({ value: name, formula: null, numberFormat: '@' }));
    expect(fake.cell('注入大表!A3')).toMatchObject({ value: 1, numberFormat: 'General' });
    // The rectangle path: no per-cell masks went with the values.
    const sent = fake.syncs.slice(1).reduce((sum, s) => sum + s.requestBytes, 0);
    const masks = big.values.reduce((sum, row) => sum + utf8Length(JSON.stringify(textMask(row))), 0);
    expect(sent).toBeLessThan(utf8Length(JSON.stringify(big.values)) + masks / 2);
  });

  it('writes a 100,000-row plan in requests under 4 MB, its texts formatted by a few ranges', async () => {
    const fake = createFakeExcel(INPUT);
    const big = resultPlan('大表', unitNames(100_000));
    await adapter(fake).writeRun([big], store, { replace: false });
    const largest = Math.max(...fake.syncs.map((s) => s.requestBytes));
    expect(largest).toBeLessThan(REQUEST_BUDGET);
    // The look, then the values: 100,000 rows of 3 cells in one request now that no per-cell mask
    // goes with them. With a budget a quarter as big, the same plan takes several requests.
    expect(fake.syncs).toHaveLength(2);
    const small = createFakeExcel(INPUT);
    await new OfficeWorkbook({ run: small.run, requestBudget: REQUEST_BUDGET / 4 }).writeRun([big], store, { replace: false });
    expect(small.syncs.length).toBeGreaterThan(3);
    expect(Math.max(...small.syncs.map((s) => s.requestBytes))).toBeLessThan(REQUEST_BUDGET / 4);
    expect(small.cell('大表!B100002')).toMatchObject({ value: '单位100000', numberFormat: '@' });
    expect(fake.cell('大表!B100002')).toMatchObject({ value: '单位100000', numberFormat: '@' });
    expect(fake.cell('大表!C100002')).toMatchObject({ value: 100 - 99_999 * 0.5, numberFormat: '0.00' });
  });

  it('keeps numbers General and strings Text when strings are scattered among numbers', async () => {
    // A column alternating names and numbers: one rectangle per string would cost more than
    // per-cell masks, so each row block carries its mask.
    const fake = createFakeExcel(INPUT);
    const mixed: PlanValue[][] = Array.from({ length: 2_000 }, (_, i) => [i % 2 === 0 ? `=${i}` : i, i]);
    const plan = { ...resultPlan('交错', []), values: mixed, numberFormats: [], fills: [], bold: [], merges: [], dataBar: null, chart: null };
    await adapter(fake).writeRun([plan], store, { replace: false });
    expect(fake.cell('交错!A1')).toMatchObject({ value: '=0', formula: null, numberFormat: '@' });
    expect(fake.cell('交错!A2')).toMatchObject({ value: 1, numberFormat: 'General' });
    expect(fake.cell('交错!B1')).toMatchObject({ value: 0, numberFormat: 'General' });
    expect(fake.cell('交错!A2000')).toMatchObject({ value: 1999, numberFormat: 'General' });
    // Masks, not a thousand one-cell commands.
    expect(Math.max(...fake.syncs.map((s) => s.ops))).toBeLessThan(50);
  });

  it('refuses a second run while one is writing', async () => {
    const fake = createFakeExcel(INPUT);
    const port = adapter(fake);
    const first = port.writeRun([plan], store, { replace: false });
    await expect(port.writeRun([resultPlan('另一个', units)], store, { replace: false })).rejects.toBeInstanceOf(RunInProgressError);
    await first;
    expect(fake.sheetNames()).toEqual(['目标', '考核 2026Q3', STORE_SHEET]);
  });
});

describe('writeRun failing part-way leaves the workbook as it was', () => {
  /** Syncs of a successful write, and the commands of each. */
  async function syncsOfRun(book: () => FakeExcel): Promise<number[]> {
    const fake = book();
    await adapter(fake).writeRun([plan], store, { replace: true });
    return fake.syncs.map((s) => s.ops);
  }

  const cases = [
    { label: 'fresh workbook', book: () => createFakeExcel(INPUT), replaced: 0 },
    { label: 're-run replacing a sheet and the store', book: rerunBook, replaced: 2 },
  ];

  for (const { label, book, replaced } of cases) {
    it(`${label}: a failure at every sync, whole or after part of its batch`, async () => {
      const ops = await syncsOfRun(book);
      // The look, then one request that writes, swaps and deletes the replaced sheets.
      expect(ops).toHaveLength(2);
      for (let n = 1; n <= ops.length; n++) {
        const count = ops[n - 1];
        for (const afterOps of new Set([0, 1, 3, count - 2, count - 1, count].filter((k) => k >= 0))) {
          const fake = book();
          const before = fake.snapshot();
          fake.failAtSync(n, { afterOps });
          const error: unknown = await adapter(fake).writeRun([plan], store, { replace: true }).catch((e: unknown) => e);
          // The last request ends by deleting the replaced sheets (old result, then old store);
          // once one is deleted it cannot come back, so its new sheet stays and the error says
          // the workbook was not restored.
          const deleted = n === ops.length ? Math.max(0, afterOps - (count - replaced)) : 0;
          expect(error, `sync ${n} after ${afterOps} ops`).toMatchObject({ name: 'OfficeRequestError', code: 'GeneralException', restored: deleted === 0 });
          if (deleted === 0) expect(fake.snapshot(), `sync ${n} after ${afterOps} ops`).toEqual(before);
          else {
            expect(fake.sheetNames()).toEqual(['目标', '考核 2026Q3', '说明', STORE_SHEET]);
            expect(fake.cell('考核 2026Q3!A1')?.value).toBe('重点项目推进考核 2026Q3');
            // After 1 delete the old store is still there, and the rollback put it back.
            expect(storeOf(fake).store).toEqual(deleted === 1 ? storeWith('考核', ['旧单位']) : store);
            expect(fake.snapshot().sheets.filter((s) => s.name.startsWith('~'))).toEqual([]);
          }
        }
      }
    });
  }
});

describe('Office conditions become typed errors', () => {
  it('cell-edit mode: CellEditModeError with Office facts and cause, nothing changed', async () => {
    const fake = createFakeExcel(INPUT);
    const before = fake.snapshot();
    fake.setCellEditMode(true);
    const error: unknown = await adapter(fake).writeRun([plan], store, { replace: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CellEditModeError);
    expect(error).toMatchObject({ code: 'InvalidOperationInCellEditMode', restored: true, cause: { code: 'InvalidOperationInCellEditMode' } });
    expect((error as Error).message).toMatch(/^Excel is editing a cell: press Enter or Esc/);
    expect(fake.snapshot()).toEqual(before);
    await expect(adapter(fake).readRanges(['目标!A1:B2'])).rejects.toMatchObject({ name: 'CellEditModeError', restored: null });
  });

  it('refuses to start on a host without ExcelApi 1.7, before any request', async () => {
    const fake = createFakeExcel(INPUT);
    const asked: string[] = [];
    const port = new OfficeWorkbook({ run: fake.run, isSetSupported: (name, version) => (asked.push(`${name} ${version}`), false) });
    await expect(port.writeRun([plan], store, { replace: false })).rejects.toEqual(new UnsupportedHostError('ExcelApi', '1.7'));
    await expect(port.readRanges(['目标!A1:B2'])).rejects.toBeInstanceOf(UnsupportedHostError);
    expect(asked).toEqual(['ExcelApi 1.7']);
    expect(fake.syncs).toHaveLength(0);
  });

  it('keeps errorLocation from debugInfo', async () => {
    const fake = createFakeExcel(INPUT);
    fake.failAtSync(2, {
      error: () => officeError('InvalidArgument', 'Range.values'),
    });
    await expect(adapter(fake).writeRun([plan], store, { replace: false })).rejects.toMatchObject({
      name: 'OfficeRequestError',
      code: 'InvalidArgument',
      errorLocation: 'Range.values',
      restored: true,
    });
  });

  it('lost session mid-run: SessionLostError, and the leftovers are removed before the next call', async () => {
    const fake = createFakeExcel(INPUT);
    const before = fake.snapshot();
    const port = adapter(fake);
    // The session drops during the write request, after part of it ran; the rollback fails too.
    fake.failAtSync(2, { afterOps: 3, error: () => new FakeOfficeError('GeneralException', MESSAGES.SessionLost) });
    fake.loseSession(3);
    const error: unknown = await port.writeRun([plan], store, { replace: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SessionLostError);
    expect(error).toMatchObject({ code: 'GeneralException', restored: false });
    expect((error as Error).message).toMatch(/^the connection to Excel was lost/);
    expect(fake.sheetNames()).toEqual(['目标', '~standings-new-1']);
    expect(port.hasPendingRollback).toBe(true);
    await expect(port.listSheets()).rejects.toBeInstanceOf(SessionLostError);
    // A reload gives a new session: the next call first undoes the failed run.
    fake.restoreSession();
    expect(await port.listSheets()).toEqual(['目标']);
    expect(port.hasPendingRollback).toBe(false);
    expect(fake.snapshot()).toEqual(before);
  });
});
