// Loads a fake Excel with the cells of an .xlsx file as Office's `Range.values` would show them,
// converted here on its own (not through the .xlsx adapter) so the differential test compares
// two independent readings: formulas as cached results, rich text flattened, errors as their
// text, dates as serial numbers with their number formats, and the store sheet kept very hidden.
import ExcelJS from 'exceljs';
import { createFakeExcel, type FakeExcel } from '../../fakes/fakeExcel';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function officeValue(value: ExcelJS.CellValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return officeValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

export async function fakeFromXlsx(path: string): Promise<FakeExcel> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheets: Record<string, unknown[][]> = {};
  for (const ws of book.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = cell.type === ExcelJS.ValueType.Merge ? '' : officeValue(cell.value);
      });
      rows[r - 1] = Array.from(cells, (v) => v ?? '');
    });
    sheets[ws.name] = Array.from(rows, (row) => row ?? []);
  }
  const fake = createFakeExcel(sheets);
  // Number formats too: they tell a date from a number (Range.values gives both as numbers).
  for (const ws of book.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.numFmt === 'string' && cell.numFmt !== '' && cell.numFmt !== 'General') fake.setNumberFormat(`'${ws.name.replace(/'/g, "''")}'!${cell.address}`, cell.numFmt);
      }),
    );
  }
  for (const ws of book.worksheets) {
    const state = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : null;
    if (state !== null) fake.book.setVisibility(fake.book.byName(ws.name)!, state);
  }
  return fake;
}
