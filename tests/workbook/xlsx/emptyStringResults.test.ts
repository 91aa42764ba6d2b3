// A formula calculated to "" reads as blank; a formula never calculated is still refused.
import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NoCachedValueError } from '../../../src/workbook/errors';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';

let dir = '';
afterEach(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

async function book(cells: Record<string, ExcelJS.CellValue>, sheet = 'Q3 数据 & 备注'): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'standings-empty-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  const file = join(dir, 'book.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('formula results that are empty strings', () => {
  it('reads a cached "" as a blank cell, on a sheet whose name needs escaping in XML', async () => {
    const file = await book({ A1: '否决', A2: { formula: 'IF(1>2,"x","")', result: '' }, A3: { formula: '"是"', result: '是' } });
    const wb = await XlsxWorkbook.open(file);
    const [table] = await wb.readRanges(["'Q3 数据 & 备注'!A1:A3"]);
    expect(table.values).toEqual([['否决'], [''], ['是']]);
  });

  it('still refuses a formula with no cached result, naming the cell', async () => {
    const file = await book({ A1: '否决', A2: { formula: '1+1' } }, '数据');
    const wb = await XlsxWorkbook.open(file);
    await expect(wb.readRanges(['数据!A1:A2'])).rejects.toThrow(NoCachedValueError);
    await expect(wb.readRanges(['数据!A1:A2'])).rejects.toMatchObject({ cell: '数据!A2' });
  });

  it('tells the two apart on each sheet', async () => {
    dir = await mkdtemp(join(tmpdir(), 'standings-empty-'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('甲').getCell('A1').value = { formula: 'IF(1>2,"x","")', result: '' };
    const other = wb.addWorksheet('乙');
    other.getCell('A1').value = { formula: 'IF(1>2,"x","")', result: '' };
    other.getCell('A2').value = { formula: '1+1' };
    const file = join(dir, 'book.xlsx');
    await wb.xlsx.writeFile(file);
    const book = await XlsxWorkbook.open(file);
    expect((await book.readRanges(['甲!A1:A1', '乙!A1:A1'])).map((t) => t.values)).toEqual([[['']], [['']]]);
    await expect(book.readRanges(['乙!A1:A2'])).rejects.toMatchObject({ cell: '乙!A2' });
  });
});
