// Rows written as sheet XML (sheetRows.ts) give the workbook exceljs writes from cells: the
// same bytes in every part of the file for one sheet, the same cells and styles for several.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../../src/engine/ruleset/schema';
import type { RunResult, UnitResult } from '../../../src/engine/types';
import { buildResultSheet } from '../../../src/workbook/layout/resultSheet';
import { buildRulesSheet } from '../../../src/workbook/layout/rulesSheet';
import type { SheetPlan } from '../../../src/workbook/sheetPlan';
import { planStyles, renderPlan } from '../../../src/workbook/xlsx/renderPlan';
import { cellRowsOf, writeWithRows, type SheetRows } from '../../../src/workbook/xlsx/sheetRows';

const WHEN = new Date(Date.UTC(2026, 10, 23, 8, 0, 0));
const ZIP = { zip: { compressionOptions: { level: 1 } } };

/** An input sheet before the plans: none, a small one, or one over 64 K characters of XML (deflated by zlib). */
type Input = false | true | 'large';

function newBook(input: Input): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.created = WHEN;
  book.modified = WHEN;
  if (input !== false) {
    const ws = book.addWorksheet('数据');
    ws.addRow(['单位', '目标', '完成']);
    ws.addRow(['城关镇', 100, { formula: 'B2*1.2', result: 120 }]);
    ws.getCell('A1').font = { bold: true };
    ws.mergeCells('D1:E1');
    if (input === 'large') for (let i = 0; i < 3000; i++) ws.addRow([`单位${i}`, i * 1.5, `备注 <${i}> & "引号"`]);
  }
  return book;
}

/** The old way: every cell an exceljs cell. */
async function asCells(plans: readonly SheetPlan[], input: Input = false): Promise<ExcelJS.Buffer> {
  const book = newBook(input);
  for (const plan of plans) renderPlan(book.addWorksheet(plan.name), plan);
  return book.xlsx.writeBuffer(ZIP);
}

/** The new way: the rows below the merged lines as XML. */
async function asRows(plans: readonly SheetPlan[], input: Input = false): Promise<ExcelJS.Buffer> {
  const book = newBook(input);
  const rows: SheetRows[] = plans.map((plan) => {
    const ws = book.addWorksheet(plan.name);
    const styles = planStyles(plan);
    const from = cellRowsOf(plan);
    renderPlan(ws, plan, { cellRows: from, styles });
    return { ws, plan, styles, from };
  });
  return writeWithRows(book, rows, ZIP);
}

/** exceljs gives each data bar a random id. */
const guids = (text: string): string => text.replace(/\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}/g, '{GUID}');

async function parts(data: ExcelJS.Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, guids((await zip.file(name)?.async('string')) ?? ''));
  return out;
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
    [3, '城关镇', 1e21, NaN, -Infinity, false],
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

const unit = (i: number, over: Partial<UnitResult> = {}): UnitResult => ({
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
  ...over,
});
const ruleSet: RuleSet = {
  format: 'standings/ruleset@1',
  name: '招商考核',
  unit: { column: '单位', groupColumn: '类别' },
  indicators: [
    { id: 'funds', label: '到位资金', weight: 60, target: '目标', actual: '到位', method: { type: 'ratio' } },
    { id: 'count', label: '项目数', weight: 40, actual: '项目', method: { type: 'relative' } },
  ],
  adjustments: [{ type: 'deduction', column: '扣分' }, { type: 'veto', column: '否决' }],
  total: { precision: 1 },
};
const result: RunResult = { format: 'standings/result@1', ruleSet: '招商考核', period: { label: '2026-05', elapsed: 5 / 12 }, units: Array.from({ length: 40 }, (_, i) => unit(i + 1)), issues: [] };
const resultPlan = buildResultSheet({ result, ruleSet, lang: 'zh-CN', now: new Date(2026, 5, 1, 9, 5), sheetName: '招商考核 2026-05', hasPreviousRun: true });
const rulesPlan = buildRulesSheet({ ruleSet, period: result.period, sources: ['数据!A1:F41'], lang: 'zh-CN', sheetName: '招商考核 2026-05 说明' });

describe('rows written as sheet XML', () => {
  it.each<[string, SheetPlan, Input]>([
    ['every kind of value and style', mixed, false],
    ['a result sheet after an input sheet', resultPlan, true],
    ['a result sheet after a large input sheet', resultPlan, 'large'],
    ['a rules sheet (no merges: every row as XML)', rulesPlan, false],
    ['a sheet whose first lines are blank', { ...mixed, values: [[null], [null], [null], ...mixed.values.slice(3)], merges: [range(1, 0, 1, 2)] }, false],
    ['a sheet of merged lines only', { ...mixed, values: mixed.values.slice(0, 2), numberFormats: [], fills: [], bold: [], dataBar: null }, false],
  ])('%s: byte for byte what exceljs writes from cells', async (_, plan, input) => {
    expect(await parts(await asRows([plan], input))).toEqual(await parts(await asCells([plan], input)));
  });

  it('several sheets: the same cells, values and styles as from cells', async () => {
    const plans = [resultPlan, rulesPlan, mixed];
    const read = async (data: ExcelJS.Buffer): Promise<{ cells: unknown[] }[]> => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(data);
      const sheets = book.worksheets.map((ws) => {
        const cells: unknown[] = [];
        ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.type, cell.value, cell.style])));
        return { name: ws.name, dimensions: ws.dimensions.range, cells, model: { ...ws.model, rows: undefined } };
      });
      return JSON.parse(guids(JSON.stringify(sheets))) as { cells: unknown[] }[];
    };
    const rows = await read(await asRows(plans, true));
    expect(rows.map((s) => s.cells.length)).toEqual([8, 578, 34, 53]);
    expect(rows).toEqual(await read(await asCells(plans, true)));
  });
});
