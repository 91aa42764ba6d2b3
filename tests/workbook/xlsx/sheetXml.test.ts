// The sheets written as XML into the copied package (sheetXml.ts, writePackage.ts) look as they did
// when exceljs wrote every cell: the same values, number formats, fills, bold, merges, column
// widths, frozen panes and data bar, read back through exceljs.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunResult, UnitResult } from '../../../src/engine/types';
import { buildResultSheet } from '../../../src/workbook/layout/resultSheet';
import { buildRulesSheet } from '../../../src/workbook/layout/rulesSheet';
import type { SheetPlan } from '../../../src/workbook/sheetPlan';
import { STORE_FORMAT } from '../../../src/workbook/store';
import { planSize, planStyles, renderFrame } from '../../../src/workbook/xlsx/renderPlan';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/XlsxWorkbook';
import { INVESTMENT_RULES } from '../layout/fixtures';

let dir = '';
afterEach(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

function inputBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('数据');
  ws.addRow(['单位', '目标', '完成']);
  ws.addRow(['城关镇', 100, { formula: 'B2*1.2', result: 120 }]);
  ws.getCell('A1').font = { bold: true };
  ws.mergeCells('D1:E1');
  return book;
}

/** The old way: every cell an exceljs cell, in a workbook exceljs writes whole. */
async function asCells(plans: readonly SheetPlan[]): Promise<ExcelJS.Workbook> {
  const book = inputBook();
  for (const plan of plans) {
    const ws = book.addWorksheet(plan.name);
    const styleAt = planStyles(plan);
    const { rows, width } = planSize(plan);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < width; c++) {
        const value = plan.values[r]?.[c] ?? null;
        const style = styleAt(r, c);
        if (value === null && style === null) continue;
        const cell = ws.getCell(r + 1, c + 1);
        if (value !== null) cell.value = typeof value === 'number' && !Number.isFinite(value) ? { error: ExcelJS.ErrorValue.Num } : value;
        if (style !== null) cell.style = style;
      }
    }
    renderFrame(ws, plan);
  }
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await book.xlsx.writeBuffer());
  return out;
}

/** The new way: the input file copied with the sheets added. */
async function asCopy(plans: readonly SheetPlan[]): Promise<ExcelJS.Workbook> {
  dir = await mkdtemp(join(tmpdir(), 'standings-sheetxml-'));
  const input = join(dir, 'in.xlsx');
  await writeFile(input, new Uint8Array(await inputBook().xlsx.writeBuffer()));
  const wb = await XlsxWorkbook.open(input, { outPath: join(dir, 'out.xlsx') });
  await wb.writeRun(plans, { format: STORE_FORMAT, ruleSet: {}, runs: [] }, { replace: false });
  const data = await readFile(join(dir, 'out.xlsx'));
  // No formula in any sheet written: text is text.
  const zip = await JSZip.loadAsync(data);
  for (const name of Object.keys(zip.files).filter((n) => /worksheets\/sheet[2-9]\.xml$/.test(n))) expect(await zip.file(name)!.async('string')).not.toContain('<f');
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(data as unknown as ArrayBuffer);
  return out;
}

/** What a sheet looks like: cells (type, value, format, fill, bold), merges, widths, views, data bars, extent. */
function looks(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      // An empty string is written inline, which exceljs reads back as an empty cell.
      const value = cell.value === '' ? null : cell.value;
      const type = cell.value === '' ? ExcelJS.ValueType.Null : cell.type;
      const fill = cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? null) : null;
      cells.push([cell.address, value === null ? null : type, value, cell.numFmt ?? null, fill, cell.font?.bold === true]);
    }),
  );
  const merges = Object.keys((ws as unknown as { _merges: object })._merges).sort();
  // exceljs keeps them here, untyped; each data bar gets a random id.
  const { conditionalFormattings } = ws as unknown as { conditionalFormattings: { ref: string; rules: object[] }[] };
  const formats = conditionalFormattings.map((f) => ({ ref: f.ref, rules: f.rules.map((r) => ({ ...r, x14Id: undefined })) }));
  return { name: ws.name, cells: cells.filter((c) => (c as unknown[])[1] !== null || (c as unknown[])[3] !== null || (c as unknown[])[4] !== null || (c as unknown[])[5] === true), merges, widths: ws.columns?.map((c) => c.width) ?? [], views: ws.views, formats, dimensions: ws.dimensions.range };
}

