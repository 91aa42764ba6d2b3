// A sheet plan as a worksheet part. exceljs draws the sheet's frame (column widths, frozen panes,
// merges, the data bar with its Excel 2010 extension: renderPlan.ts) into a small workbook of its
// own; its worksheet part is taken with its <sheetData> replaced by the plan's cells, generated
// here a thousand rows at a time: exceljs kept every cell as several objects and rendered each
// through its generic XML writer, which cost more than reading and writing the whole input.
//
// The cells are the same as exceljs wrote them (rows with spans, merged cells carrying the first
// cell's style), except that strings are inline (`t="inlineStr"`), so that the input's shared
// strings are copied unchanged, and style indices are those appendStyles.ts gave in the input's
// styles. Strings are always text: nothing here writes an <f>, so `=1+1` stays the text it is.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PlanValue, SheetPlan } from '../sheetPlan';
import type { CellStyle } from './appendStyles';
import { planSize, planStyles, renderFrame } from './renderPlan';
import { escapeCellText } from './xml';

/** The distinct styles of the sheets being written, in first-use order. */
export class StyleList {
  readonly styles: CellStyle[] = [];
  private readonly byObject = new Map<object, number>();

  indexOf(style: Partial<ExcelJS.Style>): number {
    let i = this.byObject.get(style);
    if (i === undefined) {
      const cell: CellStyle = {};
      if (style.numFmt !== undefined) cell.numFmt = style.numFmt;
      const fill = style.fill;
      if (fill?.type === 'pattern' && fill.fgColor?.argb !== undefined) cell.fill = fill.fgColor.argb;
      if (style.font?.bold === true) cell.bold = true;
      i = this.styles.length;
      this.styles.push(cell);
      this.byObject.set(style, i);
    }
    return i;
  }
}

/** No cell at this place. */
const NO_CELL = -1;
/** A cell without a style (index 0 of the workbook's cell styles). */
const PLAIN = -2;

export interface PreparedSheet {
  plan: SheetPlan;
  width: number;
  rowCount: number;
  /** Per cell (row-major): an index into the StyleList, NO_CELL or PLAIN. */
  cells: Int32Array;
  /** 1-based bounds of the cells written, or null. */
  box: { top: number; left: number; bottom: number; right: number } | null;
}

export function prepareSheet(plan: SheetPlan, list: StyleList): PreparedSheet {
  const { rows: rowCount, width } = planSize(plan);
  const styleAt = planStyles(plan);
  const cells = new Int32Array(rowCount * width).fill(NO_CELL);
  let box: PreparedSheet['box'] = null;
  const mark = (r: number, c: number, value: number): void => {
    cells[r * width + c] = value;
    if (box === null) box = { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
    else {
      box.top = Math.min(box.top, r + 1);
      box.bottom = Math.max(box.bottom, r + 1);
      box.left = Math.min(box.left, c + 1);
      box.right = Math.max(box.right, c + 1);
    }
  };
  for (let r = 0; r < rowCount; r++) {
    const values = plan.values[r] ?? [];
    for (let c = 0; c < width; c++) {
      const style = styleAt(r, c);
      if (style !== null) mark(r, c, list.indexOf(style));
      else if ((values[c] ?? null) !== null) mark(r, c, PLAIN);
    }
  }
  // exceljs writes every cell of a merge, with the style of its first cell.
  for (const m of plan.merges) {
    const first = cells[m.top * width + m.left];
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) mark(r, c, first === NO_CELL ? PLAIN : first);
    if (first === NO_CELL) mark(m.top, m.left, PLAIN);
  }
  return { plan, width, rowCount, cells, box };
}

/** `A`..`XFD` for 1-based columns. */
function columnName(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function cellXml(ref: string, s: string, value: PlanValue): string {
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === 'string') {
    // exceljs's rule for keeping white space at the ends and line breaks.
    const space = /^\s|\n|\s$/.test(value) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeCellText(value)}</t></is></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  // A number Excel cannot hold (±Infinity, NaN): Excel's own overflow error, not `<v>Infinity</v>` (damaged content).
  if (!Number.isFinite(value)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}"${s}><v>${value}</v></c>`;
}

const ROWS_PER_CHUNK = 1000;

function rowsXml(p: PreparedSheet, xfIds: readonly number[], columns: readonly string[], start: number, end: number): string {
  const parts: string[] = [];
  for (let r = start; r < end; r++) {
    const base = r * p.width;
    let min = 0;
    let max = 0;
    for (let c = 0; c < p.width; c++) {
      if (p.cells[base + c] === NO_CELL) continue;
      if (min === 0) min = c + 1;
      max = c + 1;
    }
    if (min === 0) continue;
    const n = r + 1;
    let xml = `<row r="${n}" spans="${min}:${max}" x14ac:dyDescent="0.25">`;
    const values = p.plan.values[r] ?? [];
    for (let c = min - 1; c < max; c++) {
      const cell = p.cells[base + c];
      if (cell === NO_CELL) continue;
      const id = cell === PLAIN ? 0 : xfIds[cell];
      xml += cellXml(`${columns[c]}${n}`, id === 0 ? '' : ` s="${id}"`, values[c] ?? null);
    }
    parts.push(`${xml}</row>`);
  }
  return parts.join('');
}

/** Each plan's worksheet part as exceljs writes it with no cells: the frame the cells go into. */
export async function renderFrames(plans: readonly SheetPlan[]): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  const sheets = plans.map((plan, i) => {
    // Names do not matter here, only the parts; exceljs checks them as Excel does.
    const ws = book.addWorksheet(`s${i}`);
    renderFrame(ws, plan);
    return ws;
  });
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  return Promise.all(
    sheets.map(async (ws) => {
      const part = zip.file(`xl/worksheets/sheet${ws.id}.xml`);
      if (part === null) throw new Error(`exceljs wrote no part for worksheet ${ws.id}`);
      return part.async('string');
    }),
  );
}

/** Plain Uint8Arrays, not Buffers: jszip copies a Buffer byte by byte. */
function bytes(text: string): Uint8Array {
  const b = Buffer.from(text, 'utf8');
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** The frame with the prepared cells in place of its sheetData, a thousand rows a chunk. */
export function* sheetChunks(frame: string, p: PreparedSheet, xfIds: readonly number[]): Generator<Uint8Array> {
  const open = frame.indexOf('<sheetData');
  const empty = frame.indexOf('<sheetData/>');
  const close = empty >= 0 ? empty + '<sheetData/>'.length : frame.indexOf('</sheetData>') + '</sheetData>'.length;
  if (open < 0 || close < open) throw new Error('exceljs wrote a worksheet without <sheetData>');
  let prefix = frame.slice(0, open);
  if (p.box !== null) {
    const ref = `${columnName(p.box.left)}${p.box.top}:${columnName(p.box.right)}${p.box.bottom}`;
    prefix = prefix.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`);
  }
  yield bytes(`${prefix}<sheetData>`);
  const columns = Array.from({ length: p.width }, (_, c) => columnName(c + 1));
  for (let r = 0; r < p.rowCount; r += ROWS_PER_CHUNK) yield bytes(rowsXml(p, xfIds, columns, r, Math.min(p.rowCount, r + ROWS_PER_CHUNK)));
  yield bytes(`</sheetData>${frame.slice(close)}`);
}
