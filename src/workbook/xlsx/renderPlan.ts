// Draws a SheetPlan on an exceljs worksheet. Strings are always written as text: exceljs only makes
// a formula from a `{ formula }` object, so `=1+1` stays the text it is.
import type ExcelJS from 'exceljs';
import { cellAddress } from '../../engine/address';
import type { PlanRange, SheetPlan } from '../sheetPlan';

/** `#C6EFCE` → `FFC6EFCE`. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

function a1(range: PlanRange): string {
  const from = cellAddress('x', range.top + 1, range.left + 1).slice(2);
  const to = cellAddress('x', range.bottom + 1, range.right + 1).slice(2);
  return `${from}:${to}`;
}

function eachCell(ws: ExcelJS.Worksheet, range: PlanRange, apply: (cell: ExcelJS.Cell) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) apply(ws.getCell(r + 1, c + 1));
}

export function renderPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const { range, format } of plan.numberFormats) eachCell(ws, range, (cell) => (cell.numFmt = format));
  for (const { range, color } of plan.fills) {
    eachCell(ws, range, (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } }));
  }
  for (const range of plan.bold) eachCell(ws, range, (cell) => (cell.font = { bold: true }));
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  plan.columnWidths.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  if (plan.freeze !== null) ws.views = [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  if (plan.dataBar !== null) {
    // exceljs writes `color` for data bars although its typings leave it out.
    const rule = {
      type: 'dataBar' as const,
      priority: 1,
      gradient: false,
      cfvo: [{ type: 'min' as const }, { type: 'max' as const }],
      color: { argb: argb(plan.dataBar.color) },
    };
    ws.addConditionalFormatting({ ref: a1(plan.dataBar.range), rules: [rule] });
  }
  // Charts: exceljs cannot write them; the Office adapter draws `plan.chart`.
}
