// The example workbook as plain cell values for the fake Excel in the page, plus probe units
// whose names try markup and formula injection.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { ROOT } from './buildPane';
import type { HarnessBook, Sheets } from './harnessBook';


export const XSS_UNIT = '<img src=x onerror=alert(1)>';
export const FORMULA_UNIT = '=1+1';

function plain(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if ('result' in value) return plain(value.result);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  return null;
}

export async function exampleBook(displayLanguage: string): Promise<HarnessBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'examples/county-2026.xlsx'));
  const sheets: Sheets = {};
  const hidden: HarnessBook['hidden'] = {};
  for (const ws of wb.worksheets) {
    const rows: Sheets[string] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: Sheets[string][number] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        // A merged area holds its value in the top-left cell only, as in Excel.
        row.push(cell.isMerged && cell.master.address !== cell.address ? null : plain(cell.value));
      }
      rows.push(row);
    }
    sheets[ws.name] = rows;
    if (ws.state === 'hidden') hidden[ws.name] = 'Hidden';
    if (ws.state === 'veryHidden') hidden[ws.name] = 'VeryHidden';
  }
  addProbes(sheets);
  return { sheets, hidden, displayLanguage };
}

/** Two extra townships: one named like an HTML injection (and best everywhere), one like a formula. */
function addProbes(sheets: Sheets): void {
  const targets = sheets['目标'];
  const actuals = sheets['完成情况'];
  targets.push([XSS_UNIT, '乡镇', 10000, 10, 10000], [FORMULA_UNIT, '乡镇', 10000, 10, 10000]);
  actuals.push([XSS_UNIT, 9500, 12, 50000, 12000, 0.99, 5, null, null], [FORMULA_UNIT, 1000, 1, 0, 100, 0.5, null, 8, null]);
}
