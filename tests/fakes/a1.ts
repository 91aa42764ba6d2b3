// A1 addresses as the fake Excel reads and reports them. Written apart from the adapter's own
// address code on purpose, so a shared bug cannot hide on both sides.

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function colName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;

/** Splits off a `Sheet!` or `'My sheet'!` prefix. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, cells: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cells: address.slice(bang + 1) };
}

/** `A1`, `A1:C3`, `A:C` (whole columns) or `2:4` (whole rows); null when malformed. */
export function parseCells(cells: string): Rect | null {
  const [a, b = a, extra] = cells.trim().split(':');
  if (a === undefined || extra !== undefined) return null;
  const p = PART.exec(a);
  const q = PART.exec(b);
  if (!p || !q) return null;
  const [, c1, r1] = p;
  const [, c2, r2] = q;
  if ((c1 === undefined) !== (c2 === undefined) || (r1 === undefined) !== (r2 === undefined)) return null;
  if (c1 === undefined && r1 === undefined) return null;
  // A lone `A` or `3` is not an address; whole columns and rows need the colon.
  if ((c1 === undefined || r1 === undefined) && !cells.includes(':')) return null;
  const top = r1 === undefined ? 0 : Number(r1) - 1;
  const bottom = r2 === undefined ? MAX_ROWS - 1 : Number(r2) - 1;
  const left = c1 === undefined ? 0 : colIndex(c1);
  const right = c2 === undefined ? MAX_COLUMNS - 1 : colIndex(c2);
  const rect = {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
  if (rect.top < 0 || rect.bottom >= MAX_ROWS || rect.left < 0 || rect.right >= MAX_COLUMNS) return null;
  return rect;
}

export function formatCells(rect: Rect): string {
  const a = `${colName(rect.left)}${rect.top + 1}`;
  const b = `${colName(rect.right)}${rect.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** Excel quotes a sheet name unless it is a plain word that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function keyCell(key: number): { row: number; col: number } {
  return { row: Math.floor(key / MAX_COLUMNS), col: key % MAX_COLUMNS };
}
