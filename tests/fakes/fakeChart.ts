// Charts: the collection, a chart, its series, axes, title and legend. Each is a client object:
// setters and methods are queued and take effect at the sync, and a property reads only after
// `load` and a sync brought it over (PropertyNotLoaded otherwise), as in Office.js.
// The chart itself exists only once the sync that runs `charts.add` has applied it; commands on
// it queued in the same batch find it then, in order.
import { parseCells, type Rect } from './a1';
import { ClientObject, type Batch } from './clientObject';
import type { FakeAxis, FakeChart, FakeSeries, FakeSheet } from './fakeBook';
import { officeError } from './fakeErrors';
import type { FakeRange } from './fakeRange';
import type { FakeWorksheet } from './fakeWorksheet';

/** The chart types the fake draws; others are refused as an unknown enum value would be. */
const CHART_TYPES: readonly string[] = ['BarClustered', 'ColumnClustered', 'Line', 'LineMarkers', 'Pie', 'XYScatter'];
const SERIES_BY: readonly string[] = ['Auto', 'Columns', 'Rows'];
const AXIS_POSITIONS: readonly string[] = ['Automatic', 'Maximum', 'Minimum', 'Custom'];
/** "The name's length should not be greater than 255 characters" (ChartSeries.name). */
const MAX_SERIES_NAME = 255;

export function blankAxis(): FakeAxis {
  return { reversePlotOrder: false, minimum: null, position: 'Automatic', title: null, titleVisible: false };
}

/**
 * The series Excel makes from a source range: one per column or per row (`Auto`: per column
 * when the range has at least as many rows as columns). The fake takes no header row or column
 * out of the range: callers that want names and labels set them.
 */
function seriesFrom(sheet: FakeSheet, source: Rect, seriesBy: string): FakeSeries[] {
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && source.bottom - source.top >= source.right - source.left);
  const out: FakeSeries[] = [];
  if (byColumns) {
    for (let c = source.left; c <= source.right; c++) out.push({ name: `Series${out.length + 1}`, values: { sheetId: sheet.id, rect: { ...source, left: c, right: c } }, xAxis: null });
  } else {
    for (let r = source.top; r <= source.bottom; r++) out.push({ name: `Series${out.length + 1}`, values: { sheetId: sheet.id, rect: { ...source, top: r, bottom: r } }, xAxis: null });
  }
  return out;
}

export class FakeChartCollection extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['count'];

  constructor(
    batch: Batch,
    private readonly sheet: FakeWorksheet,
  ) {
    super(batch, 'ChartCollection');
  }

  protected fetch(prop: string): unknown {
    if (prop === 'count') return this.sheet.target('ChartCollection.count').charts.length;
    throw officeError('InvalidArgument', `ChartCollection.${prop}`);
  }

  get count(): number {
    return this.read('count');
  }

  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChartProxy {
    const proxy = new FakeChartProxy(this.batch);
    this.batch.enqueue({ call: 'ChartCollection.add', args: [type, '<Range>', seriesBy] }, () => {
      if (!CHART_TYPES.includes(type) || !SERIES_BY.includes(seriesBy)) throw officeError('InvalidArgument', 'ChartCollection.add');
      const sheet = this.sheet.target('ChartCollection.add');
      const source = sourceData.target('ChartCollection.add');
      const chart: FakeChart = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sheetId: source.sheet.id,
        source: source.rect,
        seriesBy,
        title: null,
        legendVisible: true,
        series: seriesFrom(source.sheet, source.rect, seriesBy),
        valueAxis: blankAxis(),
        categoryAxis: blankAxis(),
        position: null,
      };
      sheet.charts.push(chart);
      proxy.chart = chart;
    });
    return proxy;
  }
}

/** Resolves to the chart once the sync that adds it has run. */
type ChartRef = (location: string) => FakeChart;

