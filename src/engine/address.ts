// A1 addresses: parsing range addresses and naming single cells (`完成情况!C7`).

export interface RangeRef {
  sheet: string | null;
  top: number; // 1-based row
  left: number; // 1-based column
  bottom: number;
  right: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Excel quotes sheet names that are not plain words: `'Q3 data'!A1`. */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${columnLetters(column)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** Splits `Sheet!A1:F20` (or `'My sheet'!A1:F20`, or `A1:F20`) into its parts; null when malformed. */
export function parseRange(text: string): RangeRef | null {
  const trimmed = text.trim();
  let sheet: string | null = null;
  let cells = trimmed;
  const bang = trimmed.lastIndexOf('!');
  if (bang >= 0) {
    const rawSheet = trimmed.slice(0, bang);
    cells = trimmed.slice(bang + 1);
    sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    if (sheet === '') return null;
  }
  const [first, second = first, extra] = cells.split(':');
  if (extra !== undefined || first === undefined) return null;
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  if (!a || !b) return null;
  const r1 = Number(a[2]);
  const r2 = Number(b[2]);
  const c1 = columnNumber(a[1]);
  const c2 = columnNumber(b[1]);
  if (Math.min(r1, r2) < 1 || Math.max(r1, r2) > MAX_ROWS || Math.min(c1, c2) < 1 || Math.max(c1, c2) > MAX_COLUMNS) return null;
  return { sheet, top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function formatRange(ref: RangeRef): string {
  const cells = `${columnLetters(ref.left)}${ref.top}:${columnLetters(ref.right)}${ref.bottom}`;
  return ref.sheet === null ? cells : `${quoteSheet(ref.sheet)}!${cells}`;
}
