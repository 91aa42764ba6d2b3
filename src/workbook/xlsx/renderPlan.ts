// A SheetPlan's styles by cell, and the parts of it exceljs draws on a worksheet (everything but
// the cells, which sheetXml.ts writes).
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

interface Span<T> {
  from: number;
  to: number;
  value: T;
}

/** Spans of a property by line (row or column): the last span covering a cell wins, as when applied in order. */
function spansBy<T>(items: readonly { range: PlanRange; value: T }[], byRow: boolean): Map<number, Span<T>[]> {
  const out = new Map<number, Span<T>[]>();
  for (const { range, value } of items) {
    const [first, last, from, to] = byRow ? [range.top, range.bottom, range.left, range.right] : [range.left, range.right, range.top, range.bottom];
    for (let line = first; line <= last; line++) {
      let list = out.get(line);
      if (list === undefined) out.set(line, (list = []));
      list.push({ from, to, value });
    }
  }
  return out;
}

function lookup<T>(spans: Map<number, Span<T>[]>, line: number, at: number): T | undefined {
  let found: T | undefined;
  for (const s of spans.get(line) ?? []) if (s.from <= at && at <= s.to) found = s.value;
  return found;
}

/**
 * Cells that look the same share one style object. exceljs recognises a style object it has seen
 * and skips re-indexing it, which makes a 100,000-row sheet several times faster to save.
 */
function styleCache(): (numFmt: string | undefined, fill: string | undefined, bold: boolean) => Partial<ExcelJS.Style> | null {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return (numFmt, fill, bold) => {
    if (numFmt === undefined && fill === undefined && !bold) return null;
    const key = `${numFmt ?? ''}|${fill ?? ''}|${bold ? 1 : 0}`;
    let style = cache.get(key);
    if (style === undefined) {
      style = {};
      if (numFmt !== undefined) style.numFmt = numFmt;
      if (fill !== undefined) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill) } };
      if (bold) style.font = { bold: true };
      cache.set(key, style);
    }
    return style;
  };
}

/** The style of each cell of a plan: number format by column, fill and bold by row, shared objects. */
export type PlanStyles = (row: number, column: number) => Partial<ExcelJS.Style> | null;

export function planStyles(plan: SheetPlan): PlanStyles {
  const formats = spansBy(plan.numberFormats.map((f) => ({ range: f.range, value: f.format })), false);
  const fills = spansBy(plan.fills.map((f) => ({ range: f.range, value: f.color })), true);
  const bold = spansBy(plan.bold.map((range) => ({ range, value: true })), true);
  const styleOf = styleCache();
  return (r, c) => styleOf(lookup(formats, c, r), lookup(fills, r, c), lookup(bold, r, c) === true);
}

/** Rows and columns a plan covers: its values and the ranges styled. */
export function planSize(plan: SheetPlan): { rows: number; width: number } {
  const styled = [...plan.numberFormats.map((f) => f.range), ...plan.fills.map((f) => f.range), ...plan.bold];
  let rows = plan.values.length;
  let width = 0;
  for (const row of plan.values) width = Math.max(width, row.length);
  for (const range of styled) {
    rows = Math.max(rows, range.bottom + 1);
    width = Math.max(width, range.right + 1);
  }
  return { rows, width };
}

/**
 * Draws everything of the plan but its cells on the worksheet: column widths, frozen panes, merges
 * and the data bar. The cells are written as sheet XML (sheetXml.ts) in place of the sheetData
 * exceljs writes for this sheet.
 */
export function renderFrame(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  plan.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
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