export class FakeChartProxy extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['name', 'chartType'];
  chart: FakeChart | null = null;
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly series: FakeChartSeriesCollection;
  readonly axes: { readonly valueAxis: FakeChartAxis; readonly categoryAxis: FakeChartAxis };

  constructor(batch: Batch) {
    super(batch, 'Chart');
    const ref: ChartRef = (location) => {
      if (this.chart === null) throw officeError('ItemNotFound', location);
      return this.chart;
    };
    this.title = new FakeChartTitle(batch, ref);
    this.legend = new FakeChartLegend(batch, ref);
    this.series = new FakeChartSeriesCollection(batch, ref);
    this.axes = {
      valueAxis: new FakeChartAxis(batch, (l) => ref(l).valueAxis, 'Value'),
      categoryAxis: new FakeChartAxis(batch, (l) => ref(l).categoryAxis, 'Category'),
    };
  }

  private target(location: string): FakeChart {
    if (this.chart === null) throw officeError('ItemNotFound', location);
    return this.chart;
  }

  protected fetch(prop: string): unknown {
    const chart = this.target(`Chart.${prop}`);
    return prop === 'name' ? chart.name : chart.type;
  }

  get name(): string {
    return this.read('name');
  }

  get chartType(): string {
    return this.read('chartType');
  }

  /** The chart covers the cells from `startCell` to `endCell` (or keeps its size at `startCell`). */
  setPosition(startCell: string, endCell?: string): void {
    this.call('setPosition', [startCell, endCell ?? null], () => {
      const chart = this.target('Chart.setPosition');
      const start = parseCells(startCell);
      const end = endCell === undefined ? null : parseCells(endCell);
      if (start === null || (endCell !== undefined && end === null)) throw officeError('InvalidArgument', 'Chart.setPosition');
      chart.position = { start, end };
    });
  }
}

export class FakeChartTitle extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['text', 'visible'];

  constructor(
    batch: Batch,
    private readonly ref: ChartRef,
  ) {
    super(batch, 'ChartTitle');
  }

  protected fetch(prop: string): unknown {
    const chart = this.ref(`ChartTitle.${prop}`);
    return prop === 'text' ? (chart.title ?? '') : chart.title !== null;
  }

  get text(): string {
    return this.read('text');
  }

  set text(value: string) {
    this.set('text', value, () => void (this.ref('ChartTitle.text').title = value));
  }
}

export class FakeChartLegend extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['visible'];

  constructor(
    batch: Batch,
    private readonly ref: ChartRef,
  ) {
    super(batch, 'ChartLegend');
  }

  protected fetch(prop: string): unknown {
    return this.ref(`ChartLegend.${prop}`).legendVisible;
  }

  get visible(): boolean {
    return this.read('visible');
  }

  set visible(value: boolean) {
    this.set('visible', value, () => void (this.ref('ChartLegend.visible').legendVisible = value));
  }
}

export class FakeChartSeriesCollection extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['count'];

  constructor(
    batch: Batch,
    private readonly ref: ChartRef,
  ) {
    super(batch, 'ChartSeriesCollection');
  }

  protected fetch(prop: string): unknown {
    return this.ref(`ChartSeriesCollection.${prop}`).series.length;
  }

  get count(): number {
    return this.read('count');
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.batch, (location) => {
      const found = this.ref(location).series[index];
      if (found === undefined) throw officeError('ItemNotFound', 'ChartSeriesCollection.getItemAt');
      return found;
    });
  }

  /** ExcelApi 1.7: a new series, drawn once it has values. */
  add(name?: string, index?: number): FakeChartSeries {
    let added: FakeSeries | null = null;
    this.batch.enqueue({ call: 'ChartSeriesCollection.add', args: [name ?? null, index ?? null] }, () => {
      const list = this.ref('ChartSeriesCollection.add').series;
      const badIndex = index !== undefined && (!Number.isInteger(index) || index < 0 || index > list.length);
      if (badIndex || (name?.length ?? 0) > MAX_SERIES_NAME) throw officeError('InvalidArgument', 'ChartSeriesCollection.add');
      added = { name: name ?? `Series${list.length + 1}`, values: null, xAxis: null };
      list.splice(index ?? list.length, 0, added);
    });
    return new FakeChartSeries(this.batch, (location) => {
      if (added === null) throw officeError('ItemNotFound', location);
      return added;
    });
  }
}

