// Cell values to numbers (spec section 2): the forms in which offices report figures.
import type { Scale } from './ruleset/schema';
import { foldWidth, trimAll, unitKey } from './text';

export type Coerced =
  | { kind: 'number'; value: number; fromText: boolean }
  | { kind: 'missing' }
  | { kind: 'error'; code: 'not-a-number' | 'excel-error' | 'mixed-scale'; text: string };

const EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/i;
const MISSING = new Set(['', '-', '—', '——', '–', '/', 'n/a', '无']);
const MAGNITUDE: Readonly<Record<string, number>> = { 元: 0, 万: 4, 万元: 4, 亿: 8, 亿元: 8 };
const SCALE_EXPONENT: Readonly<Record<Scale, number>> = { 元: 0, 万元: 4, 亿元: 8 };
// sign, digits (with or without thousands separators), fraction, exponent
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(?:e([+-]?\d+))?$/i;

// Lower-casing leaves each code point (one or two UTF-16 units) at least one unit long, so a key
// longer than twice the longest marker cannot lower-case to one: most unit names skip it.
const LONGEST_MISSING_KEY = 2 * Math.max(...[...MISSING].map((m) => m.length));

// Without a `#` no cell is an Excel error: most text cells skip the regular expression.
export const isExcelError = (v: unknown): v is string => typeof v === 'string' && v.includes('#') && EXCEL_ERROR.test(v.trim());

/** True when a string's unitKey is a missing marker (`-`, `—`, `/`, `N/A`, `无`). */
export const isMissingKey = (key: string): boolean => key.length <= LONGEST_MISSING_KEY && MISSING.has(key.toLowerCase());

/** True for blank cells and the missing markers (`-`, `—`, `/`, `N/A`, `无`). */
export function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && isMissingKey(unitKey(value));
}

export function coerceNumber(value: unknown, scale: Scale | undefined): Coerced {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, fromText: false } : { kind: 'error', code: 'not-a-number', text: String(value) };
  }
  if (isMissing(value)) return { kind: 'missing' };
  if (typeof value === 'string') return coerceText(value, scale);
  if (typeof value === 'boolean') return { kind: 'error', code: 'not-a-number', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'error', code: 'not-a-number', text: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10) };
  return { kind: 'error', code: 'not-a-number', text: describe(value) };
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 50) ?? typeof value;
  } catch {
    return typeof value;
  }
}

function coerceText(raw: string, scale: Scale | undefined): Coerced {
  if (EXCEL_ERROR.test(raw.trim())) return { kind: 'error', code: 'excel-error', text: raw.trim() };
  const notNumber: Coerced = { kind: 'error', code: 'not-a-number', text: raw };
  let s = trimAll(foldWidth(raw)).replace(/^[¥￥]\s*|\s*[¥￥]$/g, '');
  let exponent = 0;
  if (s.endsWith('%')) {
    exponent = -2;
    s = s.slice(0, -1).trimEnd();
  } else {
    const unit = /(万元|亿元|元|万|亿)$/.exec(s)?.[1];
    if (unit !== undefined) {
      s = s.slice(0, -unit.length).trimEnd();
      const magnitude = MAGNITUDE[unit];
      if (scale !== undefined) exponent = magnitude - SCALE_EXPONENT[scale];
      else if (magnitude !== 0) return { kind: 'error', code: 'mixed-scale', text: raw };
    }
    s = s.replace(/^[¥￥]\s*/, '');
  }
  const m = NUMBER.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return notNumber;
  const digits = `${m[1]}${(m[2] ?? '0').replace(/,/g, '')}${m[3] ?? ''}`;
  // Shifting the decimal exponent in the text keeps `35.6%` exactly 0.356 and `1.2亿` exactly 12000.
  const value = Number(`${digits}e${Number(m[4] ?? 0) + exponent}`);
  return Number.isFinite(value) ? { kind: 'number', value, fromText: true } : notNumber;
}

