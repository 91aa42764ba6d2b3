// The rows of a sheet plan written straight into the sheet's XML while exceljs saves the
// workbook, instead of as exceljs cells. exceljs keeps every cell as a few objects and renders
// each through its generic XML writer, which made a 20,000-unit result sheet (46 columns) cost
// more than reading and writing the whole input workbook, and 1 GB of memory per 25,000 units.
//
// exceljs still writes everything else of the sheet (columns, frozen panes, merges, the data bar)
// and the rows above `from` (the merged title lines); the rows below are generated a thousand at
// a time into the same XML it would write: same cells, style ids from its own style table,
// strings in its shared string table. The sheets and the shared strings are then deflated by
// Node's zlib (nativeDeflate.ts). This relies on exceljs 4.4's writer (lib/xlsx/xlsx.js:
// `prepareModel` gives cells their ids before the parts are listed, `addWorksheets` appends
// `xl/worksheets/sheet{id}.xml`, styles and shared strings are rendered after the worksheets,
// and `zip.zip` is its jszip); the methods are checked, and without them the rows are drawn as
// cells as before. tests/workbook/xlsx/sheetRows.test.ts checks every part of the file is the one
// exceljs writes from cells.
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { SheetPlan } from '../sheetPlan';
import { zipOf } from './nativeDeflate';
import { planSize, renderCells, type PlanStyles } from './renderPlan';

export interface SheetRows {
  ws: ExcelJS.Worksheet;
  plan: SheetPlan;
  styles: PlanStyles;
  /** First row (0-based) written here; the rows above are exceljs cells. */
  from: number;
}

/** The rows a plan must have as exceljs cells: those of its merges (exceljs writes merged cells). */
export function cellRowsOf(plan: SheetPlan): number {
  let rows = 0;
  for (const m of plan.merges) rows = Math.max(rows, m.bottom + 1);
  return rows;
}

interface ZipWriter {
  append: (data: unknown, options: { name: string; base64?: boolean }) => void;
  /** exceljs's jszip instance, which can load a zip of deflated parts into itself. */
  zip?: { loadAsync?: (data: Uint8Array) => Promise<unknown> };
}
interface WriterModel {
  styles?: { addStyleModel?: (style: object, cellType: number) => number };
  sharedStrings?: { add?: (value: string) => number };
}
interface XlsxWriter {
  prepareModel?: (model: WriterModel, options: unknown) => void;
  addWorksheets?: (zip: ZipWriter, model: WriterModel) => Promise<void>;
  addSharedStrings?: (zip: ZipWriter, model: WriterModel) => Promise<void>;
}

const { Null, Number: NumberType, String: StringType, Boolean: BooleanType, Error: ErrorType } = ExcelJS.ValueType;

/** `A`..`ZZZ` for 1-based columns. */
function columnName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Style and shared-string ids of every cell, registered with exceljs in the order it would. */
interface Prepared {
  rows: SheetRows;
  width: number;
  rowCount: number;
  /** Per cell (row-major from `from`): style id, or -1 when exceljs would make no cell. */
  styleIds: Int32Array;
  /** Per cell: shared string id of a string value. */
  stringIds: Int32Array;
  /** 1-based bounds of the cells with a value (exceljs's `dimensions`), or null. */
  box: Box | null;
}

function typeOf(value: SheetPlan['values'][number][number]): number {
  if (value === null) return Null;
  if (typeof value === 'string') return StringType;
  if (typeof value === 'boolean') return BooleanType;
  return Number.isFinite(value) ? NumberType : ErrorType;
}

