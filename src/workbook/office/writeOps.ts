// Turns a sheet plan (and the store) into sized commands, each queued on a sheet found by name
// in the current request. Big 2-D data is cut into row blocks that fit one request.
import { columnLetters, formatRange } from '../../engine/address';
import type { PlanRange, PlanValue, SheetPlan } from '../sheetPlan';
import { jsonBytes, OP_OVERHEAD, utf8Length } from './budget';
import type { XlContext, XlWorksheet } from './excelApi';
import type { Sized } from './pack';
import { rowBlocks } from './pack';
import { cellInput, TEXT_FORMAT, textMask } from './textCells';

/** What a command sees while it is being queued: the request and its sheets by name. */
export interface BatchScope {
  readonly context: XlContext;
  sheet(name: string): XlWorksheet;
}

export interface WriteOp extends Sized {
  queue(scope: BatchScope): void;
}

export function a1(range: PlanRange): string {
  return formatRange({ sheet: null, top: range.top + 1, left: range.left + 1, bottom: range.bottom + 1, right: range.right + 1 });
}

function op(bytes: number, queue: (scope: BatchScope) => void): WriteOp {
  return { bytes: bytes + OP_OVERHEAD, queue };
}

/** Excel column width in points for `chars` characters of the default font (7 px digits, 5 px padding). */
export function widthPoints(chars: number): number {
  return chars <= 0 ? 0 : Math.trunc(chars * 7 + 5) * 0.75;
}

/** Values as row blocks, each preceded by its Text-format mask (see textCells.ts). */
function valueOps(sheet: string, values: readonly (readonly PlanValue[])[], limit: number): WriteOp[] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0) return [];
  const rows = values.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]);
  const inputs = rows.map(cellInput);
  const masks = rows.map(textMask);
  const sizes = rows.map((_, i) => jsonBytes(inputs[i]) + jsonBytes(masks[i]) + 2);
  return rowBlocks(sizes, limit).map(({ start, end, bytes }) =>
    op(bytes, (scope) => {
      const range = scope.sheet(sheet).getRange(a1({ top: start, bottom: end - 1, left: 0, right: width - 1 }));
      range.numberFormat = masks.slice(start, end);
      range.values = inputs.slice(start, end);
    }),
  );
}

function numberFormatOps(sheet: string, range: PlanRange, format: string, limit: number): WriteOp[] {
  const columns = range.right - range.left + 1;
  const rowBytes = columns * (utf8Length(JSON.stringify(format)) + 1) + 2;
  const sizes = Array<number>(range.bottom - range.top + 1).fill(rowBytes);
  return rowBlocks(sizes, limit).map(({ start, end, bytes }) =>
    op(bytes, (scope) => {
      const block = { ...range, top: range.top + start, bottom: range.top + end - 1 };
      scope.sheet(sheet).getRange(a1(block)).numberFormat = Array.from({ length: end - start }, () => Array<string>(columns).fill(format));
    }),
  );
}

/** Everything one result sheet needs, on a sheet already added under `sheet`. */
export function sheetOps(plan: SheetPlan, sheet: string, limit: number): WriteOp[] {
  const ops: WriteOp[] = [...valueOps(sheet, plan.values, limit)];
  for (const f of plan.numberFormats) ops.push(...numberFormatOps(sheet, f.range, f.format, limit));
  for (const f of plan.fills) {
    ops.push(op(utf8Length(f.color), (s) => void (s.sheet(sheet).getRange(a1(f.range)).format.fill.color = f.color)));
  }
  for (const r of plan.bold) ops.push(op(0, (s) => void (s.sheet(sheet).getRange(a1(r)).format.font.bold = true)));
  for (const r of plan.merges) ops.push(op(0, (s) => s.sheet(sheet).getRange(a1(r)).merge(false)));
  plan.columnWidths.forEach((chars, col) => {
    const column = columnLetters(col + 1);
    ops.push(op(0, (s) => void (s.sheet(sheet).getRange(`${column}:${column}`).format.columnWidth = widthPoints(chars))));
  });
  const freeze = plan.freeze;
  if (freeze !== null && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push(
      op(0, (s) => {
        const panes = s.sheet(sheet).freezePanes;
        if (freeze.columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
        else panes.freezeAt(a1({ top: 0, left: 0, bottom: freeze.rows - 1, right: freeze.columns - 1 }));
      }),
    );
  }
  const bar = plan.dataBar;
  if (bar !== null) {
    ops.push(op(0, (s) => void (s.sheet(sheet).getRange(a1(bar.range)).conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = bar.color)));
  }
  const chart = plan.chart;
  if (chart !== null) {
    ops.push(
      op(utf8Length(chart.title), (s) => {
        const ws = s.sheet(sheet);
        const drawn = ws.charts.add('BarClustered', ws.getRange(a1(chart.values)), 'Columns');
        drawn.title.text = chart.title;
        drawn.legend.visible = false;
        drawn.series.getItemAt(0).setXAxisValues(ws.getRange(a1(chart.categories)));
      }),
    );
  }
  return ops;
}

/** Adds a sheet under a temporary name, hidden until the run is complete. */
export function addSheetOp(name: string, visibility: 'Hidden' | 'VeryHidden'): WriteOp {
  return op(utf8Length(name), (s) => void (s.context.workbook.worksheets.add(name).visibility = visibility));
}

/** The store's rows, all text. */
export function storeOps(sheet: string, rows: readonly string[][], limit: number): WriteOp[] {
  const sizes = rows.map((row) => jsonBytes(row) + jsonBytes(row.map(() => TEXT_FORMAT)) + 2);
  return rowBlocks(sizes, limit).map(({ start, end, bytes }) =>
    op(bytes, (scope) => {
      const block = rows.slice(start, end);
      const range = scope.sheet(sheet).getRange(a1({ top: start, bottom: end - 1, left: 0, right: 0 }));
      range.numberFormat = block.map((row) => row.map(() => TEXT_FORMAT));
      range.values = block;
    }),
  );
}
