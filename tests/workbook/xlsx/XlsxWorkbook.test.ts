// The .xlsx adapter: how cells read (as Office.js would give them), what it refuses, how it writes.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MergedHeaderError, NoCachedValueError, SheetExistsError, StoreError, WorkbookReadError, WorkbookWriteError } from '../../../src/workbook/errors';
import { bareSheetPlan } from '../../../src/workbook/sheetPlan';
import { STORE_FORMAT, type Store } from '../../../src/workbook/store';
import { STORE_SHEET } from '../../../src/workbook/storeCodec';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { FIXTURES, snapshot } from '../../cli/helpers';

async function bookFile(build: (book: ExcelJS.Workbook) => void): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'standings-xlsx-'));
  const book = new ExcelJS.Workbook();
  build(book);
  const path = join(dir, 'in.xlsx');
  await writeFile(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return { dir, path };
}

const plan = bareSheetPlan;
const STORE: Store = { format: STORE_FORMAT, ruleSet: { name: 'r' }, runs: [] };

/** Every sheet of a file with its state, as exceljs reads it (listSheets leaves the store out). */
async function sheetStates(path: string): Promise<[string, string][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets.map((ws) => [ws.name, ws.state]);
}

describe('reading ranges', () => {
  it('gives cached formula results, flattened rich text, link text, dates, error texts and blanks', async () => {
    const when = new Date(Date.UTC(2026, 4, 31));
    const { path } = await bookFile((book) => {
      const ws = book.addWorksheet('数据');
      ws.getCell('A1').value = '单位';
      ws.getCell('B1').value = { richText: [{ text: '完成' }, { text: '（万元）', font: { bold: true } }] };
      ws.getCell('A2').value = { richText: [{ text: '城关' }, { text: '镇' }] };
      ws.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 };
      ws.getCell('C2').value = { formula: 'NA()', result: { error: '#N/A' } };
      ws.getCell('D2').value = when;
      ws.getCell('E2').value = { text: '链接', hyperlink: 'https://example.org' };
      ws.getCell('F2').value = true;
    });
    const wb = await XlsxWorkbook.open(path);
    expect(await wb.readRanges(['数据!A1:G2'])).toEqual([
      { sheet: '数据', address: 'A1:G2', values: [['单位', '完成（万元）', '', '', '', '', ''], ['城关镇', 3, '#N/A', when, '链接', true, '']] },
    ]);
    expect(await wb.listSheets()).toEqual(['数据']);
  });

  it('finds sheets whatever the case, and names the sheet as the workbook spells it', async () => {
    const { path } = await bookFile((book) => book.addWorksheet('Data').addRow(['unit']));
    const [table] = await (await XlsxWorkbook.open(path)).readRanges(['data!A1:A1']);
    expect(table).toEqual({ sheet: 'Data', address: 'A1:A1', values: [['unit']] });
  });

  it('refuses merged header cells, naming them', async () => {
    const { path } = await bookFile((book) => {
      const ws = book.addWorksheet('数据');
      ws.addRow(['单位', '投资', null, '开工']);
      ws.mergeCells('B1:C1');
    });
    const read = (await XlsxWorkbook.open(path)).readRanges(['数据!A1:D5']);
    await expect(read).rejects.toBeInstanceOf(MergedHeaderError);
    await expect(read).rejects.toMatchObject({ range: '数据!A1:D5', merge: '数据!B1:C1' });
  });

  it('reads the hidden parts of merged data cells as blank, as Office.js does', async () => {
    const { path } = await bookFile((book) => {
      const ws = book.addWorksheet('数据');
      ws.addRow(['单位', '类别']);
      ws.addRow(['甲', '乡镇']);
      ws.addRow(['乙', null]);
      ws.mergeCells('B2:B3');
    });
    const [table] = await (await XlsxWorkbook.open(path)).readRanges(['数据!A1:B3']);
    expect(table.values).toEqual([['单位', '类别'], ['甲', '乡镇'], ['乙', '']]);
  });

  it('a formula without a cached result is an error naming the cell', async () => {
    const { path } = await bookFile((book) => {
      const ws = book.addWorksheet('数据');
      ws.addRow(['单位', '完成']);
      ws.getCell('B2').value = { formula: '1+1' };
    });
    const read = (await XlsxWorkbook.open(path)).readRanges(['数据!A1:B2']);
    await expect(read).rejects.toBeInstanceOf(NoCachedValueError);
    await expect(read).rejects.toMatchObject({ cell: '数据!B2' });
  });

  it('reads a workbook saved by LibreOffice as it reads the one exceljs wrote', async () => {
    const ranges = ['二季度!A1:E7', '三季度!A1:E7', '坏数据!A1:E4'];
    const ours = await (await XlsxWorkbook.open(join(FIXTURES, 'basic.xlsx'))).readRanges(ranges);
    const theirs = await (await XlsxWorkbook.open(join(FIXTURES, 'basic-libreoffice.xlsx'))).readRanges(ranges);
    expect(theirs).toEqual(ours);
  });

  it('reads cells as other tools write them: inline and rich strings, phonetic runs, shared and array formulas, ISO dates, cells without a reference', async () => {
    const { dir, path } = await bookFile((book) => (book.addWorksheet('数据').getCell('A1').value = '城关镇'));
    const zip = await JSZip.loadAsync(await readFile(path));
    const sheet =
      '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>单位</t></is></c><c r="B1" t="inlineStr"><is><r><t>完</t></r><r><rPr><b/></rPr><t>成</t></r><rPh sb="0" eb="1"><t>wan</t></rPh></is></c>' +
      '<c t="inlineStr"><is><t xml:space="preserve"> C &amp; _x0044_ </t></is></c></row>' +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">1+1</f><v>2</v></c><c r="C2" t="d"><v>2026-05-31T00:00:00Z</v></c></row>' +
      '<row r="3"><c r="B3"><f t="shared" si="0"/><v>3</v></c><c r="C3"><f t="array" ref="C3">SUM(1)</f><v>1</v></c></row>' +
      '</sheetData></worksheet>';
    zip.file('xl/worksheets/sheet1.xml', sheet);
    const odd = join(dir, 'odd.xlsx');
    await writeFile(odd, await zip.generateAsync({ type: 'nodebuffer' }));
    const [table] = await (await XlsxWorkbook.open(odd)).readRanges(['数据!A1:C3']);
    expect(table.values).toEqual([
      ['单位', '完成', ' C & D '],
      ['城关镇', 2, new Date(Date.UTC(2026, 4, 31))],
      ['', 3, 1],
    ]);
  });

  it('a file that is not a workbook is a WorkbookReadError with its cause', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'standings-xlsx-'));
    await writeFile(join(dir, 'x.xlsx'), 'not a zip');
    const error: unknown = await XlsxWorkbook.open(join(dir, 'x.xlsx')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});

