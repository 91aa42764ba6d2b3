// Turns a sheet plan (and the store) into sized commands, each queued on a sheet found by name
// in the current request. Big 2-D data is cut into row blocks that fit one request; a format
// shared by a whole range goes as one value (Microsoft's "Update all cells in a range").
import { columnLetters, formatRange } from '../../engine/address';
import type { BarChartPlan, LineChartPlan, PlanRange, PlanValue, SheetPlan } from '../sheetPlan';
import { jsonBytes, OP_OVERHEAD, utf8Length } from './budget';
import type { XlContext, XlWorksheet } from './excelApi';
import { lastRowFitting, prefixSums, type Sized } from './pack';
import { cellInput, GENERAL_FORMAT, TEXT_FORMAT, textMask } from './textCells';
import { textRanges } from './textRanges';

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

/**
 * One command over rows start..stop-1 that `pack` may cut between rows to fill a request;
 * `queueRows` queues the rows of one part.
 */
function rowsOp(sums: Float64Array, start: number, stop: number, queueRows: (scope: BatchScope, start: number, end: number) => void): WriteOp {
  return {
    bytes: sums[stop] - sums[start] + OP_OVERHEAD,
    queue: (scope) => queueRows(scope, start, stop),
    split: (room) => {
      const end = Math.max(start + 1, lastRowFitting(sums, start, stop, room - OP_OVERHEAD));
      return end >= stop ? null : [rowsOp(sums, start, end, queueRows), rowsOp(sums, end, stop, queueRows)];
    },
  };
}

/** Excel column width in points for `chars` characters of the default font (7 px digits, 5 px padding). */
export function widthPoints(chars: number): number {
  return chars <= 0 ? 0 : Math.trunc(chars * 7 + 5) * 0.75;
}

/**
 * At most this many rectangles, else masks: a command's real envelope is estimated (OP_OVERHEAD),
 * while a mask is data whose size is known; 2,000 commands twice as large as estimated still
 * leave the request under the 5 MB Excel on the web refuses.
 */
const MAX_TEXT_RANGES = 2_000;

/**
 * The values, every string cell in Text format first (textCells.ts). Usually a few rectangles
 * set to `@` in one command each (textRanges.ts), then the values alone in row blocks; when the
 * strings are too scattered for that to be smaller, each row block carries its own mask.
 */
function valueOps(sheet: string, values: readonly (readonly PlanValue[])[]): WriteOp[] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  if (width === 0) return [];
  const rows = values.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]);
  const inputs = rows.map(cellInput);
  const masks = rows.map(textMask);
  const maskBytes = masks.reduce((sum, mask) => sum + jsonBytes(mask), 0);
  const texts = textRanges(rows);
  // Every cell General first (a template's Normal style may be Text), then the texts' rectangles.
  const textOps = [formatOp(sheet, { top: 0, left: 0, bottom: rows.length - 1, right: width - 1 }, GENERAL_FORMAT), ...texts.map((range) => formatOp(sheet, range, TEXT_FORMAT))];
  const byRanges = texts.length <= MAX_TEXT_RANGES && textOps.reduce((sum, o) => sum + o.bytes, 0) < maskBytes;
  const sums = prefixSums(rows.map((_, i) => jsonBytes(inputs[i]) + (byRanges ? 0 : jsonBytes(masks[i])) + 2));
  const all = rowsOp(sums, 0, rows.length, (scope, start, end) => {
    const range = scope.sheet(sheet).getRange(a1({ top: start, bottom: end - 1, left: 0, right: width - 1 }));
    if (!byRanges) range.numberFormat = masks.slice(start, end);
    range.values = inputs.slice(start, end);
  });
  return byRanges ? [...textOps, all] : [all];
}

/** One format for a whole range: Office applies a single value to every cell of the range. */
function formatOp(sheet: string, range: PlanRange, format: string): WriteOp {
  const address = a1(range);
  return op(utf8Length(address) + utf8Length(JSON.stringify(format)), (scope) => {
    scope.sheet(sheet).getRange(address).numberFormat = format;
  });
}

/** Everything one result sheet needs, on a sheet already added under `sheet`. */
export function sheetOps(plan: SheetPlan, sheet: string, features: HostFeatures = ALL_FEATURES): WriteOp[] {
  const ops: WriteOp[] = [...valueOps(sheet, plan.values)];
  for (const f of plan.numberFormats) ops.push(formatOp(sheet, f.range, f.format));
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
  if (chart !== null) ops.push(chart.kind === 'line' ? lineChartOp(sheet, chart, features) : barChartOp(sheet, chart));
  return ops;
}

