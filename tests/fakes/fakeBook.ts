// The workbook behind the fake: sheets of sparse cells plus the sheet-level things the adapter
// writes (merges, freeze panes, widths, data bars, charts). Mutations happen only while a sync
// applies its queue; `snapshot()` gives a plain copy that tests compare with `toEqual`.
import { cellKey, colName, formatCells, keyCell, type Rect } from './a1';
import { officeError } from './fakeErrors';

export type CellValue = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeCell {
  /** What `Range.values` reads; '' for an empty cell. Formulas are not calculated. */
  value: CellValue;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
}

/** Cells on a sheet, by the sheet's id so that renaming keeps the reference. */
export interface FakeRef {
  sheetId: string;
  rect: Rect;
}

export interface FakeSeries {
  name: string;
  /** Null for a series added without values yet (not drawn). */
  values: FakeRef | null;
  /** Null: Excel numbers the categories 1, 2, 3. */
  xAxis: FakeRef | null;
}

export interface FakeAxis {
  reversePlotOrder: boolean;
  minimum: number | null;
  /** Where the other axis crosses this one (ExcelApi 1.8). */
  position: string;
  title: string | null;
  titleVisible: boolean;
}

export interface FakeChart {
  name: string;
  type: string;
  /** The sheet of the source range. */
  sheetId: string;
  source: Rect;
  seriesBy: string;
  title: string | null;
  legendVisible: boolean;
  series: FakeSeries[];
  valueAxis: FakeAxis;
  categoryAxis: FakeAxis;
  /** Cells the chart covers, once placed with setPosition. */
  position: { start: Rect; end: Rect | null } | null;
}

export interface FakeConditionalFormat {
  type: string;
  range: Rect;
  fillColor: string | null;
}

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  freeze: { rows: number; columns: number } | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = 'Visible',
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** Changes one cell; drops it when it is back to blank so snapshots stay canonical. */
  patch(row: number, col: number, change: Partial<FakeCell>): void {
    const key = cellKey(row, col);
    const next: FakeCell = { ...(this.cells.get(key) ?? blankCell()), ...change };
    if (isBlank(next)) this.cells.delete(key);
    else this.cells.set(key, next);
  }

  /** Bounding box of the cells holding values (or anything, when `valuesOnly` is false). */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, c] of this.cells) {
      if (valuesOnly && c.value === '' && c.formula === null) continue;
      const { row, col } = keyCell(key);
      rect =
        rect === null
          ? { top: row, left: col, bottom: row, right: col }
          : {
              top: Math.min(rect.top, row),
              left: Math.min(rect.left, col),
              bottom: Math.max(rect.bottom, row),
              right: Math.max(rect.right, col),
            };
    }
    return rect;
  }
}

export function blankCell(): FakeCell {
  return { value: '', formula: null, numberFormat: 'General', fill: null, bold: false };
}

function isBlank(c: FakeCell): boolean {
  return c.value === '' && c.formula === null && c.numberFormat === 'General' && c.fill === null && !c.bold;
}