const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

/** Every kind of value and style a plan can hold, with merged title lines. */
const mixed: SheetPlan = {
  name: '结果 & <比较>',
  values: [
    ['标题 <&> "引号"', null, null, null, null, null],
    ['第二行', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['排名', '单位', '目标', '完成率', '得分', '备注'],
    [1, '=1+1', 100, 1.2, 60.5, null],
    [2, '', 0.1 + 0.2, -0, Infinity, true],
    [3, ' 城关镇\n二行', 1e21, NaN, -Infinity, false],
    [null, null, null, null, null, null],
    [4, '  空格 ', 5e-324, 0.125, 1.005, '一票否决：事故'],
    [5, '城关镇'],
  ],
  numberFormats: [{ range: range(4, 0, 9, 0), format: '0' }, { range: range(4, 3, 9, 3), format: '0.0%' }, { range: range(4, 4, 9, 4), format: '0.00' }],
  fills: [{ range: range(3, 0, 3, 5), color: '#DDEBF7' }, { range: range(4, 0, 4, 5), color: '#C6EFCE' }, { range: range(6, 0, 6, 5), color: '#FFC7CE' }, { range: range(7, 0, 7, 5), color: '#FFC7CE' }],
  bold: [range(0, 0, 0, 0), range(3, 0, 3, 5)],
  merges: [range(0, 0, 0, 5), range(1, 0, 1, 5)],
  freeze: { rows: 4, columns: 2 },
  columnWidths: [6, 12, 8, 8, 8, 20],
  dataBar: { range: range(4, 4, 9, 4), color: '#5B9BD5' },
  chart: null,
};

const unit = (i: number): UnitResult => ({
  unit: `单位${i}`,
  group: i % 2 ? '乡镇' : '部门',
  rank: i,
  total: 100 - i / 3,
  tier: i === 1 ? '表彰' : i === 40 ? '通报批评' : null,
  tierKind: i === 1 ? 'reward' : i === 40 ? 'penalty' : null,
  veto: i === 40 ? '事故' : null,
  previousRank: i === 3 ? null : i + (i % 3) - 1,
  indicators: { funds: { target: 100, actual: 120 - i, rate: (120 - i) / 100, score: 60 - i / 7 }, count: { target: null, actual: i, rate: null, score: i % 5 === 0 ? null : 40 } },
  bonus: 0,
  deduction: i % 4 === 0 ? 0.5 : 0,
});
const ruleSet = INVESTMENT_RULES;
const result: RunResult = { format: 'standings/result@1', ruleSet: '招商考核', period: { label: '2026-05', elapsed: 5 / 12 }, units: Array.from({ length: 40 }, (_, i) => unit(i + 1)), issues: [] };
const resultPlan = buildResultSheet({ result, ruleSet, lang: 'zh-CN', now: new Date(2026, 5, 1, 9, 5), sheetName: '招商考核 2026-05', hasPreviousRun: true });
const rulesPlan = buildRulesSheet({ ruleSet, period: result.period, sources: ['数据!A1:F41'], lang: 'zh-CN', sheetName: '招商考核 2026-05 说明' });

describe('sheets written as XML into the copied package', () => {
  it('look as exceljs drew them from cells', async () => {
    const plans = [resultPlan, rulesPlan, mixed, { ...mixed, name: '首行空白', values: [[null], [null], [null], ...mixed.values.slice(3)], merges: [range(1, 0, 1, 2)] }];
    const [old, copy] = [await asCells(plans), await asCopy(plans)];
    for (const plan of plans) expect(looks(copy.getWorksheet(plan.name)!), plan.name).toEqual(looks(old.getWorksheet(plan.name)!));
    expect((looks(copy.getWorksheet(resultPlan.name)!) as { cells: unknown[] }).cells.length).toBeGreaterThan(500);
    // The input sheet is the input's.
    expect(copy.getWorksheet('数据')!.getCell('C2').value).toEqual({ formula: 'B2*1.2', result: 120 });
  });
});
