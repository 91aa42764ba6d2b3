// Reads cells of one worksheet part as Office.js `Range.values` would give them, streaming the
// part through the XML parser and keeping only the cells of the ranges asked for: formulas as
// their cached results, shared and inline strings as text (rich text flattened), errors as their
// text (`#N/A`), booleans, numbers, and numbers in a date format as Date, with exceljs's rules
// for each (lib/xlsx/xform/sheet/cell-xform.js), so that a workbook reads as it did through it.
import type JSZip from 'jszip';
import { decodeCellText, xmlParser } from './xml';

/** A formula cell with no cached result, refused when read (unless its result is a cached ""). */
export const NO_CACHED_VALUE = Symbol('no cached value');

export type CellRead = string | number | boolean | Date | typeof NO_CACHED_VALUE;

/** 1-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ReadContext {
  strings: readonly string[];
  /** Per cell style index: a number in it reads as a Date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

export interface SheetCells {
  /** Per rect, its rows from `top` (missing when the sheet has no cell there), each as wide as the rect ('' for blanks). */
  grids: CellRead[][][];
  /** The last row of each rect holding a cell (0 when none). */
  lastRows: number[];
  merges: Rect[];
}

/** `B12` → [12, 2]; null when malformed. */
function parseRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i).replace(/\$/g, ''));
  return Number.isInteger(row) && row > 0 ? [row, col] : null;
}

/** `A1:C3` (or `B2`) → its rect. */
export function parseRect(ref: string): Rect | null {
  const [a, b = a] = ref.split(':');
  const from = parseRef(a.replace(/\$/g, ''));
  const to = parseRef(b.replace(/\$/g, ''));
  if (from === null || to === null) return null;
  return { top: Math.min(from[0], to[0]), left: Math.min(from[1], to[1]), bottom: Math.max(from[0], to[0]), right: Math.max(from[1], to[1]) };
}

const excelToDate = (v: number, date1904: boolean): Date => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** Streams the part through the parser and collects the cells inside `rects`. */
export async function readSheetCells(zip: JSZip, path: string, rects: readonly Rect[], context: ReadContext): Promise<SheetCells> {
  const grids: CellRead[][][] = rects.map(() => []);
  const lastRows = rects.map(() => 0);
  const merges: Rect[] = [];
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));

  let row = 0;
  let col = 0;
  // The cell being read.
  let wanted = false;
  let type: string | undefined;
  let style = 0;
  let value: string | null = null;
  let formula = false;
  let inline: string | null = null;
  let node: 'v' | 'f' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;

  const put = (cell: CellRead): void => {
    rects.forEach((rect, i) => {
      if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) return;
      const grid = grids[i];
      let line = grid[row - rect.top];
      if (line === undefined) line = grid[row - rect.top] = new Array<CellRead>(rect.right - rect.left + 1).fill('');
      line[col - rect.left] = cell;
      lastRows[i] = Math.max(lastRows[i], row);
    });
  };

  const number = (text: string): number | Date => {
    const n = parseFloat(text);
    return style > 0 && context.dateStyles[style] === true ? excelToDate(n, context.date1904) : n;
  };

  const cellValue = (): CellRead => {
    if (formula) {
      // exceljs: `if (model.value)`, so an empty cached result is no result.
      if (value === null || value === '') return type === 'str' ? '' : NO_CACHED_VALUE;
      if (type === 'str') return value;
      if (type === 'b') return parseInt(value, 10) !== 0;
      if (type === 'e') return value;
      return number(value);
    }
    if (type === 'inlineStr') return inline === null ? '' : decodeCellText(inline);
    if (value === null) return '';
    switch (type) {
      case 's':
        return context.strings[parseInt(value, 10)] ?? '';
      case 'str':
      case 'e':
        return value;
      case 'b':
        return parseInt(value, 10) !== 0;
      case 'd': {
        // A time without a zone is the sheet's wall clock, kept in UTC as serial dates are (not the machine's zone).
        const date = new Date(/T[\d:.]+$/.test(value) ? `${value}Z` : value);
        return Number.isNaN(date.getTime()) ? value : date;
      }
      default:
        return number(value);
    }
  };

  const parser = xmlParser({
    open: (tag) => {
      switch (tag.name) {
        case 'row': {
          const r = tag.attributes.r;
          row = r === undefined ? row + 1 : Number(r);
          col = 0;
          break;
        }
        case 'c': {
          const ref = tag.attributes.r;
          const at = ref === undefined ? null : parseRef(ref);
          if (at === null) col += 1;
          else [row, col] = at;
          wanted = row >= top && row <= bottom && rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
          type = tag.attributes.t;
          style = Number(tag.attributes.s ?? 0);
          value = null;
          formula = false;
          inline = null;
          node = null;
          inInline = false;
          phonetic = 0;
          break;
        }
        case 'v':
          node = 'v';
          break;
        case 'f':
          node = 'f';
          // exceljs: `model.formula || model.shareType`.
          if (tag.attributes.t !== undefined) formula = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          if (inInline) node = 't';
          break;
        case 'mergeCell': {
          const rect = parseRect(tag.attributes.ref ?? '');
          if (rect !== null) merges.push(rect);
          break;
        }
        default:
          break;
      }
    },
    text: (text) => {
      if (!wanted || node === null) return;
      if (node === 'v') value = (value ?? '') + text;
      else if (node === 'f') formula ||= text !== '';
      else if (phonetic === 0) inline = (inline ?? '') + text;
    },
    close: (tag) => {
      switch (tag.name) {
        case 'c':
          if (wanted) put(cellValue());
          wanted = false;
          break;
        case 'v':
        case 'f':
        case 't':
          node = null;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        default:
          break;
      }
    },
  });

  // The part inflated a piece at a time (jszip's stream), each piece parsed as it comes.
  const decoder = new TextDecoder('utf-8');
  await new Promise<void>((resolve, reject) => {
    const stream = zip.files[path].nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch (error) {
          stream.pause();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      })
      .on('error', (error: Error) => reject(error))
      .on('end', () => {
        try {
          parser.write(decoder.decode());
          parser.close();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      })
      .resume();
  });
  return { grids, lastRows, merges };
}