const BAD_NAME = /[:\\/?*[\]]/;

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  activeId: string | null = null;
  private nextId = 1;

  byName(name: string): FakeSheet | undefined {
    const folded = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === folded);
  }

  byId(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Excel's sheet-name rules: 1–31 characters, none of `:\/?*[]`, no quote at either end, unique ignoring case. */
  checkName(name: string, self: FakeSheet | null, location: string): void {
    if (name.length === 0 || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history') {
      throw officeError('InvalidArgument', location);
    }
    const other = this.byName(name);
    if (other && other !== self) throw officeError('ItemAlreadyExists', location);
  }

  add(name: string): FakeSheet {
    this.checkName(name, null, 'WorksheetCollection.add');
    const sheet = new FakeSheet(`{FAKE-${String(this.nextId++).padStart(4, '0')}}`, name);
    this.sheets.push(sheet);
    if (this.activeId === null) this.activeId = sheet.id;
    return sheet;
  }

  private visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === 'Visible').length;
  }

  /** Excel keeps at least one visible sheet and moves the active sheet off a hidden or deleted one. */
  remove(sheet: FakeSheet): void {
    if (sheet.visibility === 'Visible' && this.visibleCount() === 1) throw officeError('InvalidOperation', 'Worksheet.delete');
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw officeError('ItemNotFound', 'Worksheet.delete');
    this.sheets.splice(index, 1);
    if (this.activeId === sheet.id) this.activeId = this.neighbourVisible(index)?.id ?? null;
  }

  setVisibility(sheet: FakeSheet, visibility: Visibility): void {
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleCount() === 1) {
      throw officeError('InvalidOperation', 'Worksheet.visibility');
    }
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.activeId === sheet.id) {
      this.activeId = this.neighbourVisible(this.sheets.indexOf(sheet))?.id ?? null;
    }
  }

  move(sheet: FakeSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw officeError('InvalidArgument', 'Worksheet.position');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  activate(sheet: FakeSheet): void {
    if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'Worksheet.activate');
    this.activeId = sheet.id;
  }

  private neighbourVisible(index: number): FakeSheet | undefined {
    const visible = (s: FakeSheet | undefined): s is FakeSheet => s !== undefined && s.visibility === 'Visible';
    for (let i = index; i < this.sheets.length; i++) if (visible(this.sheets[i])) return this.sheets[i];
    for (let i = index - 1; i >= 0; i--) if (visible(this.sheets[i])) return this.sheets[i];
    return undefined;
  }

  /** `Sheet!A1:B2` for a reference, by the sheet's name now. */
  private refText(ref: FakeRef | null): string | null {
    return ref === null ? null : `${this.byId(ref.sheetId)?.name ?? `#REF(${ref.sheetId})`}!${formatCells(ref.rect)}`;
  }

  /** Everything about the charts of one sheet: series, axes and place (the snapshot has a summary). */
  chartDetails(sheetName: string): ChartDetail[] {
    const sheet = this.byName(sheetName);
    if (!sheet) throw new TypeError(`fake: no sheet ${sheetName}`);
    const ref = (r: FakeRef | null): string | null => this.refText(r);
    return sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      legendVisible: c.legendVisible,
      series: c.series.map((s) => ({ name: s.name, values: ref(s.values), xAxis: ref(s.xAxis) })),
      valueAxis: { ...c.valueAxis },
      categoryAxis: { ...c.categoryAxis },
      position: c.position === null ? null : `${formatCells(c.position.start)}${c.position.end === null ? '' : `:${formatCells(c.position.end)}`}`,
    }));
  }

  /** A plain, comparable copy of everything the fake holds. */
  snapshot(): BookSnapshot {
    const nameOf = (id: string): string => this.byId(id)?.name ?? `#REF(${id})`;
    const refText = (r: FakeRef | null): string | null => this.refText(r);
    return {
      active: this.activeId === null ? null : nameOf(this.activeId),
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        cells: Object.fromEntries(
          [...s.cells.entries()]
            .sort(([a], [b]) => a - b)
            .map(([key, c]) => {
              const { row, col } = keyCell(key);
              return [`${colName(col)}${row + 1}`, { ...c }];
            }),
        ),
        merges: s.merges.map(formatCells),
        freeze: s.freeze === null ? null : { ...s.freeze },
        columnWidths: Object.fromEntries([...s.columnWidths.entries()].sort(([a], [b]) => a - b).map(([c, w]) => [colName(c), w])),
        conditionalFormats: s.conditionalFormats.map((f) => ({ type: f.type, range: formatCells(f.range), fillColor: f.fillColor })),
        charts: s.charts.map((c) => ({
          type: c.type,
          source: `${nameOf(c.sheetId)}!${formatCells(c.source)}`,
          seriesBy: c.seriesBy,
          title: c.title,
          legendVisible: c.legendVisible,
          xAxis: refText(c.series[0]?.xAxis ?? null),
        })),
      })),
    };
  }
}

export interface SheetSnapshot {
  id: string;
  name: string;
  visibility: Visibility;
  cells: Record<string, FakeCell>;
  merges: string[];
  freeze: { rows: number; columns: number } | null;
  columnWidths: Record<string, number>;
  conditionalFormats: { type: string; range: string; fillColor: string | null }[];
  charts: {
    type: string;
    source: string;
    seriesBy: string;
    title: string | null;
    legendVisible: boolean;
    xAxis: string | null;
  }[];
}

export interface ChartDetail {
  name: string;
  type: string;
  title: string | null;
  legendVisible: boolean;
  series: { name: string; values: string | null; xAxis: string | null }[];
  valueAxis: FakeAxis;
  categoryAxis: FakeAxis;
  /** `A10:J29` (start cell to end cell) once placed. */
  position: string | null;
}

export interface BookSnapshot {
  active: string | null;
  sheets: SheetSnapshot[];
}