export class FakeChartSeries extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['name'];

  constructor(
    batch: Batch,
    private readonly ref: (location: string) => FakeSeries,
  ) {
    super(batch, 'ChartSeries');
  }

  protected fetch(prop: string): unknown {
    return this.ref(`ChartSeries.${prop}`).name;
  }

  get name(): string {
    return this.read('name');
  }

  /** Up to 255 characters, as Office documents. */
  set name(value: string) {
    this.set('name', value, () => {
      if (value.length > MAX_SERIES_NAME) throw officeError('InvalidArgument', 'ChartSeries.name');
      this.ref('ChartSeries.name').name = value;
    });
  }

  setValues(sourceData: FakeRange): void {
    this.call('setValues', ['<Range>'], () => {
      const series = this.ref('ChartSeries.setValues');
      const { sheet, rect } = sourceData.target('ChartSeries.setValues');
      series.values = { sheetId: sheet.id, rect };
    });
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.call('setXAxisValues', ['<Range>'], () => {
      const series = this.ref('ChartSeries.setXAxisValues');
      const { sheet, rect } = sourceData.target('ChartSeries.setXAxisValues');
      series.xAxis = { sheetId: sheet.id, rect };
    });
  }
}

export class FakeChartAxis extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['reversePlotOrder', 'minimum', 'position'];
  readonly title: FakeChartAxisTitle;

  constructor(
    batch: Batch,
    private readonly ref: (location: string) => FakeAxis,
    private readonly kind: 'Value' | 'Category',
  ) {
    super(batch, 'ChartAxis');
    this.title = new FakeChartAxisTitle(batch, ref);
  }

  protected fetch(prop: string): unknown {
    const axis = this.ref(`ChartAxis.${prop}`);
    if (prop === 'reversePlotOrder') return axis.reversePlotOrder;
    if (prop === 'minimum') return axis.minimum;
    return axis.position;
  }

  get reversePlotOrder(): boolean {
    return this.read('reversePlotOrder');
  }

  set reversePlotOrder(value: boolean) {
    this.set('reversePlotOrder', value, () => void (this.ref('ChartAxis.reversePlotOrder').reversePlotOrder = value));
  }

  get minimum(): unknown {
    return this.read('minimum');
  }

  /** Only a value axis has a numeric scale. */
  set minimum(value: unknown) {
    this.set('minimum', value, () => {
      if (this.kind !== 'Value' || typeof value !== 'number') throw officeError('InvalidArgument', 'ChartAxis.minimum');
      this.ref('ChartAxis.minimum').minimum = value;
    });
  }

  get position(): string {
    return this.read('position');
  }

  /** ExcelApi 1.8: where the other axis crosses this one. */
  set position(value: string) {
    this.set('position', value, () => {
      if (!AXIS_POSITIONS.includes(value)) throw officeError('InvalidArgument', 'ChartAxis.position');
      this.ref('ChartAxis.position').position = value;
    });
  }
}

export class FakeChartAxisTitle extends ClientObject {
  protected readonly scalarProps: readonly string[] = ['text', 'visible'];

  constructor(
    batch: Batch,
    private readonly ref: (location: string) => FakeAxis,
  ) {
    super(batch, 'ChartAxisTitle');
  }

  protected fetch(prop: string): unknown {
    const axis = this.ref(`ChartAxisTitle.${prop}`);
    return prop === 'text' ? (axis.title ?? '') : axis.titleVisible;
  }

  get text(): string {
    return this.read('text');
  }

  set text(value: string) {
    this.set('text', value, () => void (this.ref('ChartAxisTitle.text').title = value));
  }

  get visible(): boolean {
    return this.read('visible');
  }

  set visible(value: boolean) {
    this.set('visible', value, () => void (this.ref('ChartAxisTitle.visible').titleVisible = value));
  }
}
