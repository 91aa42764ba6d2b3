// The same workbook read through the .xlsx adapter and through the Office adapter (over a fake
// Excel holding the same cells) must give identical `evaluate` results (style point 10).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluate, parseRuleSetJson, validateRuleSet } from '../../../src/engine';
import { buildResultSheet } from '../../../src/workbook/layout/resultSheet';
import { resultSheetName } from '../../../src/workbook/layout/sheetName';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { REQUEST_BUDGET } from '../../../src/workbook/office/budget';
import { STORE_FORMAT, type Store } from '../../../src/workbook/store';
import type { WorkbookPort } from '../../../src/workbook/port';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { STORE_SHEET } from '../../../src/workbook/storeCodec';
import { colName } from '../../fakes/a1';
import { fakeFromXlsx } from './fromXlsx';

const CASES = [
  { book: 'examples/county-2026.xlsx', rules: 'examples/county-rules.json', period: '2026Q3' },
  { book: 'tests/fixtures/basic.xlsx', rules: 'tests/fixtures/basic-rules.json', period: '2026Q3' },
  { book: 'tests/fixtures/basic-libreoffice.xlsx', rules: 'tests/fixtures/basic-rules.json', period: '2026H1' },
];

async function rank(port: WorkbookPort, ruleSet: unknown, period: string) {
  const sources = (ruleSet as { sources: string[] }).sources;
  const tables = await port.readRanges(sources);
  return { tables, store: await port.readStore(), sheets: await port.listSheets(), result: evaluate(ruleSet, tables, period) };
}

describe('Office adapter agrees with the .xlsx adapter', () => {
  for (const { book, rules, period } of CASES) {
    it(book, async () => {
      const { value: ruleSet, issues } = parseRuleSetJson(await readFile(rules, 'utf8'));
      expect(issues).toEqual([]);
      const viaXlsx = await rank(await XlsxWorkbook.open(book), ruleSet, period);
      const fake = await fakeFromXlsx(book);
      const viaOffice = await rank(new OfficeWorkbook({ run: fake.run }), ruleSet, period);
      expect(viaXlsx.result.units.length).toBeGreaterThan(0);
      expect(viaOffice.result).toEqual(viaXlsx.result);
      expect(viaOffice.store).toEqual(viaXlsx.store);
      expect(viaOffice.tables).toEqual(viaXlsx.tables);
      expect(viaOffice.sheets).toEqual(viaXlsx.sheets.filter((name) => name !== '_standings_store'));
    });
  }
});

describe('a real run through the Office adapter', () => {
  it('ranks the county example (20 units) and writes it in 3 syncs, each under 4 MB', async () => {
    const { value } = parseRuleSetJson(await readFile('examples/county-rules.json', 'utf8'));
    const { ruleSet } = validateRuleSet(value);
    const fake = await fakeFromXlsx('examples/county-2026.xlsx');
    const hadStore = fake.book.byName(STORE_SHEET) !== undefined;
    const port = new OfficeWorkbook({ run: fake.run });
    const tables = await port.readRanges(ruleSet!.sources!);
    const readSyncs = fake.syncs.length;
    const result = evaluate(value, tables, '2026Q3');
    expect(result.units).toHaveLength(20);
    const name = resultSheetName(ruleSet!.name, '2026Q3');
    const plan = buildResultSheet({ result, ruleSet: ruleSet!, lang: 'zh-CN', now: new Date(Date.UTC(2026, 9, 8, 1, 30)), sheetName: name, hasPreviousRun: false });
    const store: Store = { format: STORE_FORMAT, ruleSet: value, runs: [] };
    await port.writeRun([plan], store, { replace: true });
    const writeSyncs = fake.syncs.slice(readSyncs);
    expect(readSyncs).toBe(1);
    // Look, write, and (when an old store is replaced) clean up.
    expect(writeSyncs.map((s) => s.failed)).toEqual(hadStore ? [null, null, null] : [null, null]);
    expect(Math.max(...writeSyncs.map((s) => s.requestBytes))).toBeLessThan(REQUEST_BUDGET);
    const sheet = fake.snapshot().sheets.find((s) => s.name === name)!;
    plan.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = sheet.cells[`${colName(c)}${r + 1}`];
        expect(cell?.value ?? '', `${name}!R${r + 1}C${c + 1}`).toEqual(v ?? '');
        expect(cell?.formula ?? null).toBeNull();
      }),
    );
  });
});
