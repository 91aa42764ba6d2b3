// Ranges: values and number formats as 2-D arrays checked against the range's shape, the
// formatting the result sheet uses, merges and data bars.
import { formatCells, parseCells, quoteSheetName, splitSheet, MAX_COLUMNS, MAX_ROWS, type Rect } from './a1';
import { ClientObject, type Batch } from './clientObject';
import type { FakeConditionalFormat, FakeSheet } from './fakeBook';
import { NullObjectSkip, officeError, propertyNotLoaded } from './fakeErrors';
import type { FakeWorksheet } from './fakeWorksheet';
import { interpretInput } from './cellInput';

export type RangeSpec =
  | { kind: 'address'; address: string }
  | { kind: 'all' }
  | { kind: 'used'; valuesOnly: boolean; orNull: boolean };

const RANGE_PROPS = ['values', 'numberFormat', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'] as const;

export class FakeRange extends ClientObject {
  protected readonly scalarProps: readonly string[] = RANGE_PROPS;
  private resolved: { sheet: FakeSheet; rect: Rect } | null | undefined = undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    batch: Batch,
    private readonly worksheet: FakeWorksheet,
    private readonly spec: RangeSpec,
  ) {
    super(batch, 'Range');
    this.format = new FakeRangeFormat(batch, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(batch, this);
  }

  /** Sheet and cells, fixed at first use inside a sync, as Office does; commands on a null range are skipped. */
  target(location: string): { sheet: FakeSheet; rect: Rect } {
    this.resolveNow(location);
    if (this.resolved === null || this.resolved === undefined) throw new NullObjectSkip();
    return this.resolved;
  }

  resolveNow(location = 'Range'): void {
    if (this.resolved === undefined) this.resolved = this.resolve(location);
  }

  /** Null for an empty used range `...OrNullObject`, and for any range of a null worksheet. */
  private resolve(location: string): { sheet: FakeSheet; rect: Rect } | null {
    const sheet = this.worksheet.sheetOrNull(location);
    if (sheet === null) return null;
    switch (this.spec.kind) {
      case 'all':
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      case 'used': {
        const rect = sheet.usedRect(this.spec.valuesOnly);
        if (rect === null) return this.spec.orNull ? null : { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
        return { sheet, rect };
      }
      case 'address': {
        const { sheet: named, cells } = splitSheet(this.spec.address);
        if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) throw officeError('InvalidArgument', 'Worksheet.getRange');
        const rect = parseCells(cells);
        if (rect === null) throw officeError('InvalidArgument', 'Worksheet.getRange');
        return { sheet, rect };
      }
    }
  }

  protected override exists(): boolean {
    this.resolveNow('Range.load');
    return this.resolved !== null;
  }

  get isNullObject(): boolean {
    if (this.resolved === undefined) throw propertyNotLoaded('Range', 'isNullObject');
    return this.resolved === null;
  }

  protected fetch(prop: string): unknown {
    const { sheet, rect } = this.target(`Range.${prop}`);
    switch (prop) {
      case 'values':
        return grid(rect, (r, c) => sheet.cell(r, c)?.value ?? '');
      case 'numberFormat':
        return grid(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
      case 'address':
        return `${quoteSheetName(sheet.name)}!${formatCells(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      default:
        throw officeError('InvalidArgument', `Range.${prop}`);
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }

  /** Each string is taken as typed: `=…` becomes a formula unless the cell is formatted as Text. */
  set values(input: unknown[][]) {
    this.set('values', input, () => {
      const { sheet, rect } = this.target('Range.values');
      eachInput(rect, input, 'Range.values', (r, c, v) => {
        const change = interpretInput(v, sheet.cell(r, c)?.numberFormat ?? 'General');
        if (change !== null) sheet.patch(r, c, change);
      });
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(input: unknown[][]) {
    this.set('numberFormat', input, () => {
      const { sheet, rect } = this.target('Range.numberFormat');
      eachInput(rect, input, 'Range.numberFormat', (r, c, v) => {
        if (v === null) return;
        if (typeof v !== 'string') throw officeError('InvalidArgument', 'Range.numberFormat');
        sheet.patch(r, c, { numberFormat: v });
      });
    });
  }

  get address(): string {
    return this.read('address');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get columnCount(): number {
    return this.read('columnCount');
  }

  merge(across = false): void {
    this.call('merge', [across], () => {
      const { sheet, rect } = this.target('Range.merge');
      const parts = across ? rowsOf(rect) : [rect];
      for (const part of parts) {
        if (sheet.merges.some((m) => overlaps(m, part))) throw officeError('InvalidOperation', 'Range.merge');
        if (part.top !== part.bottom || part.left !== part.right) sheet.merges.push(part);
      }
    });
  }

  select(): void {
    this.call('select', [], () => {
      const { sheet } = this.target('Range.select');
      this.batch.book.activate(sheet);
    });
  }
}

export class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { bold: boolean };

  constructor(
    private readonly batch: Batch,
    private readonly range: FakeRange,
  ) {
    const setCells = (location: string, value: unknown, change: (v: unknown) => Parameters<FakeSheet['patch']>[2]) => {
      batch.enqueue({ set: location, value }, () => {
        const { sheet, rect } = range.target(location);
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.patch(r, c, change(value));
      });
    };
    this.fill = {
      get color(): string {
        throw propertyNotLoaded('RangeFill', 'color');
      },
      set color(value: string) {
        setCells('RangeFill.color', value, (v) => ({ fill: typeof v === 'string' && v !== '' ? v.toUpperCase() : null }));
      },
    };
    this.font = {
      get bold(): boolean {
        throw propertyNotLoaded('RangeFont', 'bold');
      },
      set bold(value: boolean) {
        setCells('RangeFont.bold', value, (v) => ({ bold: v === true }));
      },
    };
  }

  get columnWidth(): number {
    throw propertyNotLoaded('RangeFormat', 'columnWidth');
  }

  /** In points, for every column the range touches. */
  set columnWidth(points: number) {
    this.batch.enqueue({ set: 'RangeFormat.columnWidth', value: points }, () => {
      if (typeof points !== 'number' || !(points >= 0)) throw officeError('InvalidArgument', 'RangeFormat.columnWidth');
      const { sheet, rect } = this.range.target('RangeFormat.columnWidth');
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}

export class FakeConditionalFormatCollection {
  constructor(
    private readonly batch: Batch,
    private readonly range: FakeRange,
  ) {}

  add(type: string): { dataBar: { positiveFormat: { fillColor: string } } } {
    let record: FakeConditionalFormat | null = null;
    this.batch.enqueue({ call: 'ConditionalFormatCollection.add', args: [type] }, () => {
      if (type !== 'DataBar') throw officeError('InvalidArgument', 'ConditionalFormatCollection.add');
      const { sheet, rect } = this.range.target('ConditionalFormatCollection.add');
      record = { type, range: rect, fillColor: null };
      sheet.conditionalFormats.push(record);
    });
    const batch = this.batch;
    return {
      dataBar: {
        positiveFormat: {
          get fillColor(): string {
            throw propertyNotLoaded('ConditionalDataBarPositiveFormat', 'fillColor');
          },
          set fillColor(value: string) {
            batch.enqueue({ set: 'ConditionalDataBarPositiveFormat.fillColor', value }, () => {
              if (record === null) throw officeError('ItemNotFound', 'ConditionalDataBarPositiveFormat.fillColor');
              record.fillColor = value.toUpperCase();
            });
          },
        },
      },
    };
  }
}

function grid<T>(rect: Rect, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

/** Office takes one value for the whole range or a 2-D array of exactly the range's shape. */
function eachInput(rect: Rect, input: unknown, location: string, put: (row: number, col: number, value: unknown) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) put(rect.top + r, rect.left + c, input);
    return;
  }
  if (input.length !== rows || !input.every((row) => Array.isArray(row) && row.length === cols)) {
    throw officeError('InvalidArgument', location);
  }
  (input as unknown[][]).forEach((row, r) => row.forEach((v, c) => put(rect.top + r, rect.left + c, v)));
}

function rowsOf(rect: Rect): Rect[] {
  const out: Rect[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) out.push({ ...rect, top: r, bottom: r });
  return out;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