describe('the store', () => {
  it('is null when the workbook has none', async () => {
    expect(await (await XlsxWorkbook.open(join(FIXTURES, 'basic.xlsx'))).readStore()).toBeNull();
  });

  it('an unreadable store throws StoreError with the issues', async () => {
    const { path } = await bookFile((book) => {
      book.addWorksheet('数据').addRow(['x']);
      const ws = book.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
      ws.getCell('A1').value = STORE_FORMAT;
      ws.getCell('A2').value = '{"format":"standings/store@1","ruleSet":{},"runs":"none"}';
    });
    const error: unknown = await (await XlsxWorkbook.open(path)).readStore().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).issues.map((i) => [i.code, i.path])).toEqual([['store-bad-shape', 'runs']]);
  });
});

describe('listing sheets', () => {
  it('gives visible and hidden sheets in order, leaving out very hidden ones and the store sheet', async () => {
    const { path } = await bookFile((book) => {
      book.addWorksheet('目标');
      book.addWorksheet('隐藏', { state: 'hidden' });
      book.addWorksheet('深藏', { state: 'veryHidden' });
      // A store sheet someone made visible is still no input.
      book.addWorksheet(STORE_SHEET).getCell('A1').value = STORE_FORMAT;
      book.addWorksheet('完成情况');
    });
    expect(await (await XlsxWorkbook.open(path)).listSheets()).toEqual(['目标', '隐藏', '完成情况']);
  });
});

describe('writing a run', () => {
  it('adds the sheets and a very hidden store, writing only the output file', async () => {
    const { dir, path } = await bookFile((book) => book.addWorksheet('数据').addRow(['单位']));
    const out = join(dir, 'out.xlsx');
    const before = await snapshot(dir);
    const wb = await XlsxWorkbook.open(path, { outPath: out });
    await wb.writeRun([plan('结果', [['=1+1', 2]])], STORE, { replace: false });
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual(['in.xlsx', 'out.xlsx']);
    expect(after.get('in.xlsx')).toBe(before.get('in.xlsx'));
    const written = await XlsxWorkbook.open(out);
    expect(await written.listSheets()).toEqual(['数据', '结果']);
    expect(await sheetStates(out)).toEqual([['数据', 'visible'], ['结果', 'visible'], [STORE_SHEET, 'veryHidden']]);
    expect(await written.readStore()).toEqual(STORE);
    expect(await written.readRanges(['结果!A1:B1'])).toEqual([{ sheet: '结果', address: 'A1:B1', values: [['=1+1', 2]] }]);
  });

  it('refuses an existing sheet (any case) unless replace, and then replaces it in place of the old', async () => {
    const { dir, path } = await bookFile((book) => book.addWorksheet('Result').addRow(['old']));
    const out = join(dir, 'out.xlsx');
    const wb = await XlsxWorkbook.open(path, { outPath: out });
    await expect(wb.writeRun([plan('result', [['new']])], STORE, { replace: false })).rejects.toBeInstanceOf(SheetExistsError);
    expect(existsSync(out)).toBe(false);
    await wb.writeRun([plan('result', [['new']])], STORE, { replace: true });
    const written = await XlsxWorkbook.open(out);
    expect(await written.listSheets()).toEqual(['result']);
    expect(await sheetStates(out)).toEqual([['result', 'visible'], [STORE_SHEET, 'veryHidden']]);
    expect((await written.readRanges(['result!A1:A1']))[0].values).toEqual([['new']]);
  });

  it('a failed write leaves no file behind, not even a temporary one', async () => {
    const { dir, path } = await bookFile((book) => book.addWorksheet('数据').addRow(['单位']));
    const before = await snapshot(dir);
    const wb = await XlsxWorkbook.open(path, { outPath: join(dir, 'no-such-folder', 'out.xlsx') });
    await expect(wb.writeRun([plan('结果', [['x']])], STORE, { replace: false })).rejects.toBeInstanceOf(WorkbookWriteError);
    expect(await snapshot(dir)).toEqual(before);
    const target = join(dir, 'dir.xlsx');
    await import('node:fs/promises').then((fs) => fs.mkdir(target));
    const onDir = await XlsxWorkbook.open(path, { outPath: target });
    await expect(onDir.writeRun([plan('结果', [['x']])], STORE, { replace: false })).rejects.toBeInstanceOf(WorkbookWriteError);
    expect((await readdir(dir)).sort()).toEqual(['dir.xlsx', 'in.xlsx']);
    expect(await readdir(target)).toEqual([]);
  });
});
