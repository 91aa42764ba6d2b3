// Worksheets: the collection, one sheet and its freeze panes (its charts: fakeChart.ts).
import { ClientObject, type Batch } from './clientObject';
import type { FakeSheet, Visibility } from './fakeBook';
import { FakeChartCollection } from './fakeChart';
import { NullObjectSkip, officeError, propertyNotLoaded } from './fakeErrors';
import { FakeSelectionEvents } from './fakeEvents';
import { FakeRange, type RangeSpec } from './fakeRange';

const SHEET_PROPS = ['name', 'id', 'visibility', 'position'] as const;
const VISIBILITIES: readonly string[] = ['Visible', 'Hidden', 'VeryHidden'];

export class FakeWorksheetCollection extends ClientObject {
  protected readonly scalarProps: readonly string[] = [];
  private loadedItems: FakeWorksheet[] | null = null;
  /** ExcelApi 1.9: selection changes on any sheet (fakeEvents.ts). */
  readonly onSelectionChanged: FakeSelectionEvents;

  constructor(batch: Batch) {
    super(batch, 'WorksheetCollection');
    this.onSelectionChanged = new FakeSelectionEvents(batch);
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) throw propertyNotLoaded('WorksheetCollection', 'items');
    return this.loadedItems;
  }

  protected override extraLoadable(prop: string): boolean {
    return prop === 'items' || (prop.startsWith('items/') && (SHEET_PROPS as readonly string[]).includes(prop.slice(6)));
  }

  protected fetch(prop: string): unknown {
    const sub = prop === 'items' ? [...SHEET_PROPS] : [prop.slice(6)];
    // Each load of `items` hands over the sheets as they are now; sub-properties accumulate.
    const byId = new Map((this.loadedItems ?? []).map((w) => [w.peekId(), w]));
    this.loadedItems = this.batch.book.sheets.map((sheet) => {
      const proxy = byId.get(sheet.id) ?? FakeWorksheet.bound(this.batch, sheet);
      for (const p of sub) proxy.preloadFrom(p);
      return proxy;
    });
    return this.batch.book.sheets.map((s) => Object.fromEntries(sub.map((p) => [p, fetchSheetProp(s, this.batch, p)])));
  }

  /** By name (ignoring case) or by id, as Office allows. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, () => this.find(key), false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.batch, () => this.find(key), true);
    // Office resolves the object at the next sync so that `isNullObject` can be read.
    this.batch.enqueue({ call: 'WorksheetCollection.getItemOrNullObject', args: [key] }, () => sheet.resolve());
    return sheet;
  }

  private find(key: string): FakeSheet | null {
    return this.batch.book.byName(key) ?? this.batch.book.byId(key) ?? null;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.batch,
      () => {
        const id = this.batch.book.activeId;
        return id === null ? null : (this.batch.book.byId(id) ?? null);
      },
      false,
    );
  }

  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.batch, () => null, false);
    this.call('add', [name ?? null], () => {
      const book = this.batch.book;
      let chosen = name;
      for (let n = book.sheets.length + 1; chosen === undefined; n++) if (!book.byName(`Sheet${n}`)) chosen = `Sheet${n}`;
      proxy.bind(book.add(chosen));
    });
    return proxy;
  }
}

function fetchSheetProp(sheet: FakeSheet, batch: Batch, prop: string): unknown {
  switch (prop) {
    case 'name':
      return sheet.name;
    case 'id':
      return sheet.id;
    case 'visibility':
      return sheet.visibility;
    case 'position':
      return batch.book.sheets.indexOf(sheet);
    default:
      throw officeError('InvalidArgument', `Worksheet.${prop}`);
  }
}

export class FakeWorksheet extends ClientObject {
  protected readonly scalarProps: readonly string[] = SHEET_PROPS;
  /** undefined until resolved at a sync; null for a null object. */
  private sheet: FakeSheet | null | undefined = undefined;
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;

  constructor(
    batch: Batch,
    private readonly resolver: () => FakeSheet | null,
    private readonly orNull: boolean,
  ) {
    super(batch, 'Worksheet');
    this.freezePanes = new FakeFreezePanes(batch, this);
    this.charts = new FakeChartCollection(batch, this);
  }

  static bound(batch: Batch, sheet: FakeSheet): FakeWorksheet {
    const proxy = new FakeWorksheet(batch, () => sheet, false);
    proxy.bind(sheet);
    return proxy;
  }

  bind(sheet: FakeSheet): void {
    this.sheet = sheet;
  }

  resolve(): void {
    if (this.sheet === undefined) this.sheet = this.resolver();
  }

  peekId(): string | undefined {
    return this.sheet?.id;
  }

  preloadFrom(prop: string): void {
    if (this.sheet) this.preload(prop, fetchSheetProp(this.sheet, this.batch, prop));
  }

  /**
   * The sheet, resolved on first use inside a sync: ItemNotFound when it does not exist, and the
   * command skipped when this is a null object (see NullObjectSkip).
   */
  target(location: string): FakeSheet {
    const sheet = this.sheetOrNull(location);
    if (sheet === null) throw new NullObjectSkip();
    return sheet;
  }

  /** The sheet, or null when this is a null object; objects reached through it are null too. */
  sheetOrNull(location: string): FakeSheet | null {
    this.resolve();
    if (this.sheet === null && this.orNull) return null;
    if (!this.sheet) throw officeError('ItemNotFound', location);
    if (!this.batch.book.sheets.includes(this.sheet)) throw officeError('ItemNotFound', location);
    return this.sheet;
  }

  protected override exists(): boolean {
    this.resolve();
    if (this.sheet === null && !this.orNull) throw officeError('ItemNotFound', 'Worksheet.load');
    return this.sheet !== null;
  }

  protected fetch(prop: string): unknown {
    return fetchSheetProp(this.target(`Worksheet.${prop}`), this.batch, prop);
  }

  get isNullObject(): boolean {
    if (this.sheet === undefined) throw propertyNotLoaded('Worksheet', 'isNullObject');
    return this.sheet === null;
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.set('name', value, () => {
      const sheet = this.target('Worksheet.name');
      this.batch.book.checkName(value, sheet, 'Worksheet.name');
      sheet.name = value;
    });
  }

  get id(): string {
    return this.read('id');
  }

  get position(): number {
    return this.read('position');
  }

  /** Moves the sheet to this 0-based place among all sheets (hidden ones count). */
  set position(value: number) {
    this.set('position', value, () => this.batch.book.move(this.target('Worksheet.position'), value));
  }

  get visibility(): Visibility {
    return this.read('visibility');
  }

  set visibility(value: Visibility) {
    this.set('visibility', value, () => {
      if (!VISIBILITIES.includes(value)) throw officeError('InvalidArgument', 'Worksheet.visibility');
      this.batch.book.setVisibility(this.target('Worksheet.visibility'), value);
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(address === undefined ? { kind: 'all' } : { kind: 'address', address });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range({ kind: 'used', valuesOnly: valuesOnly === true, orNull: false });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = this.range({ kind: 'used', valuesOnly: valuesOnly === true, orNull: true });
    // As for getItemOrNullObject: resolved at the next sync so that `isNullObject` can be read.
    this.batch.enqueue({ call: 'Worksheet.getUsedRangeOrNullObject', args: [valuesOnly ?? false] }, () => range.resolveNow());
    return range;
  }

  private range(spec: RangeSpec): FakeRange {
    return new FakeRange(this.batch, this, spec);
  }

  delete(): void {
    this.call('delete', [], () => this.batch.book.remove(this.target('Worksheet.delete')));
  }

  activate(): void {
    this.call('activate', [], () => this.batch.book.activate(this.target('Worksheet.activate')));
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly batch: Batch,
    private readonly sheet: FakeWorksheet,
  ) {}

  private apply(method: string, args: unknown[], freeze: () => { rows: number; columns: number } | null): void {
    this.batch.enqueue({ call: `WorksheetFreezePanes.${method}`, args }, () => {
      this.sheet.target(`WorksheetFreezePanes.${method}`).freeze = freeze();
    });
  }

  freezeRows(count = 1): void {
    this.apply('freezeRows', [count], () => (count > 0 ? { rows: count, columns: 0 } : null));
  }

  freezeColumns(count = 1): void {
    this.apply('freezeColumns', [count], () => (count > 0 ? { rows: 0, columns: count } : null));
  }

  /** The range names the cells kept in view: its bottom-right corner sets the split. */
  freezeAt(frozen: FakeRange | string): void {
    const range = typeof frozen === 'string' ? this.sheet.getRange(frozen) : frozen;
    this.apply('freezeAt', [typeof frozen === 'string' ? frozen : '<Range>'], () => {
      const { rect } = range.target('WorksheetFreezePanes.freezeAt');
      return { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }

  unfreeze(): void {
    this.apply('unfreeze', [], () => null);
  }
}
