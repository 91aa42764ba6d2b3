// The slice of the Excel JavaScript API the adapter uses, as plain structural types. The real
// `Excel.run` fits them (checked in officeHost.ts under the office-js types) and so does the fake
// in tests/fakes, so the adapter compiles without the office-js globals and runs on either.

export type XlVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface XlContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

export type XlRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

export interface XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

export interface XlWorksheets {
  readonly items: XlWorksheet[];
  load(props: string): unknown;
  /** By name or by id. */
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet {
  name: string;
  readonly id: string;
  /** Read as a string: Office types it as an enum or its literal values. */
  visibility: string;
  /** 0-based place among all sheets. */
  position: number;
  readonly isNullObject: boolean;
  load(props: string): unknown;
  getRange(address?: string): XlRange;
  getUsedRange(valuesOnly?: boolean): XlRange;
  /** ExcelApi 1.4; a null object when the sheet holds nothing. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  readonly freezePanes: {
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    freezeAt(frozenRange: XlRange | string): void;
  };
  readonly charts: {
    add(type: 'BarClustered' | 'LineMarkers', sourceData: XlRange, seriesBy?: 'Columns' | 'Rows'): XlChart;
  };
  delete(): void;
  activate(): void;
}

export interface XlRange {
  values: unknown[][];
  get numberFormat(): unknown[][];
  /** A 2-D array of the range's shape, or one format for every cell. */
  set numberFormat(format: unknown[][] | string);
  readonly rowIndex: number;
  readonly rowCount: number;
  /**
   * True for a range reached through a null object (`getItemOrNullObject` that found nothing).
   * Excel skips commands on null objects instead of failing the request, and their loaded
   * properties read as undefined, so check the object that may be null before reading.
   */
  readonly isNullObject: boolean;
  load(props: string): unknown;
  readonly format: {
    readonly fill: { color: string };
    readonly font: { bold: boolean };
    columnWidth: number;
  };
  readonly conditionalFormats: {
    add(type: 'DataBar'): { readonly dataBar: { readonly positiveFormat: { fillColor: string } } };
  };
  merge(across?: boolean): void;
}

export interface XlChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: {
    getItemAt(index: number): XlChartSeries;
    /** ExcelApi 1.7. */
    add(name?: string): XlChartSeries;
  };
  readonly axes: { readonly valueAxis: XlChartAxis; readonly categoryAxis: XlChartAxis };
  /** ExcelApi 1.1: the chart covers these cells. */
  setPosition(startCell: string, endCell?: string): void;
}

export interface XlChartSeries {
  name: string;
  /** ExcelApi 1.7. */
  setValues(sourceData: XlRange): void;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: XlRange): void;
}

export interface XlChartAxis {
  /** ExcelApi 1.7. */
  reversePlotOrder: boolean;
  /** ExcelApi 1.1 (Office types it `any`). */
  minimum: unknown;
  /** ExcelApi 1.8: where the other axis crosses this one. */
  position: string;
  readonly title: { text: string; visible: boolean };
}