/** What the host offers beyond the ExcelApi 1.7 the adapter requires. */
export interface HostFeatures {
  /** ExcelApi 1.8: `ChartAxis.position`, to keep a reversed axis's categories along the bottom. */
  axisPosition: boolean;
}

export const ALL_FEATURES: HostFeatures = { axisPosition: true };

function barChartOp(sheet: string, chart: BarChartPlan): WriteOp {
  return op(utf8Length(chart.title), (s) => {
    const ws = s.sheet(sheet);
    const drawn = ws.charts.add('BarClustered', ws.getRange(a1(chart.values)), 'Columns');
    drawn.title.text = chartText(chart.title);
    drawn.legend.visible = false;
    drawn.series.getItemAt(0).setXAxisValues(ws.getRange(a1(chart.categories)));
  });
}

/** Excel's limit on a series name (ChartSeries.name) and the one we keep titles to. */
export const MAX_CHART_TEXT = 255;

/**
 * Text for a chart's title or a series name: cut to 255 UTF-16 units (no pair split), and with
 * a zero-width space before a leading `=`, so that a unit named `=1+1` shows as itself and can
 * never be taken for a reference to cells (as Excel takes a series name typed that way).
 */
export function chartText(text: string): string {
  const guarded = /^\s*=/.test(text) ? `\u200B${text}` : text;
  let out = '';
  for (const ch of guarded) {
    if (out.length + ch.length > MAX_CHART_TEXT) break;
    out += ch;
  }
  return out;
}

/**
 * A line per series, all in one command: the chart starts from the first series' cells and the
 * others are added to it (ChartSeriesCollection.add, setValues and setXAxisValues: ExcelApi 1.7),
 * so Excel never guesses which cells are names, labels or values.
 */
function lineChartOp(sheet: string, chart: LineChartPlan, features: HostFeatures): WriteOp {
  const bytes = utf8Length(chart.title) + utf8Length(chart.valueAxis.title) + chart.series.reduce((sum, x) => sum + utf8Length(x.name) + OP_OVERHEAD, 0);
  return op(bytes, (s) => {
    const [first, ...rest] = chart.series;
    if (first === undefined) return;
    const ws = s.sheet(sheet);
    const categories = a1(chart.categories);
    const drawn = ws.charts.add('LineMarkers', ws.getRange(a1(first.values)), 'Rows');
    drawn.title.text = chartText(chart.title);
    const head = drawn.series.getItemAt(0);
    head.name = chartText(first.name);
    head.setXAxisValues(ws.getRange(categories));
    for (const next of rest) {
      const added = drawn.series.add(chartText(next.name));
      added.setValues(ws.getRange(a1(next.values)));
      added.setXAxisValues(ws.getRange(categories));
    }
    const axis = drawn.axes.valueAxis;
    if (chart.valueAxis.minimum !== null) axis.minimum = chart.valueAxis.minimum;
    if (chart.valueAxis.reversed) {
      axis.reversePlotOrder = true;
      // Reversed, the category axis would cross at the top (at the minimum); move it down.
      if (features.axisPosition) axis.position = 'Maximum';
    }
    axis.title.text = chartText(chart.valueAxis.title);
    axis.title.visible = true;
    if (chart.position !== null) {
      const { top, left, bottom, right } = chart.position;
      drawn.setPosition(a1({ top, left, bottom: top, right: left }), a1({ top: bottom, left: right, bottom, right }));
    }
  });
}

/** Adds a sheet under a temporary name, hidden until the run is complete. */
export function addSheetOp(name: string, visibility: 'Hidden' | 'VeryHidden'): WriteOp {
  return op(utf8Length(name), (s) => void (s.context.workbook.worksheets.add(name).visibility = visibility));
}

/** The store's rows, all text. */
export function storeOps(sheet: string, rows: readonly string[][]): WriteOp[] {
  if (rows.length === 0) return [];
  const sums = prefixSums(rows.map((row) => jsonBytes(row) + jsonBytes(row.map(() => TEXT_FORMAT)) + 2));
  return [
    rowsOp(sums, 0, rows.length, (scope, start, end) => {
      const block = rows.slice(start, end);
      const range = scope.sheet(sheet).getRange(a1({ top: start, bottom: end - 1, left: 0, right: 0 }));
      range.numberFormat = block.map((row) => row.map(() => TEXT_FORMAT));
      range.values = block;
    }),
  ];
}