function prepare(rows: SheetRows, addStyle: (style: object, cellType: number) => number, addString: (value: string) => number): Prepared {
  const { plan, styles, from } = rows;
  const { rows: rowCount, width } = planSize(plan);
  const size = Math.max(0, rowCount - from) * width;
  const styleIds = new Int32Array(size).fill(-1);
  const stringIds = new Int32Array(size);
  // exceljs gives a cell without a style a fresh `{}`, whose id depends on the cell's type only;
  // a shared style object keeps the id of its first use (exceljs's WeakMap), as here.
  const unstyled = new Map<number, number>();
  const styled = new Map<object, Map<number, number>>();
  let box: Box | null = null;
  let i = 0;
  for (let r = from; r < rowCount; r++) {
    const values = plan.values[r] ?? [];
    for (let c = 0; c < width; c++, i++) {
      const value = values[c] ?? null;
      const style = styles(r, c);
      if (value === null && style === null) continue;
      const type = typeOf(value);
      if (style === null) {
        let id = unstyled.get(type);
        if (id === undefined) unstyled.set(type, (id = addStyle({}, type)));
        styleIds[i] = id;
      } else {
        let byType = styled.get(style);
        if (byType === undefined) styled.set(style, (byType = new Map<number, number>()));
        let id = byType.get(type);
        if (id === undefined) byType.set(type, (id = addStyle(style, type)));
        styleIds[i] = id;
      }
      if (typeof value === 'string') stringIds[i] = addString(value);
      if (value !== null) {
        if (box === null) box = { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
        else {
          box.bottom = r + 1;
          box.left = Math.min(box.left, c + 1);
          box.right = Math.max(box.right, c + 1);
        }
      }
    }
  }
  return { rows, width, rowCount, styleIds, stringIds, box };
}

const ROWS_PER_CHUNK = 1000;

/** The XML of rows [start, end) of the prepared part, as exceljs's RowXform and CellXform write it. */
function rowsXml(p: Prepared, columns: readonly string[], start: number, end: number): string {
  const { plan, from } = p.rows;
  const parts: string[] = [];
  for (let r = start; r < end; r++) {
    const base = (r - from) * p.width;
    let min = 0;
    let max = 0;
    for (let c = 0; c < p.width; c++) {
      if (p.styleIds[base + c] < 0) continue;
      if (min === 0) min = c + 1;
      max = c + 1;
    }
    if (min === 0) continue;
    const n = r + 1;
    let xml = `<row r="${n}" spans="${min}:${max}" x14ac:dyDescent="0.25">`;
    const values = plan.values[r] ?? [];
    for (let c = min - 1; c < max; c++) {
      const style = p.styleIds[base + c];
      if (style < 0) continue;
      const value = values[c] ?? null;
      const s = style === 0 ? '' : ` s="${style}"`;
      if (value === null) xml += `<c r="${columns[c]}${n}"${s}/>`;
      else if (typeof value === 'string') xml += `<c r="${columns[c]}${n}"${s} t="s"><v>${p.stringIds[base + c]}</v></c>`;
      else if (typeof value === 'boolean') xml += `<c r="${columns[c]}${n}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
      else if (Number.isFinite(value)) xml += `<c r="${columns[c]}${n}"${s}><v>${value}</v></c>`;
      else xml += `<c r="${columns[c]}${n}"${s} t="e"><v>#NUM!</v></c>`;
    }
    parts.push(`${xml}</row>`);
  }
  return parts.join('');
}

const ref = (b: Box): string => `${columnName(b.left)}${b.top}:${columnName(b.right)}${b.bottom}`;

/** Plain Uint8Arrays, not Buffers: jszip copies a Buffer byte by byte before deflating it. */
function bytes(text: string, encoding: BufferEncoding): Uint8Array {
  const b = Buffer.from(text, encoding);
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** The sheet exceljs rendered, with the prepared rows in before `</sheetData>`, a thousand rows a chunk. */
function* sheetChunks(rendered: string, p: Prepared): Generator<Uint8Array> {
  let prefix: string;
  let suffix: string;
  const empty = rendered.indexOf('<sheetData/>');
  if (empty >= 0) {
    prefix = `${rendered.slice(0, empty)}<sheetData>`;
    suffix = `</sheetData>${rendered.slice(empty + '<sheetData/>'.length)}`;
  } else {
    const end = rendered.lastIndexOf('</sheetData>');
    if (end < 0) throw new Error('exceljs wrote a worksheet without <sheetData>');
    prefix = rendered.slice(0, end);
    suffix = rendered.slice(end);
  }
  if (p.box !== null) {
    // exceljs's dimension covers the cells it holds (title lines, merged cells): add the rows written here.
    const { plan, from } = p.rows;
    const headHasCells = plan.merges.length > 0 || plan.values.slice(0, from).some((row) => row.some((v) => v !== null));
    const box: Box = { ...p.box };
    const head = /<dimension ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/.exec(prefix);
    if (headHasCells && head !== null) {
      const col = (name: string): number => [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      box.top = Math.min(box.top, Number(head[2]));
      box.left = Math.min(box.left, col(head[1]));
      box.bottom = Math.max(box.bottom, Number(head[4]));
      box.right = Math.max(box.right, col(head[3]));
    }
    prefix = prefix.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref(box)}"/>`);
  }
  const columns = Array.from({ length: p.width }, (_, c) => columnName(c + 1));
  yield bytes(prefix, 'utf8');
  for (let r = p.rows.from; r < p.rowCount; r += ROWS_PER_CHUNK) {
    // Only digits, ids and tags: ASCII.
    yield bytes(rowsXml(p, columns, r, Math.min(p.rowCount, r + ROWS_PER_CHUNK)), 'latin1');
  }
  yield bytes(suffix, 'utf8');
}

/** Parts at least this long are deflated by Node's zlib (nativeDeflate.ts). */
const NATIVE_MIN_CHARS = 1 << 16;

/**
 * Runs `step` (an exceljs step that appends parts to the zip), with the sheets in `fill` filled
 * with their rows and every large part deflated by Node's zlib when jszip can load it; in its
 * place a blank part keeps the order of the parts in the file.
 */
async function deflatingNatively(zip: ZipWriter, fill: Map<string, Prepared>, step: () => Promise<void>): Promise<void> {
  const append = zip.append;
  if (typeof append !== 'function') throw new Error('exceljs writer without zip.append');
  const native: { name: string; chunks: Iterable<Uint8Array> }[] = [];
  zip.append = (data, appendOptions) => {
    const { name } = appendOptions;
    const p = fill.get(name);
    if (typeof data === 'string' && p !== undefined) {
      fill.delete(name);
      native.push({ name, chunks: sheetChunks(data, p) });
      append.call(zip, '', { name });
    } else if (typeof data === 'string' && data.length >= NATIVE_MIN_CHARS && appendOptions.base64 !== true) {
      native.push({ name, chunks: [bytes(data, 'utf8')] });
      append.call(zip, '', { name });
    } else {
      append.call(zip, data, appendOptions);
    }
  };
  try {
    await step();
  } finally {
    zip.append = append;
  }
  const jszip = zip.zip;
  if (typeof jszip?.loadAsync === 'function') {
    if (native.length > 0) await jszip.loadAsync(await zipOf(native, new Date()));
  } else {
    for (const part of native) append.call(zip, Readable.from(part.chunks, { objectMode: true }), { name: part.name });
  }
}

/**
 * `book.xlsx.writeBuffer(options)`, with the rows of each `SheetRows` from its `from` row written
 * as sheet XML; `renderPlan(ws, plan, { cellRows: from })` drew the rest of each sheet.
 */
export async function writeWithRows(book: ExcelJS.Workbook, sheets: readonly SheetRows[], options: Partial<ExcelJS.XlsxWriteOptions>): Promise<ExcelJS.Buffer> {
  const pending = sheets.filter((s) => s.from < planSize(s.plan).rows);
  if (pending.length === 0) return book.xlsx.writeBuffer(options);
  const xlsx = book.xlsx as unknown as XlsxWriter;
  const { prepareModel, addWorksheets, addSharedStrings } = xlsx;
  if (typeof prepareModel !== 'function' || typeof addWorksheets !== 'function') {
    for (const s of pending) renderCells(s.ws, s.plan, s.styles, s.from, planSize(s.plan).rows);
    return book.xlsx.writeBuffer(options);
  }
  const byFile = new Map<string, Prepared>();
  // Right after exceljs has given its own cells their style and string ids, before it lists the
  // parts of the file (a shared string table only the rows here fill must still be listed).
  xlsx.prepareModel = (model: WriterModel, prepareOptions: unknown): void => {
    prepareModel.call(xlsx, model, prepareOptions);
    const addStyle = model.styles?.addStyleModel?.bind(model.styles);
    const addString = model.sharedStrings?.add?.bind(model.sharedStrings);
    if (addStyle === undefined || addString === undefined) throw new Error('exceljs writer without styles.addStyleModel or sharedStrings.add');
    for (const s of pending) byFile.set(`xl/worksheets/sheet${s.ws.id}.xml`, prepare(s, addStyle, addString));
  };
  xlsx.addWorksheets = async (zip: ZipWriter, model: WriterModel): Promise<void> => {
    await deflatingNatively(zip, byFile, () => addWorksheets.call(xlsx, zip, model));
    if (byFile.size > 0) throw new Error(`exceljs did not write ${[...byFile.keys()].join(', ')}`);
  };
  if (typeof addSharedStrings === 'function') {
    xlsx.addSharedStrings = (zip: ZipWriter, model: WriterModel): Promise<void> => deflatingNatively(zip, byFile, () => addSharedStrings.call(xlsx, zip, model));
  }
  try {
    return await book.xlsx.writeBuffer(options);
  } finally {
    xlsx.prepareModel = prepareModel;
    xlsx.addWorksheets = addWorksheets;
    if (addSharedStrings !== undefined) xlsx.addSharedStrings = addSharedStrings;
  }
}
